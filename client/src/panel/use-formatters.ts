import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { asLanguage } from '../i18n/i18n.ts';
import { createFormatters, type Formatters } from './create-formatters.ts';

/** {@link Formatters} for the active UI language; new ones when the language changes. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  return useMemo(() => createFormatters(language), [language]);
}
