/** Most decimals a legend break is shown with; more would only show float noise. */
const MAX_DECIMALS = 3;

/**
 * A number in the UI language with at most `decimals` fraction digits, or exactly that many
 * when `fixed` (class bounds line up: "3,6 – 4,0").
 */
export function formatNumber(language: string, value: number, decimals = 1, fixed = false): string {
  return new Intl.NumberFormat(language, {
    maximumFractionDigits: decimals,
    minimumFractionDigits: fixed ? decimals : 0,
  }).format(value);
}

/** Rupiah as officials write it, whatever the UI language: "Rp 545.175.000". */
export function formatRupiah(value: number): string {
  return new Intl.NumberFormat('id-ID', {
    style: 'currency',
    currency: 'IDR',
    maximumFractionDigits: 0,
  }).format(value);
}

/**
 * The fewest fraction digits at which all `values` still read differently, so two close
 * quantile breaks never both show as "4,1": none for whole numbers (fixed breaks 5, 8, 10),
 * else from `minimum` up to 3.
 */
export function distinctDecimals(values: readonly number[], minimum: number): number {
  if (values.every(Number.isInteger)) return 0;
  for (let decimals = minimum; decimals < MAX_DECIMALS; decimals += 1) {
    const shown = values.map((v) => formatNumber('en', v, decimals));
    if (new Set(shown).size === new Set(values).size) return decimals;
  }
  return MAX_DECIMALS;
}

/** An ISO date (`2025-10-22`) as "22 Okt 2025" / "22 Oct 2025". */
export function formatDate(language: string, isoDate: string): string {
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(isoDate));
}
