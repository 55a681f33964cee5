import { createInflateRaw } from 'node:zlib';
import { message } from '@peta/shared';
import { ImportRefusal } from './import-refusal.ts';

/** Most bytes an XLSX may unpack to, over all its entries (a decompression bomb stops here). */
export const XLSX_MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

/** Most entries an XLSX ZIP may hold. */
const MAX_ENTRIES = 2000;

/** Inflates one deflated entry, counting and discarding its output; stops past `budget`. */
function inflatedSize(data: Uint8Array, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let total = 0;
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        inflate.destroy();
        resolve(total);
      }
    });
    inflate.on('end', () => {
      resolve(total);
    });
    inflate.on('error', () => {
      reject(new ImportRefusal(message('importFileUnreadable')));
    });
    inflate.end(data);
  });
}

/**
 * Refuses a ZIP that unpacks to more than {@link XLSX_MAX_UNPACKED_BYTES}: reads the central
 * directory and really inflates every entry (streaming, output discarded), so sizes a forged
 * header claims do not count. Peak memory stays about one zlib window.
 */
export async function checkZipBudget(bytes: Uint8Array): Promise<void> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > buf.length) throw new ImportRefusal(message('importFileUnreadable'));
  const entries = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (entries > MAX_ENTRIES) {
    throw new ImportRefusal(message('importFileBomb', { mb: XLSX_MAX_UNPACKED_BYTES >> 20 }));
  }
  let total = 0;
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) {
      throw new ImportRefusal(message('importFileUnreadable'));
    }
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    at += 46 + nameLength + extraLength + commentLength;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) {
      throw new ImportRefusal(message('importFileUnreadable'));
    }
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataStart, dataStart + compressed);
    const budget = XLSX_MAX_UNPACKED_BYTES - total;
    total += method === 0 ? data.length : await inflatedSize(data, budget);
    if (total > XLSX_MAX_UNPACKED_BYTES) {
      throw new ImportRefusal(message('importFileBomb', { mb: XLSX_MAX_UNPACKED_BYTES >> 20 }));
    }
  }
}
