import type { Language } from '../i18n/messages.ts';

/** Number and date formatting for one UI language. */
export interface Formatters {
  /** A number with `minDigits` to `maxDigits` decimals: id "1.234,5", en "1,234.5". */
  decimal: (value: number, minDigits?: number, maxDigits?: number) => string;
  /** A whole number: id "1.234", en "1,234". */
  integer: (value: number) => string;
  /** A value already in percent: id "4,73 %", en "4.73%". */
  percent: (value: number) => string;
  /** Rupiah, shortened: id "Rp 545,2 jt", en "Rp 545.2m". */
  rupiah: (value: number) => string;
  /** An ISO date (YYYY-MM-DD): id "6 Des 2024", en "6 Dec 2024". */
  date: (isoDate: string) => string;
}

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** Indonesian writes a space before the percent sign; a no-break space keeps it on the line. */
const PERCENT_SUFFIX: Record<Language, string> = { id: '\u00a0%', en: '%' };

/** Formatters for `language`; the Intl objects behind them are made once each and reused. */
export function createFormatters(language: Language): Formatters {
  const locale = LOCALES[language];
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const numberFormat = (key: string, options: Intl.NumberFormatOptions) => {
    let format = numberFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, options);
      numberFormats.set(key, format);
    }
    return format;
  };
  const decimal = (value: number, minDigits = 0, maxDigits = 2) =>
    numberFormat(`${minDigits}-${maxDigits}`, {
      minimumFractionDigits: minDigits,
      maximumFractionDigits: maxDigits,
    }).format(value);
  const dateFormat = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return {
    decimal,
    integer: (value) => decimal(value, 0, 0),
    percent: (value) => `${decimal(value, 1, 2)}${PERCENT_SUFFIX[language]}`,
    rupiah: (value) =>
      `Rp\u00a0${numberFormat('compact', { notation: 'compact', maximumFractionDigits: 1 }).format(value)}`,
    date: (isoDate) => {
      const date = new Date(`${isoDate}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
    },
  };
}
