import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import { GEODATA_FILES, type KelurahanArtifactRecord, type SamplesArtifact } from '@peta/shared';
import { resolveGeodataPaths } from '../../src/geodata-paths.ts';
import { DEFAULT_SAMPLES_SEED, generateSamples } from '../../src/samples/generate-samples.ts';
import { readKelurahanArtifact } from '../../src/samples/write-samples.ts';

/** Path of the real boundary artefact the samples are generated from (GEODATA_OUT_DIR aware). */
export const KELURAHAN_ARTIFACT_PATH = join(
  resolveGeodataPaths(process.env).outDir,
  GEODATA_FILES.kelurahan,
);

/** The real kelurahan, the samples generated from them with the default seed, and lookups. */
export interface SamplesFixture {
  readonly kelurahan: readonly KelurahanArtifactRecord[];
  readonly samples: SamplesArtifact;
  /** The kelurahan holding the point, by exact point-in-polygon against the official geometry. */
  readonly kelurahanAt: (lon: number, lat: number) => KelurahanArtifactRecord | undefined;
  /** @throws Error for an unknown code */
  readonly byCode: (code: string) => KelurahanArtifactRecord;
}

/**
 * Loads the real boundary artefact and generates the samples from it. Fails, saying to run the
 * geodata build, when the artefact has not been built: the samples only mean something against
 * the real geometry.
 */
export async function loadSamplesFixture(): Promise<SamplesFixture> {
  const { kelurahan } = await readKelurahanArtifact(KELURAHAN_ARTIFACT_PATH);
  return {
    kelurahan,
    samples: generateSamples(kelurahan, DEFAULT_SAMPLES_SEED),
    kelurahanAt: (lon, lat) => kelurahan.find((k) => booleanPointInPolygon([lon, lat], k.geometry)),
    byCode: (code) => {
      const found = kelurahan.find((k) => k.code === code);
      if (!found) throw new Error(`Unknown kelurahan code ${code}`);
      return found;
    },
  };
}
