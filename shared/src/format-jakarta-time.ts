import { CITY_TIME_ZONE } from './city-time.ts';
import type { Language } from './messages/language.ts';

const jakartaTime = (locale: string) =>
  new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: CITY_TIME_ZONE,
  });

const JAKARTA_TIME: Readonly<Record<Language, Intl.DateTimeFormat>> = {
  id: jakartaTime('id-ID'),
  en: jakartaTime('en-GB'),
};

/** A time as officials in Malang read it, e.g. "8 Des 2025, 14.05 WIB" ("8 Dec 2025, 14:05 WIB"). */
export function formatJakartaTime(date: Date, language: Language = 'id'): string {
  return `${JAKARTA_TIME[language].format(date)} WIB`;
}
