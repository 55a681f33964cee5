import type { IndicatorEntry } from '@peta/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from './use-formatters.ts';

/** The catalogue fields that decide how an indicator's numbers read. */
export type FormatEntry = Pick<IndicatorEntry, 'unit' | 'numberKind' | 'countUnit'>;

/** Formats an indicator's value and count with the units of its catalogue entry. */
export interface IndicatorFormat {
  /** "4,73 %", "41 unit", "3,2 per 1.000 KH", "Rp 545,2 jt". */
  value: (entry: FormatEntry, value: number) => string;
  /** "1.234 jiwa", "80 balita", "12 unit"; the bare number where the entry has no count unit. */
  count: (entry: FormatEntry, count: number) => string;
}

/** {@link IndicatorFormat} in the active UI language. */
export function useIndicatorFormat(): IndicatorFormat {
  const { t } = useTranslation();
  const format = useFormatters();
  return useMemo(
    () => ({
      value: (entry, value) => {
        switch (entry.numberKind) {
          case 'percent':
            return entry.unit === '%'
              ? format.percent(value)
              : `${format.decimal(value, 0, 2)} ${entry.unit}`;
          case 'currency':
            return format.rupiah(value);
          case 'count':
            return `${format.integer(value)} ${entry.unit}`;
          case 'rate':
            return `${format.decimal(value, 0, 2)} ${entry.unit}`;
        }
      },
      count: (entry, count) => {
        const value = format.integer(count);
        return entry.countUnit === null ? value : t(`panel.unit.${entry.countUnit}`, { value });
      },
    }),
    [t, format],
  );
}
