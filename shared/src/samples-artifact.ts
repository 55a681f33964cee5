import { z } from 'zod';
import { indicatorSchema, indicatorValueSchema } from './indicators.ts';
import { csrProjectSeedSchema, floodSpotSeedSchema, programSiteSeedSchema } from './points.ts';

/** File name of the sample datasets the geodata pipeline writes next to the boundaries. */
export const SAMPLES_FILE = 'samples.json';

/** Sample datasets (labelled "data contoh"), generated deterministically by the pipeline. */
export const samplesArtifactSchema = z.object({
  version: z.literal(1),
  /** The PRNG seed the data was generated with. */
  seed: z.number().int(),
  indicators: z.array(
    indicatorValueSchema.extend({ indicator: indicatorSchema, year: z.number().int() }),
  ),
  floodSpots: z.array(floodSpotSeedSchema),
  csrProjects: z.array(csrProjectSeedSchema),
  programSites: z.array(programSiteSeedSchema),
});
export type SamplesArtifact = z.infer<typeof samplesArtifactSchema>;
