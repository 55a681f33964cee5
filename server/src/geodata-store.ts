import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  GEODATA_FILES,
  kelurahanArtifactSchema,
  SAMPLES_FILE,
  samplesArtifactSchema,
  type KelurahanArtifact,
  type SamplesArtifact,
} from '@peta/shared';
import type { z } from 'zod';

async function readArtifact<T>(buildDir: string, name: string, schema: z.ZodType<T>): Promise<T> {
  const file = path.join(buildDir, name);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(
      `${file} not found. Run \`pnpm build\` (it runs the geodata pipeline) before starting the server.`,
    );
  }
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new Error(`${file} does not match the expected format: ${parsed.error.message}`);
  }
  return parsed.data;
}

/** Reads and checks the kelurahan artefact written by the geodata pipeline. */
export function loadKelurahanArtifact(buildDir: string): Promise<KelurahanArtifact> {
  return readArtifact(buildDir, GEODATA_FILES.kelurahan, kelurahanArtifactSchema);
}

/** Reads and checks the sample datasets written by the geodata pipeline. */
export function loadSamplesArtifact(buildDir: string): Promise<SamplesArtifact> {
  return readArtifact(buildDir, SAMPLES_FILE, samplesArtifactSchema);
}
