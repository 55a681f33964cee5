import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { samplesArtifactSchema, type SamplesArtifact } from '@peta/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SAMPLES_SEED, generateSamples } from '../../src/samples/generate-samples.ts';
import { writeSamples } from '../../src/samples/write-samples.ts';
import {
  KELURAHAN_ARTIFACT_PATH,
  loadSamplesFixture,
  type SamplesFixture,
} from './samples-fixture.ts';

let kelurahan: SamplesFixture['kelurahan'];
let first: SamplesArtifact;
let outDir: string;
beforeAll(async () => {
  ({ kelurahan, samples: first } = await loadSamplesFixture());
  outDir = await mkdtemp(join(tmpdir(), 'samples-'));
});
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('generateSamples', () => {
  it('is deterministic: the same seed gives a deep-equal result, another seed a different one', () => {
    expect(generateSamples(kelurahan, DEFAULT_SAMPLES_SEED)).toEqual(first);
    const other = generateSamples(kelurahan, 42);
    expect(other.seed).toBe(42);
    expect(other.indicators).not.toEqual(first.indicators);
    expect(other.csrProjects).not.toEqual(first.csrProjects);
  });

  it('refuses anything but the 57 kelurahan', () => {
    expect(() => generateSamples(kelurahan.slice(1), 1)).toThrow(/Expected 57 kelurahan/);
  });
});

describe('writeSamples', () => {
  it('writes a valid samples.json, byte-identical on a second run', async () => {
    const { path } = await writeSamples(outDir, KELURAHAN_ARTIFACT_PATH);
    const written = await readFile(path, 'utf8');
    expect(samplesArtifactSchema.parse(JSON.parse(written))).toEqual(first);
    await writeSamples(outDir, KELURAHAN_ARTIFACT_PATH);
    expect(await readFile(path, 'utf8')).toBe(written);
  });

  it('says to run the geodata build when the boundary artefact is missing', async () => {
    await expect(writeSamples(outDir)).rejects.toThrow(/run the geodata build first/);
  });
});
