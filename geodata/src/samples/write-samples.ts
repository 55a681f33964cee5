import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  GEODATA_FILES,
  SAMPLES_FILE,
  kelurahanArtifactSchema,
  type KelurahanArtifact,
  type SamplesArtifact,
} from '@peta/shared';
import { DEFAULT_SAMPLES_SEED, generateSamples } from './generate-samples.ts';

/** What `writeSamples` wrote. */
export interface WrittenSamples {
  readonly path: string;
  readonly artifact: SamplesArtifact;
}

/**
 * Reads the boundary artefact, generates the samples and writes `samples.json` into `outDir`.
 * Same inputs and seed, same bytes.
 *
 * @param kelurahanArtifactPath defaults to `kelurahan.json` in `outDir`, where the boundary
 *   pipeline writes it
 * @throws Error if the boundary artefact is missing (with how to build it) or invalid
 */
export async function writeSamples(
  outDir: string,
  kelurahanArtifactPath = join(outDir, GEODATA_FILES.kelurahan),
  seed = DEFAULT_SAMPLES_SEED,
): Promise<WrittenSamples> {
  const artifact = generateSamples(
    (await readKelurahanArtifact(kelurahanArtifactPath)).kelurahan,
    seed,
  );
  const path = join(outDir, SAMPLES_FILE);
  await mkdir(outDir, { recursive: true });
  await writeFile(path, `${JSON.stringify(artifact)}\n`);
  return { path, artifact };
}

/**
 * The boundary artefact at `path`, validated.
 *
 * @throws Error saying to run the geodata build if the file is missing
 */
export async function readKelurahanArtifact(path: string): Promise<KelurahanArtifact> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(
      `Boundary artefact ${path} is missing: run the geodata build first (cd geodata && npx tsx src/build.ts)`,
      { cause: error },
    );
  }
  return kelurahanArtifactSchema.parse(JSON.parse(text));
}
