import type { IndicatorMetadata } from '@peta/shared';
import { asLanguage } from '../i18n/i18n.ts';

/** An indicator's name in the UI language (English falls back to the Indonesian name). */
export function indicatorName(
  entry: Pick<IndicatorMetadata, 'nameId' | 'nameEn'>,
  language: string,
): string {
  return asLanguage(language) === 'en' && entry.nameEn !== '' ? entry.nameEn : entry.nameId;
}
