import { z } from 'zod';
import { KECAMATAN, KELURAHAN_CODE_PATTERN } from './kecamatan.ts';
import { PROGRAM_STATUSES } from './program-status.ts';

export const kelurahanCodeSchema = z
  .string()
  .regex(KELURAHAN_CODE_PATTERN, 'Kode kelurahan harus 10 digit dan diawali 3573');

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
  .min(0, 'Persentase tidak boleh kurang dari 0')
  .max(100, 'Persentase tidak boleh lebih dari 100');

export const programIdSchema = z
  .string()
  .min(1, 'ID program wajib diisi')
  .max(64, 'ID program terlalu panjang')
  .regex(/^[a-z0-9-]+$/, 'ID program hanya huruf kecil, angka dan tanda hubung');

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
