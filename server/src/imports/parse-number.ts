import type { NumberFormat } from '@peta/shared';
import type { ImportCell } from './import-table.ts';

/** Texts that mean "no value" in statistical tables (BPS writes `-` or `…`). */
const MISSING = new Set(['', '-', '–', '—', '…', '...', '..', 'na', 'n/a', 'x', 'tidak ada data']);

/** Whether a cell holds no value. */
export function isMissingCell(cell: ImportCell | undefined): boolean {
  return (
    cell === null ||
    cell === undefined ||
    (typeof cell === 'string' && MISSING.has(cell.trim().toLowerCase()))
  );
}

/** A number text without spaces, a trailing `%` and a leading `+`. */
function clean(text: string): string {
  return text
    .replace(/[\s\u00a0]/g, '')
    .replace(/%$/, '')
    .replace(/^\+/, '');
}

const ID_NUMBER = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const EN_NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/** What one text says about the notation of its column. */
function evidence(text: string): 'id' | 'en' | 'weak-id' | 'weak-en' | null {
  const t = clean(text);
  if (/\d\.\d{3},\d/.test(t) || /^-?\d+,(\d{1,2}|\d{4,})$/.test(t)) return 'id';
  if (/\d,\d{3}\.\d/.test(t) || /^-?\d+\.(\d{1,2}|\d{4,})$/.test(t)) return 'en';
  if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) return 'weak-id';
  if (/^-?\d{1,3}(,\d{3})+$/.test(t)) return 'weak-en';
  return null;
}

/** Counts the evidence of a column's text cells, one at a time, then decides. */
export class NumberFormatVote {
  private readonly counts = { id: 0, en: 0, 'weak-id': 0, 'weak-en': 0, plain: 0 };

  /** Adds one cell; Excel numbers and missing cells say nothing. */
  add(cell: ImportCell | undefined): void {
    if (typeof cell !== 'string' || isMissingCell(cell)) return;
    const found = evidence(cell);
    if (found) this.counts[found] += 1;
    else if (/^-?\d+$/.test(clean(cell))) this.counts.plain += 1;
  }

  /**
   * The notation of the column decided from ALL its text cells: unambiguous cells (`4,73`,
   * `1.234,5` → id; `4.73`, `18500.00` → en) by majority, else the ambiguous ones (`1.234`),
   * else Indonesian; null when no text cell held a number.
   */
  decide(): NumberFormat | null {
    const c = this.counts;
    if (c.id !== c.en) return c.id > c.en ? 'id' : 'en';
    if (c['weak-id'] !== c['weak-en']) return c['weak-id'] > c['weak-en'] ? 'id' : 'en';
    return c.id + c.en + c['weak-id'] + c['weak-en'] + c.plain > 0 ? 'id' : null;
  }
}

/**
 * The number a cell holds in `format`: Excel numbers as they are; text strictly in the notation
 * (`1.234,5` id, `1,234.5` en; a trailing `%` dropped). Missing → null; not a number → NaN.
 */
export function parseNumberCell(cell: ImportCell | undefined, format: NumberFormat): number | null {
  if (isMissingCell(cell)) return null;
  if (typeof cell === 'number') return cell;
  const t = clean(cell ?? '');
  if (format === 'id') {
    if (!ID_NUMBER.test(t)) return Number.NaN;
    return Number(t.replace(/\./g, '').replace(',', '.'));
  }
  if (!EN_NUMBER.test(t)) return Number.NaN;
  return Number(t.replace(/,/g, ''));
}
