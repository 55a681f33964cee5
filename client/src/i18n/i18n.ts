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
  return isLanguage(language) ? language : 'id';
}

function storedLanguage(): Language {
  try {
    return asLanguage(localStorage.getItem(STORAGE_KEY) ?? 'id');
  } catch {
    return 'id';
  }
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
