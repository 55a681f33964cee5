import busboy from 'busboy';
import { IMPORT_MAX_BYTES, message } from '@peta/shared';
import type { Request } from 'express';
import { ImportRefusal } from './import-refusal.ts';

/** A parsed `multipart/form-data` upload: its one file and its text fields. */
export interface Upload {
  readonly fields: Readonly<Record<string, string>>;
  readonly file: { readonly name: string; readonly bytes: Buffer } | null;
}

/** Largest text field (the mapping JSON with confirmed matches and excluded rows). */
const MAX_FIELD_BYTES = 512 * 1024;

/**
 * Parses the multipart body of `req` with busboy, limits enforced while streaming: one file of
 * at most IMPORT_MAX_BYTES (busboy stops at the limit, so no more is ever held), a few small
 * fields. A file over the limit is a 413 {@link ImportRefusal}; a malformed body a 400.
 */
export function parseUpload(req: Request): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: {
          fileSize: IMPORT_MAX_BYTES,
          files: 1,
          fields: 10,
          fieldSize: MAX_FIELD_BYTES,
          parts: 12,
        },
      });
    } catch {
      reject(new ImportRefusal(message('importNoFile'), 400));
      return;
    }
    const fields: Record<string, string> = {};
    let file: { name: string; bytes: Buffer } | null = null;
    let tooLarge = false;
    let pending: Promise<void> = Promise.resolve();
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file') {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        tooLarge = true;
      });
      pending = new Promise((done) => {
        stream.on('end', () => {
          file = { name: info.filename || 'unggahan', bytes: Buffer.concat(chunks) };
          done();
        });
      });
    });
    parser.on('error', () => {
      reject(new ImportRefusal(message('importNoFile'), 400));
    });
    parser.on('close', () => {
      void pending.then(() => {
        if (tooLarge) {
          reject(
            new ImportRefusal(
              message('importFileTooLarge', { mb: IMPORT_MAX_BYTES / 1024 / 1024 }),
              413,
            ),
          );
        } else resolve({ fields, file });
      });
    });
    req.pipe(parser);
  });
}
