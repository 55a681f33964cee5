import { createHash } from 'node:crypto';
import {
  EVIDENCE_MAX_BYTES,
  type EvidenceMimeType,
  type evidenceUploadInputSchema,
  fieldMessage,
  message,
  type ProgramEvidence,
} from '@peta/shared';
import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { UserActor } from '../auth/session-actor.ts';
import type { Context } from '../context.ts';
import { users } from '../db/auth-schema.ts';
import type { Db } from '../db/database.ts';
import { programEvidence } from '../db/program-details-schema.ts';
import { singleRow, transact } from '../db/transact.ts';
import { assertCanEditProgram, lockProgram } from './program-access.ts';
import { reencodeImage } from './reencode-image.ts';
import { imageTypeOfFileName, sniffImageType } from './sniff-image.ts';
import { LocalizedError } from '../errors.ts';

const LABELS: Readonly<Record<EvidenceMimeType, string>> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
};

/** The URL an evidence photo is served from (`GET`, session required). */
export const evidenceUrl = (id: number) => `/evidence/${id}`;

/** Decodes base64 (or a `data:` URL) strictly; anything else is BAD_REQUEST. */
function decodeBase64(text: string): Buffer {
  const payload = text.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(payload) || payload.length % 4 !== 0) {
    throw new LocalizedError('BAD_REQUEST', fieldMessage('dataBase64', message('photoNotBase64')));
  }
  return Buffer.from(payload, 'base64');
}

/**
 * The photo re-encoded (see {@link reencodeImage}) with its sniffed type, or the error a user
 * understands.
 */
export async function checkEvidencePhoto(fileName: string, dataBase64: string) {
  const bytes = decodeBase64(dataBase64);
  if (bytes.length === 0) {
    throw new LocalizedError('BAD_REQUEST', fieldMessage('dataBase64', message('photoEmpty')));
  }
  if (bytes.length > EVIDENCE_MAX_BYTES) {
    throw new LocalizedError(
      'PAYLOAD_TOO_LARGE',
      message('photoTooLarge', { megabytes: EVIDENCE_MAX_BYTES / 1024 / 1024 }),
    );
  }
  const sniffed = sniffImageType(bytes);
  if (!sniffed) {
    throw new LocalizedError('UNSUPPORTED_MEDIA_TYPE', message('photoTypeUnsupported'));
  }
  const claimed = imageTypeOfFileName(fileName);
  if (claimed !== sniffed) {
    throw new LocalizedError(
      'UNSUPPORTED_MEDIA_TYPE',
      message('photoNameMismatch', { fileName, type: LABELS[sniffed] }),
    );
  }
  return { bytes: await reencodeImage(bytes, sniffed), mimeType: sniffed };
}

/** Stores an evidence photo of a program (admin or the program's OPD). */
export async function addEvidence(
  ctx: Context,
  user: UserActor,
  input: z.output<typeof evidenceUploadInputSchema>,
): Promise<ProgramEvidence> {
  const { bytes, mimeType } = await checkEvidencePhoto(input.fileName, input.dataBase64);
  return transact(ctx, async (change) => {
    const program = await lockProgram(change.tx, input.programId);
    assertCanEditProgram(user, program);
    const meta = {
      fileName: input.fileName,
      caption: input.caption,
      mimeType,
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
    const row = singleRow(
      await change.tx
        .insert(programEvidence)
        .values({
          programId: program.id,
          ...meta,
          data: bytes,
          uploadedAt: change.at,
          uploadedBy: user.userId,
        })
        .returning({ id: programEvidence.id }),
    );
    await change.audit({
      action: 'programs.addEvidence',
      entity: 'evidence',
      entityId: row.id,
      after: { programId: program.id, ...meta },
    });
    change.publish({ kind: 'program', id: program.id });
    return {
      id: row.id,
      caption: meta.caption,
      fileName: meta.fileName,
      mimeType,
      sizeBytes: meta.sizeBytes,
      uploadedAt: change.at.toISOString(),
      uploadedByName: user.name,
      url: evidenceUrl(row.id),
    };
  });
}

/** Evidence photos of a program (without their bytes), oldest first. */
export async function listEvidence(db: Db, programId: string): Promise<ProgramEvidence[]> {
  const rows = await db
    .select({
      id: programEvidence.id,
      caption: programEvidence.caption,
      fileName: programEvidence.fileName,
      mimeType: programEvidence.mimeType,
      sizeBytes: programEvidence.sizeBytes,
      uploadedAt: programEvidence.uploadedAt,
      uploadedByName: users.displayName,
    })
    .from(programEvidence)
    .innerJoin(users, eq(users.id, programEvidence.uploadedBy))
    .where(eq(programEvidence.programId, programId))
    .orderBy(asc(programEvidence.id));
  return rows.map((row) => ({
    ...row,
    mimeType: row.mimeType as EvidenceMimeType,
    uploadedAt: row.uploadedAt.toISOString(),
    url: evidenceUrl(row.id),
  }));
}

/** One photo's bytes and type, for `GET /evidence/:id`. */
export async function readEvidencePhoto(db: Db, id: number) {
  const [row] = await db
    .select({ mimeType: programEvidence.mimeType, data: programEvidence.data })
    .from(programEvidence)
    .where(eq(programEvidence.id, id));
  return row ?? null;
}
