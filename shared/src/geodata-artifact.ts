import { z } from 'zod';
import { bboxSchema, kelurahanSchema, lonLatSchema } from './schemas.ts';

/**
 * The contract between the geodata pipeline (which writes these files into its `dist/`) and
 * the server (which serves the topology to the client and reads the attributes and exact
 * geometry for the API and spatial joins).
 */
export const GEODATA_FILES = {
  /** Quantized, lightly simplified TopoJSON for the map; objects named in TOPOLOGY_OBJECTS. */
  topology: 'kelurahan.topo.json',
  /** Attributes and exact (official, unsimplified) geometry of every kelurahan. */
  kelurahan: 'kelurahan.json',
} as const;

/** Object names inside the client topology. */
export const TOPOLOGY_OBJECTS = {
  /** 57 polygons, `id` = kelurahan code, properties = KelurahanFeatureProperties. */
  kelurahan: 'kelurahan',
  /** 5 polygons merged from kelurahan arcs, `id` = kecamatan code, properties `{ code, name }`. */
  kecamatan: 'kecamatan',
  /** The city outline, merged from all kelurahan arcs. */
  city: 'city',
} as const;

export interface KelurahanFeatureProperties {
  code: string;
  name: string;
  kecamatan: string;
  kecamatanCode: string;
  /** Where the name label goes: the pole of inaccessibility of the largest part. */
  label: [number, number];
}

const multiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(z.array(lonLatSchema))),
});

export const kelurahanArtifactRecordSchema = kelurahanSchema.extend({
  /** A point inside the polygon (pole of inaccessibility or point-on-surface) for the name label. */
  label: lonLatSchema,
  bbox: bboxSchema,
  geometry: multiPolygonSchema,
});
export type KelurahanArtifactRecord = z.infer<typeof kelurahanArtifactRecordSchema>;

export const kelurahanArtifactSchema = z.object({
  version: z.literal(1),
  attribution: z.string(),
  bbox: bboxSchema,
  kelurahan: z.array(kelurahanArtifactRecordSchema),
});
export type KelurahanArtifact = z.infer<typeof kelurahanArtifactSchema>;

/** Attribution the map must show for the boundaries (DOMAIN.md). */
export const BOUNDARY_ATTRIBUTION =
  'Sumber: Badan Informasi Geospasial (BIG), Batas Wilayah Administrasi Desa/Kelurahan edisi 2022';
