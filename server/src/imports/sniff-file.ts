import { IMPORT_MAX_BYTES, message } from '@peta/shared';
import { ImportRefusal } from './import-refusal.ts';

/** What the import can read. */
export type ImportFileKind = 'csv' | 'xlsx';

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((b, i) => bytes[i] === b);

/** Whether the ZIP holds an entry named `name` (searched in its central directory names). */
function zipHasEntry(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name, 0, 'latin1');
}

/**
 * Decides from the content — never the file name — whether `bytes` is an XLSX workbook (a ZIP
 * with `xl/workbook.xml`) or CSV text; anything else (empty, HTML, an image, a PDF, an old .xls,
 * another ZIP, binary data, too large) is refused with a message naming what it looks like.
 */
export function sniffFile(bytes: Uint8Array, fileName: string): ImportFileKind {
  if (bytes.length === 0) throw new ImportRefusal(message('importFileEmpty'));
  if (bytes.length > IMPORT_MAX_BYTES) {
    throw new ImportRefusal(
      message('importFileTooLarge', { mb: IMPORT_MAX_BYTES / 1024 / 1024 }),
      413,
    );
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (zipHasEntry(bytes, 'xl/workbook.xml')) return 'xlsx';
    throw new ImportRefusal(message('importFileLooksZip'));
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) {
    throw new ImportRefusal(message('importFileLooksImage', { type: 'PNG' }));
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    throw new ImportRefusal(message('importFileLooksImage', { type: 'JPEG' }));
  }
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) {
    throw new ImportRefusal(message('importFileLooksImage', { type: 'GIF' }));
  }
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes.subarray(8), [0x57, 0x45])) {
    throw new ImportRefusal(message('importFileLooksImage', { type: 'WebP' }));
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw new ImportRefusal(message('importFileLooksPdf'));
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new ImportRefusal(message('importFileLooksXls'));
  }
  const head = Buffer.from(bytes.subarray(0, 1024))
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();
  if (/^<(!doctype html|html|head|body|table|meta|\?xml)/.test(head)) {
    throw new ImportRefusal(message('importFileLooksHtml', { name: fileName }));
  }
  // Text has no NUL bytes (UTF-16 exports are not among the encodings read).
  if (bytes.subarray(0, 64 * 1024).includes(0)) {
    throw new ImportRefusal(message('importFileBinary'));
  }
  return 'csv';
}
