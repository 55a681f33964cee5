import { CITY_TIME_ZONE } from '@peta/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber, formatRupiah } from '../layers/format.ts';

/** Formatters of the program pages in the UI language. */
export interface ProgramFormat {
  /** `45,5 %` */
  percent: (value: number) => string;
  /** An instant in Malang time: `8 Des 2025, 14.05 WIB`. */
  dateTime: (iso: string) => string;
  /** A calendar date (`YYYY-MM-DD`): `8 Des 2025`. */
  date: (isoDate: string) => string;
  /** `Rp 545.175.000`, or a dash when unknown. */
  rupiah: (value: number | null) => string;
}

/** {@link ProgramFormat} for the active language. */
export function useProgramFormat(): ProgramFormat {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(language, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: CITY_TIME_ZONE,
    });
    return {
      percent: (value) => t('programs.progress.value', { value: formatNumber(language, value) }),
      dateTime: (iso) => `${dateTime.format(new Date(iso))} WIB`,
      date: (isoDate) => formatDate(language, isoDate),
      rupiah: (value) => (value === null ? '—' : formatRupiah(value)),
    };
  }, [language, t]);
}
