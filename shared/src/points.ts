import { z } from 'zod';
import { programStatusSchema, programIdSchema } from './schemas.ts';

/** CSR (TSP) sectors, as Forum TSP reports its 2025 split. */
export const CSR_SECTORS = [
  'pendidikan',
  'umkm',
  'infrastruktur_lingkungan',
  'sosial_kemiskinan',
  'kebersihan',
] as const;
export type CsrSector = (typeof CSR_SECTORS)[number];

export const CSR_STATUSES = ['rencana', 'berjalan', 'selesai'] as const;
export const FLOOD_HANDLING_STATUSES = [
  'belum_ditangani',
  'dalam_penanganan',
  'tertangani',
] as const;

const lon = z.number().min(112.5).max(112.8);
const lat = z.number().min(-8.1).max(-7.85);

/** Fields every point record has, in the seed file (before the spatial join). */
const pointSeedBase = z.object({
  id: z.string().min(1),
  lon,
  lat,
  /** True where the position is placed by street name, not surveyed. */
  positionApproximate: z.boolean(),
  source: z.string().min(1),
  isSample: z.boolean(),
});

export const floodEventSchema = z.object({
  date: z.iso.date(),
  depthCm: z.number().int().min(0),
});

export const floodSpotSeedSchema = pointSeedBase.extend({
  name: z.string().min(1),
  /** The kecamatan BPBD lists the spot under. */
  kecamatan: z.string().min(1),
  depthCm: z.number().int().min(0),
  lastEventDate: z.iso.date(),
  events: z.array(floodEventSchema),
  handlingStatus: z.enum(FLOOD_HANDLING_STATUSES),
  /** In the BPBD list of 29 (Nov 2023), or a chronic spot named elsewhere. */
  bpbdList: z.boolean(),
});
export type FloodSpotSeed = z.infer<typeof floodSpotSeedSchema>;

export const csrProjectSeedSchema = pointSeedBase.extend({
  company: z.string().min(1),
  title: z.string().min(1),
  sector: z.enum(CSR_SECTORS),
  valueRp: z.number().int().min(0),
  year: z.number().int(),
  status: z.enum(CSR_STATUSES),
  programId: programIdSchema.nullable(),
});
export type CsrProjectSeed = z.infer<typeof csrProjectSeedSchema>;

export const programSiteSeedSchema = pointSeedBase.extend({
  programId: programIdSchema,
  name: z.string().min(1),
  status: programStatusSchema,
});
export type ProgramSiteSeed = z.infer<typeof programSiteSeedSchema>;

/** As the API returns points: the seed record plus the kelurahan found by the spatial join. */
const joined = { kelurahanCode: z.string().nullable() };
export const floodSpotSchema = floodSpotSeedSchema.extend(joined);
export const csrProjectSchema = csrProjectSeedSchema.extend(joined);
export const programSiteSchema = programSiteSeedSchema.extend(joined);
export type FloodSpot = z.infer<typeof floodSpotSchema>;
export type CsrProject = z.infer<typeof csrProjectSchema>;
export type ProgramSite = z.infer<typeof programSiteSchema>;
