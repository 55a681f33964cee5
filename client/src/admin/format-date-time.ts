import { CITY_TIME_ZONE } from '@peta/shared';
import type { Language } from '../i18n/messages.ts';

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/**
 * A date-time formatter for `language` in Kota Malang's time zone (WIB), whatever the
 * browser's own zone: id "1 Jan 2025, 07.00", en "1 Jan 2025, 07:00".
 */
export function createDateTimeFormat(language: Language): (iso: string) => string {
  const format = new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: CITY_TIME_ZONE,
  });
  return (iso) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
}
