/**
 * CLI: `npx tsx src/samples/build-samples.ts` in geodata/. Writes `samples.json` next to the
 * boundary artefact in GEODATA_OUT_DIR (default geodata/dist), which the boundary build must have
 * written first. Prints a short report; exits non-zero with the reason on failure.
 */
import { resolveGeodataPaths } from '../geodata-paths.ts';
import { writeSamples } from './write-samples.ts';

const { outDir } = resolveGeodataPaths(process.env);
try {
  const { path, artifact } = await writeSamples(outDir);
  console.log(
    [
      `samples (seed ${artifact.seed}): ${artifact.indicators.length} indicator values,`,
      `${artifact.floodSpots.length} flood spots, ${artifact.csrProjects.length} CSR projects,`,
      `${artifact.programSites.length} program sites → ${path}`,
    ].join(' '),
  );
} catch (error) {
  console.error('samples build failed');
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
