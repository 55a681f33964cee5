import {
  INDICATORS,
  KELURAHAN_COUNT,
  samplesArtifactSchema,
  type KelurahanArtifactRecord,
  type SamplesArtifact,
} from '@peta/shared';
import { createRandom } from './create-random.ts';
import { generateCsrProjects } from './generate-csr-projects.ts';
import { generateFloodSpots } from './generate-flood-spots.ts';
import { generatePoverty } from './generate-poverty.ts';
import { generateProgramSites } from './generate-program-sites.ts';
import { generateRtlh } from './generate-rtlh.ts';
import { generateStunting } from './generate-stunting.ts';
import { createKelurahanLocator } from './kelurahan-locator.ts';
import { buildKelurahanProfiles } from './kelurahan-profiles.ts';

/** The seed the pipeline uses unless told otherwise: Kota Malang's kode wilayah 35.73. */
export const DEFAULT_SAMPLES_SEED = 35_73;

/**
 * Generates the sample datasets ("data contoh") for the 57 kelurahan, calibrated to the city
 * figures in `@peta/shared`. Pure: the same kelurahan and seed give a deep-equal result.
 *
 * @throws Error if the kelurahan are not the 57 of Kota Malang, a calibration cannot be met, a
 *   fixed point falls outside its expected area, or the result fails `samplesArtifactSchema`
 */
export function generateSamples(
  kelurahan: readonly KelurahanArtifactRecord[],
  seed: number,
): SamplesArtifact {
  if (kelurahan.length !== KELURAHAN_COUNT) {
    throw new Error(`Expected ${KELURAHAN_COUNT} kelurahan, got ${kelurahan.length}`);
  }
  const profiles = buildKelurahanProfiles(kelurahan, createRandom(seed, 'population'));
  const poverty = generatePoverty(profiles, createRandom(seed, 'poverty'));
  const stunting = generateStunting(profiles, createRandom(seed, 'stunting'));
  const rtlh = generateRtlh(profiles, poverty, createRandom(seed, 'rtlh'));
  const locator = createKelurahanLocator(kelurahan);
  const indicators = [...poverty, ...stunting, ...rtlh].sort(
    (a, b) =>
      INDICATORS.indexOf(a.indicator) - INDICATORS.indexOf(b.indicator) ||
      a.year - b.year ||
      a.kelurahanCode.localeCompare(b.kelurahanCode),
  );
  return samplesArtifactSchema.parse({
    version: 1,
    seed,
    indicators,
    floodSpots: generateFloodSpots(locator, createRandom(seed, 'flood-spots')),
    csrProjects: generateCsrProjects(locator, profiles, poverty, createRandom(seed, 'csr')),
    programSites: generateProgramSites(locator),
  });
}
