import { IMPORT_MAX_BYTES } from '@peta/shared';
import { describe, expect, it } from 'vitest';
import { checkImportFile, IMPORT_MAX_MB } from './import-file-check.ts';

describe('checkImportFile', () => {
  it('accepts CSV and XLSX up to the limit, whatever the case of the extension', () => {
    expect(checkImportFile({ name: 'kemiskinan.csv', size: 10 })).toBeNull();
    expect(checkImportFile({ name: 'Dalam Angka.XLSX', size: IMPORT_MAX_BYTES })).toBeNull();
  });

  it('refuses a file one byte over the limit, an empty file and other types', () => {
    expect(checkImportFile({ name: 'a.xlsx', size: IMPORT_MAX_BYTES + 1 })).toBe('tooBig');
    expect(checkImportFile({ name: 'a.csv', size: 0 })).toBe('empty');
    expect(checkImportFile({ name: 'a.xls', size: 10 })).toBe('wrongType');
    expect(checkImportFile({ name: 'foto.png', size: 10 })).toBe('wrongType');
    expect(checkImportFile({ name: 'csv', size: 10 })).toBe('wrongType');
  });

  it('states the limit in megabytes', () => {
    expect(IMPORT_MAX_MB).toBe(10);
  });
});
