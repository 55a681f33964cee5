import type { ColumnRole } from '@peta/shared';
import { yearInHeader } from './detect-header.ts';

/** Roles and year columns suggested from header words (Bahasa Indonesia and English). */
export interface SuggestedColumns {
  readonly columns: Partial<Record<ColumnRole, number | null>>;
  readonly yearColumns: readonly { column: number; year: number }[];
}

const RULES: readonly [ColumnRole, RegExp][] = [
  ['kelurahanCode', /\b(kode|code|kd)\b/],
  ['kecamatan', /\b(kecamatan|kec|district)\b/],
  ['kelurahanName', /\b(kelurahan|kel|desa|nama|village|name)\b/],
  ['year', /\b(tahun|year|thn)\b/],
  ['value', /\b(nilai|value|persentase|persen|jumlah|total|prevalensi|angka|rasio|rate)\b|%/],
];

/**
 * Suggests which column is the kelurahan code, name, kecamatan, year and value from its header
 * words ("Kode Wilayah", "Nama Kelurahan", "Tahun", "Persentase (%)", …), and which columns are
 * years (wide layout: "2019", "Tahun 2020", "2021*", "Prevalensi / 2022"). Each role takes the
 * first column that fits; a column takes one role.
 */
export function suggestColumns(headers: readonly string[]): SuggestedColumns {
  const columns: Partial<Record<ColumnRole, number | null>> = {};
  const used = new Set<number>();
  const yearColumns: { column: number; year: number }[] = [];
  headers.forEach((header, column) => {
    const year = yearInHeader(header);
    if (year !== null && !/\b(kode|code)\b/i.test(header)) {
      yearColumns.push({ column, year });
      used.add(column);
    }
  });
  for (const [role, pattern] of RULES) {
    const column = headers.findIndex(
      (header, i) => !used.has(i) && pattern.test(header.toLowerCase()),
    );
    columns[role] = column >= 0 ? column : null;
    if (column >= 0) used.add(column);
  }
  columns.count = null;
  return { columns, yearColumns };
}
