import type { EvidenceMimeType } from '@peta/shared';

const startsWith = (bytes: Uint8Array, offset: number, signature: readonly number[]) =>
  signature.every((byte, i) => bytes[offset + i] === byte);

const ascii = (text: string) => Array.from(Buffer.from(text, 'latin1'));

/**
 * The image type the bytes themselves declare (magic numbers), never what the client says:
 * JPEG (FF D8 FF), PNG (the 8-byte PNG signature), WebP (RIFF….WEBPVP8). Null for anything else.
 */
export function sniffImageType(bytes: Uint8Array): EvidenceMimeType | null {
  if (startsWith(bytes, 0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (
    startsWith(bytes, 0, ascii('RIFF')) &&
    startsWith(bytes, 8, ascii('WEBP')) &&
    startsWith(bytes, 12, ascii('VP8'))
  ) {
    return 'image/webp';
  }
  return null;
}

const EXTENSIONS: Readonly<Record<string, EvidenceMimeType>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

/** The image type a file name claims by its extension, or null. */
export function imageTypeOfFileName(fileName: string): EvidenceMimeType | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return (extension && EXTENSIONS[extension]) || null;
}
