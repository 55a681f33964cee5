import { z } from 'zod';
import { calendarDateSchema } from './calendar-date.ts';
import { opdNameSchema } from './opd.ts';
import type { ProgramSite } from './points.ts';
import type { ProgramStatus } from './program-status.ts';
import {
  percentSchema,
  programIdSchema,
  programStatusSchema,
  type ProgramSummary,
} from './schemas.ts';
import { validationMessage } from './messages/validation-message.ts';
import { pageInputShape } from './paging.ts';
import { recordIdSchema, versionSchema } from './record-id.ts';
import { safeText } from './safe-text.ts';

/** Funding sources of a program (e-Monev semantics). */
export const FUNDING_SOURCES = ['apbd_kota', 'apbd_provinsi', 'apbn', 'csr'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const FUNDING_SOURCE_LABELS: Readonly<Record<FundingSource, string>> = {
  apbd_kota: 'APBD Kota',
  apbd_provinsi: 'APBD Provinsi',
  apbn: 'APBN',
  csr: 'CSR/TSP',
};

/** Evidence photos: these types only, sniffed from the bytes, at most this size. */
export const EVIDENCE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type EvidenceMimeType = (typeof EVIDENCE_MIME_TYPES)[number];
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;

const rupiahSchema = z
  .number()
  .int(validationMessage('rupiahNotInteger'))
  .min(0, validationMessage('rupiahNegative'))
  .max(Number.MAX_SAFE_INTEGER, validationMessage('rupiahTooLarge'));

export const fundingRowInputSchema = z.object({
  fundingSource: z.enum(FUNDING_SOURCES, { error: validationMessage('fundingSourceUnknown') }),
  /** Pagu in Rupiah; null = not known. */
  budget: rupiahSchema.nullable(),
  realisation: rupiahSchema.nullable(),
  note: safeText()
    .trim()
    .max(500, validationMessage('noteMax', { max: 500 }))
    .default(''),
});

export const milestoneInputSchema = z.object({
  /** Omitted for a new milestone. */
  id: recordIdSchema.optional(),
  title: safeText()
    .trim()
    .min(1, validationMessage('milestoneTitleRequired'))
    .max(300, validationMessage('milestoneTitleTooLong')),
  dueDate: calendarDateSchema.nullable(),
  done: z.boolean(),
});

export const obstacleInputSchema = z.object({
  /** Omitted for a new obstacle. */
  id: recordIdSchema.optional(),
  description: safeText()
    .trim()
    .min(1, validationMessage('obstacleRequired'))
    .max(2000, validationMessage('obstacleTooLong')),
  resolved: z.boolean(),
});

const uniqueIds = (items: readonly { id?: number | undefined }[]): boolean => {
  const ids = items.flatMap((i) => (i.id === undefined ? [] : [i.id]));
  return new Set(ids).size === ids.length;
};

/**
 * `programs.update` input. Every change field is optional; lists (funding, milestones,
 * obstacles) replace the whole list: items with an `id` are kept and edited, items without one
 * are added, existing items left out are removed. `leadOpd`/`supportingOpds` are admin-only.
 */
export const programUpdateInputSchema = z.object({
  id: programIdSchema,
  expectedVersion: versionSchema,
  note: safeText()
    .trim()
    .max(2000, validationMessage('noteMax', { max: 2000 }))
    .default(''),
  status: programStatusSchema.optional(),
  physicalProgress: percentSchema.optional(),
  financialProgress: percentSchema.optional(),
  reportedProgress: safeText()
    .trim()
    .max(1000, validationMessage('reportedProgressTooLong'))
    .optional(),
  leadOpd: opdNameSchema.optional(),
  supportingOpds: z
    .array(opdNameSchema)
    .max(10, validationMessage('supportingOpdsMax', { max: 10 }))
    .optional(),
  fundingSources: z
    .array(fundingRowInputSchema)
    .max(FUNDING_SOURCES.length)
    .refine(
      (rows) => new Set(rows.map((r) => r.fundingSource)).size === rows.length,
      validationMessage('fundingSourceRepeated'),
    )
    .optional(),
  milestones: z
    .array(milestoneInputSchema)
    .max(50, validationMessage('milestonesMax', { max: 50 }))
    .refine(uniqueIds, validationMessage('milestoneIdRepeated'))
    .optional(),
  obstacles: z
    .array(obstacleInputSchema)
    .max(50, validationMessage('obstaclesMax', { max: 50 }))
    .refine(uniqueIds, validationMessage('obstacleIdRepeated'))
    .optional(),
});
export type ProgramUpdateInput = z.infer<typeof programUpdateInputSchema>;

/** The fields `programs.update` can change, in form order. */
export const PROGRAM_EDITABLE_FIELDS = [
  'status',
  'physicalProgress',
  'financialProgress',
  'reportedProgress',
  'leadOpd',
  'supportingOpds',
  'fundingSources',
  'milestones',
  'obstacles',
] as const;
export type ProgramEditableField = (typeof PROGRAM_EDITABLE_FIELDS)[number];

/** Fields only an admin may change: who owns a program decides who may edit it. */
export const PROGRAM_ADMIN_FIELDS: readonly ProgramEditableField[] = ['leadOpd', 'supportingOpds'];

export const programVerifyInputSchema = z.object({ updateId: recordIdSchema });

export const followUpCreateInputSchema = z.object({
  programId: programIdSchema,
  description: safeText()
    .trim()
    .min(1, validationMessage('followUpRequired'))
    .max(1000, validationMessage('followUpTooLong')),
  ownerOpd: opdNameSchema,
  dueDate: calendarDateSchema.nullable().default(null),
});

export const followUpSetDoneInputSchema = z.object({ id: recordIdSchema, done: z.boolean() });

/** Base64 length of {@link EVIDENCE_MAX_BYTES} bytes, plus slack for a `data:` URL prefix. */
const EVIDENCE_MAX_BASE64 = Math.ceil(EVIDENCE_MAX_BYTES / 3) * 4 + 64;

export const evidenceUploadInputSchema = z.object({
  programId: programIdSchema,
  fileName: safeText()
    .trim()
    .min(1, validationMessage('fileNameRequired'))
    .max(200, validationMessage('fileNameTooLong')),
  caption: safeText()
    .trim()
    .max(500, validationMessage('captionMax', { max: 500 }))
    .default(''),
  /** The photo's bytes in base64 (a `data:` URL is accepted too). */
  dataBase64: safeText()
    .min(1, validationMessage('photoEmpty'))
    .max(
      EVIDENCE_MAX_BASE64,
      validationMessage('photoTooLarge', { megabytes: EVIDENCE_MAX_BYTES / 1024 / 1024 }),
    ),
});

export interface ProgramFunding {
  readonly fundingSource: FundingSource;
  readonly budget: number | null;
  readonly realisation: number | null;
  readonly note: string;
  /** Where the figure comes from. */
  readonly source: string;
}

export interface ProgramMilestone {
  readonly id: number;
  readonly title: string;
  readonly dueDate: string | null;
  readonly done: boolean;
  readonly source: string;
}

export interface ProgramObstacle {
  readonly id: number;
  readonly description: string;
  readonly resolved: boolean;
  readonly source: string;
}

export interface ProgramFollowUp {
  readonly id: number;
  readonly programId: string;
  readonly description: string;
  readonly ownerOpd: string;
  readonly dueDate: string | null;
  readonly done: boolean;
  readonly doneAt: string | null;
  readonly createdAt: string;
  /** Null for anonymous readers and for seeded rows. */
  readonly createdByName: string | null;
  readonly source: string;
}

export interface ProgramEvidence {
  readonly id: number;
  readonly caption: string;
  readonly fileName: string;
  readonly mimeType: EvidenceMimeType;
  readonly sizeBytes: number;
  readonly uploadedAt: string;
  readonly uploadedByName: string | null;
  /** `GET` it with the session cookie. */
  readonly url: string;
}

/** The editable state of a program: what `programs.update` changes and history records. */
export interface ProgramEditableState {
  readonly status: ProgramStatus;
  readonly physicalProgress: number;
  readonly financialProgress: number;
  readonly reportedProgress: string;
  readonly leadOpd: string;
  readonly supportingOpds: readonly string[];
  readonly fundingSources: readonly Omit<ProgramFunding, 'source'>[];
  readonly milestones: readonly Omit<ProgramMilestone, 'source'>[];
  readonly obstacles: readonly Omit<ProgramObstacle, 'source'>[];
}

/** `data.current` of a CONFLICT from `programs.update`: the state the caller did not see. */
export interface ProgramConflictCurrent extends ProgramEditableState {
  readonly version: number;
  /** Display name of whoever saved the current version (null for seeded data). */
  readonly updatedBy: string | null;
  readonly updatedAt: string;
  /** Fields changed since the caller's `expectedVersion`. */
  readonly changedFields: readonly ProgramEditableField[];
}

/** `programs.history`: a page of a program's update records, newest first. */
export const programHistoryInputSchema = z.object({ id: programIdSchema, ...pageInputShape });

/** One immutable record of `programs.history`, newest first. */
export interface ProgramHistoryEntry {
  readonly id: number;
  readonly programId: string;
  /** The program version this update produced. */
  readonly version: number;
  readonly createdAt: string;
  readonly userId: number;
  readonly userName: string;
  readonly note: string;
  readonly changedFields: readonly ProgramEditableField[];
  readonly before: Partial<ProgramEditableState>;
  readonly after: Partial<ProgramEditableState>;
  readonly verified: boolean;
  readonly verifiedAt: string | null;
  readonly verifiedByName: string | null;
}

/** `programs.byId`: a program with everything the panel and the edit form need. */
export interface ProgramDetail extends ProgramSummary {
  readonly supportingOpds: readonly string[];
  /** Funding in words, from DOMAIN.md (the figures are in `fundingSources`). */
  readonly funding: string;
  readonly reportedProgress: string;
  readonly source: string;
  readonly progressEstimated: boolean;
  /** Send it back as `expectedVersion` with `programs.update`. */
  readonly version: number;
  /** Who saved the current version; null for seeded data and for anonymous readers. */
  readonly updatedByName: string | null;
  readonly fundingSources: readonly ProgramFunding[];
  readonly milestones: readonly ProgramMilestone[];
  readonly obstacles: readonly ProgramObstacle[];
  readonly followUps: readonly ProgramFollowUp[];
  /** Empty for anonymous readers: the photos need a session. */
  readonly evidence: readonly ProgramEvidence[];
  readonly sites: readonly ProgramSite[];
}
