import { z } from 'zod';
import { KECAMATAN, KELURAHAN_CODE_PATTERN } from './kecamatan.ts';
import { PROGRAM_STATUSES } from './program-status.ts';
import { validationMessage } from './messages/validation-message.ts';

export const kelurahanCodeSchema = z
  .string()
  .regex(KELURAHAN_CODE_PATTERN, validationMessage('kelurahanCodeFormat'));

export const kecamatanCodeSchema = z.enum(KECAMATAN.map((k) => k.code) as [string, ...string[]]);

export const lonLatSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const bboxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);

/** One kelurahan as the API lists it (`kelurahan.list`). */
export const kelurahanSchema = z.object({
  code: kelurahanCodeSchema,
  name: z.string().min(1),
  kecamatan: z.string().min(1),
  kecamatanCode: kecamatanCodeSchema,
  areaKm2: z.number().positive(),
});
export type Kelurahan = z.infer<typeof kelurahanSchema>;

export const programStatusSchema = z.enum(PROGRAM_STATUSES);

export const percentSchema = z
  .number()
  .min(0, validationMessage('percentMin', { min: 0 }))
  .max(100, validationMessage('percentMax', { max: 100 }));

export const programIdSchema = z
  .string()
  .min(1, validationMessage('programIdRequired'))
  .max(64, validationMessage('programIdTooLong'))
  .regex(/^[a-z0-9-]+$/, validationMessage('programIdFormat'));

/** One priority program as `programs.list` returns it. */
export const programSummarySchema = z.object({
  id: programIdSchema,
  number: z.number().int().min(1),
  name: z.string(),
  leadOpd: z.string(),
  status: programStatusSchema,
  physicalProgress: percentSchema,
  financialProgress: percentSchema,
  updatedAt: z.string(),
});
export type ProgramSummary = z.infer<typeof programSummarySchema>;

export const programByIdInputSchema = z.object({ id: programIdSchema });
