import { message } from '@peta/shared';
import { ImportRefusal } from './import-refusal.ts';
import { IMPORT_MAX_ROWS, type ImportCell, type ImportTable } from './import-table.ts';

/** The encodings a CSV is read in. */
export type CsvEncoding = 'utf-8' | 'windows-1252';

/**
 * The encoding of CSV bytes: a UTF-8 BOM first; else the WHOLE file is checked as strict UTF-8
 * (valid → UTF-8, else Windows-1252). With only these two candidates this check is exact where
 * a statistical detector (chardet, jschardet) guesses — Windows-1252 text with any byte above
 * 0x7F is practically never valid UTF-8 — and it needs no dependency. `override` wins.
 */
export function detectEncoding(
  bytes: Uint8Array,
  override: CsvEncoding | undefined,
): { encoding: CsvEncoding; bom: boolean } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (override) return { encoding: override, bom };
  if (bom) return { encoding: 'utf-8', bom };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', bom };
  } catch {
    return { encoding: 'windows-1252', bom };
  }
}

/** Unicode of Windows-1252 bytes 0x80–0x9F (0 = unassigned, read as U+FFFD). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Decodes Windows-1252 (Node's TextDecoder treats the label as ISO-8859-1 and turns the en
 * dash 0x96 into a control character).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || 0xfffd : b,
    );
    text += String.fromCharCode(...codes);
  }
  return text;
}

/** Splits CSV text into records (RFC 4180 quotes; CRLF, LF or CR line ends), lazily. */
export function* csvRecords(text: string, delimiter: string): Generator<string[]> {
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      yield row;
      row = [];
      field = '';
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else field += ch;
    i += 1;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    yield row;
  }
}

/**
 * `;` or `,`: the one whose field count is the same on most of the first 50 non-empty lines
 * (ties: the one giving more fields), so a decimal comma in a `;` file does not mislead.
 */
export function detectDelimiter(text: string): ';' | ',' {
  const score = (delimiter: string) => {
    const counts = new Map<number, number>();
    let lines = 0;
    for (const record of csvRecords(text, delimiter)) {
      if (record.every((f) => f.trim() === '')) continue;
      if (record.length > 1) counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
      lines += 1;
      if (lines >= 50) break;
    }
    let best = 0;
    let width = 0;
    for (const [fields, count] of counts) {
      if (count > best || (count === best && fields > width)) {
        best = count;
        width = fields;
      }
    }
    return { best, width };
  };
  const semi = score(';');
  const comma = score(',');
  if (semi.best !== comma.best) return semi.best > comma.best ? ';' : ',';
  return semi.width >= comma.width ? ';' : ',';
}

/**
 * Reads CSV bytes as an {@link ImportTable}: encoding per {@link detectEncoding}, delimiter per
 * {@link detectDelimiter}. Rows are produced lazily from the decoded text on every pass.
 */
export function readCsv(bytes: Uint8Array, override: CsvEncoding | undefined): ImportTable {
  const { encoding, bom } = detectEncoding(bytes, override);
  const body = bom ? bytes.subarray(3) : bytes;
  const text =
    encoding === 'utf-8' ? new TextDecoder('utf-8').decode(body) : decodeWindows1252(body);
  const delimiter = detectDelimiter(text);
  let count = 0;
  for (const record of csvRecords(text, delimiter)) {
    count += record.length > 0 ? 1 : 0;
    if (count > IMPORT_MAX_ROWS + 100) {
      throw new ImportRefusal(message('importTooManyRows', { max: IMPORT_MAX_ROWS }));
    }
  }
  return {
    kind: 'csv',
    sheets: [],
    sheet: null,
    encoding,
    delimiter,
    *rows() {
      for (const record of csvRecords(text, delimiter)) {
        yield record.map((f): ImportCell => (f.trim() === '' ? null : f));
      }
    },
  };
}
