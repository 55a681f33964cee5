/** The languages the app speaks; the first is the default. */
export const LANGUAGES = ['id', 'en'] as const;

export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'id';

/**
 * The request header in which the client names its UI language. Not `Accept-Language`: an
 * official with an English browser still gets Bahasa Indonesia in the Indonesian UI.
 */
export const LANGUAGE_HEADER = 'X-Peta-Lang';

/** A language code narrowed to {@link LANGUAGES}; anything else (or nothing) is the default. */
export function parseLanguage(value: unknown): Language {
  return LANGUAGES.find((language) => language === value) ?? DEFAULT_LANGUAGE;
}
