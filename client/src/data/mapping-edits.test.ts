import type { ImportMapping, ImportPreviewRow } from '@peta/shared';
import { describe, expect, it } from 'vitest';
import {
  isProblemRow,
  valuesOfYear,
  withConfirmedMatch,
  withExcludedRow,
  withNumberFormat,
  withRole,
  withYearColumn,
} from './mapping-edits.ts';

const base: ImportMapping = {
  layout: 'long',
  columns: { kelurahanName: 1, value: 3, year: 2 },
};

const row = (overrides: Partial<ImportPreviewRow>): ImportPreviewRow => ({
  row: 5,
  kelurahanCode: '3573010001',
  kelurahanText: 'Kauman',
  year: 2024,
  value: 4.2,
  count: null,
  valueText: '4,2',
  status: 'ok',
  messages: [],
  suggestion: null,
  diff: 'new',
  activeValue: null,
  ...overrides,
});

describe('mapping edits', () => {
  it('maps a role to a column and frees that column from the role that had it', () => {
    const next = withRole(base, 'count', 3);
    expect(next.columns).toEqual({ kelurahanName: 1, value: null, year: 2, count: 3 });
    expect(withRole(base, 'year', null).columns?.year).toBeNull();
    expect(base.columns).toEqual({ kelurahanName: 1, value: 3, year: 2 });
  });

  it('sets, replaces and removes year columns, kept in column order', () => {
    let m = withYearColumn(base, 5, 2023);
    m = withYearColumn(m, 4, 2022);
    m = withYearColumn(m, 5, 2024);
    expect(m.yearColumns).toEqual([
      { column: 4, year: 2022 },
      { column: 5, year: 2024 },
    ]);
    expect(withYearColumn(m, 4, null).yearColumns).toEqual([{ column: 5, year: 2024 }]);
  });

  it('sets a number format per column and goes back to automatic', () => {
    const m = withNumberFormat(base, 3, 'id');
    expect(m.numberFormats).toEqual({ '3': 'id' });
    expect(withNumberFormat(m, 3, null).numberFormats).toEqual({});
  });

  it('records a confirmed near miss and excluded rows without duplicates', () => {
    expect(withConfirmedMatch(base, 'Kauman Lama', '3573010001').confirmedMatches).toEqual({
      'Kauman Lama': '3573010001',
    });
    let m = withExcludedRow(base, 9, true);
    m = withExcludedRow(m, 4, true);
    m = withExcludedRow(m, 9, true);
    expect(m.excludedRows).toEqual([4, 9]);
    expect(withExcludedRow(m, 9, false).excludedRows).toEqual([4]);
  });

  it('counts a row with a suggestion or a non-ok status as a problem', () => {
    expect(isProblemRow(row({}))).toBe(false);
    expect(isProblemRow(row({ status: 'warning' }))).toBe(true);
    expect(isProblemRow(row({ status: 'excluded' }))).toBe(true);
    expect(isProblemRow(row({ suggestion: { code: '3573010001', name: 'Kauman' } }))).toBe(true);
  });

  it('takes only the values that would be saved for the map of one year', () => {
    const values = valuesOfYear(
      [
        row({}),
        row({ kelurahanCode: '3573010002', status: 'warning', value: 7 }),
        row({ kelurahanCode: '3573010003', status: 'error', value: 9 }),
        row({ kelurahanCode: '3573010004', status: 'excluded', value: 9 }),
        row({ kelurahanCode: '3573010005', year: 2023, value: 9 }),
        row({ kelurahanCode: null, value: 9 }),
      ],
      2024,
    );
    expect([...values]).toEqual([
      ['3573010001', 4.2],
      ['3573010002', 7],
    ]);
  });
});
