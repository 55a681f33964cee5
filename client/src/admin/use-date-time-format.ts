import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { asLanguage } from '../i18n/i18n.ts';
import { createDateTimeFormat } from './format-date-time.ts';

/** {@link createDateTimeFormat} for the active UI language. */
export function useDateTimeFormat(): (iso: string) => string {
  const { i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  return useMemo(() => createDateTimeFormat(language), [language]);
}
