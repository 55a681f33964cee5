import type { EvidenceMimeType } from '@peta/shared';
import { fieldMessage, message } from '@peta/shared';
import sharp, { type Metadata } from 'sharp';
import { LocalizedError } from '../errors.ts';

/** Longest side of a stored evidence photo, in pixels; larger photos are scaled down. */
export const EVIDENCE_MAX_SIDE = 4096;

/**
 * Most pixels a photo may declare (a 108-megapixel phone camera fits): a few kilobytes of PNG
 * or WebP can claim gigapixels, which decoding would turn into gigabytes of memory.
 */
export const EVIDENCE_MAX_INPUT_PIXELS = 120_000_000;

const FORMATS = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' } as const;

/**
 * Decodes the photo and encodes it again in the same format, so what is stored and served is
 * only pixels: bytes hidden after or inside the image (HTML or script of a polyglot) and all
 * metadata (EXIF with GPS position, camera, comments) are gone. The EXIF orientation is applied
 * to the pixels first, and the longest side is capped at {@link EVIDENCE_MAX_SIDE}. Bytes that
 * do not decode as a whole image, or declare too many pixels, are a BAD_REQUEST.
 */
export async function reencodeImage(bytes: Buffer, type: EvidenceMimeType): Promise<Buffer> {
  const refuse = (reason: ReturnType<typeof message>) =>
    new LocalizedError('BAD_REQUEST', fieldMessage('dataBase64', reason));
  let header: Metadata;
  try {
    // Reads the header only; the pixel limit below then names the reason for a bomb.
    header = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw refuse(message('photoUnreadable'));
  }
  if (header.format !== FORMATS[type]) throw refuse(message('photoUnreadable'));
  if (header.width * header.height > EVIDENCE_MAX_INPUT_PIXELS) {
    throw refuse(
      message('photoTooManyPixels', { megapixels: EVIDENCE_MAX_INPUT_PIXELS / 1_000_000 }),
    );
  }
  try {
    return await sharp(bytes, {
      failOn: 'truncated',
      limitInputPixels: EVIDENCE_MAX_INPUT_PIXELS,
      autoOrient: true,
    })
      .resize({
        width: EVIDENCE_MAX_SIDE,
        height: EVIDENCE_MAX_SIDE,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .toFormat(FORMATS[type], { quality: 85 })
      .toBuffer();
  } catch {
    throw refuse(message('photoUnreadable'));
  }
}
