import { LANGUAGE_HEADER, parseLanguage } from '@peta/shared';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { id } from './id.ts';
import { LANGUAGES, type Language } from './messages.ts';

const STORAGE_KEY = 'peta.language';

/** Starts i18next with the stored language (default Bahasa Indonesia) and keeps `<html lang>` in step. */
export function initI18n(): void {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  void i18next.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: storedLanguage(),
    fallbackLng: 'id',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
}

/** Switches the UI language and remembers the choice on this device. */
export async function setLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or disabled storage: the switch still works for this visit.
  }
}

/** A language code narrowed to the languages we ship (anything else: Bahasa Indonesia). */
export function asLanguage(language: string): Language {
  return parseLanguage(language);
}

/**
 * The header that names the UI language to the server, so its messages come in that language.
 * Read at every request: a language switch applies to the next request at once.
 */
export function languageHeaders(): Record<string, string> {
  return { [LANGUAGE_HEADER]: asLanguage(i18next.language) };
}

function storedLanguage(): Language {
  try {
    return asLanguage(localStorage.getItem(STORAGE_KEY) ?? 'id');
  } catch {
    return 'id';
  }
}
