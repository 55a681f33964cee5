import type { FeatureCollection, MultiPolygon } from 'geojson';
import { resolveGeodataPaths } from '../src/geodata-paths.ts';
import {
  loadReferenceKelurahan,
  type ReferenceKelurahan,
} from '../src/load-reference-kelurahan.ts';
import { readBoundaries } from '../src/read-boundaries.ts';

/** Properties of a feature in the official boundary file. */
export interface SourceProperties {
  kode: string;
  kelurahan: string;
  kecamatan: string;
}

/** The official boundary file, typed as SOURCE.md describes it. */
export type SourceCollection = FeatureCollection<MultiPolygon, SourceProperties>;

/** The official boundaries (GEODATA_DIR or the default) and the idn-area-data reference list. */
export async function loadOfficial(): Promise<{
  sourceDir: string;
  official: SourceCollection;
  reference: ReferenceKelurahan[];
}> {
  const { sourceDir } = resolveGeodataPaths(process.env);
  const [official, reference] = await Promise.all([
    readBoundaries(sourceDir) as Promise<SourceCollection>,
    loadReferenceKelurahan(),
  ]);
  return { sourceDir, official, reference };
}
