import type { ImportMapping } from '@peta/shared';
import type { ImportTable } from './import-table.ts';
import { readCsv } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';
import { sniffFile } from './sniff-file.ts';

/**
 * Reads an uploaded file as a table: its kind sniffed from the content, then XLSX (the mapping's
 * sheet) or CSV (the mapping's encoding override). Refusals are {@link ImportRefusal}s.
 */
export async function readImportFile(
  bytes: Uint8Array,
  fileName: string,
  mapping: ImportMapping,
): Promise<ImportTable> {
  const kind = sniffFile(bytes, fileName);
  return kind === 'xlsx' ? readXlsx(bytes, mapping.sheet) : readCsv(bytes, mapping.encoding);
}
