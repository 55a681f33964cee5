/**
 * CLI: `pnpm --filter @peta/geodata build`. Builds the boundary artefacts from GEODATA_DIR into
 * GEODATA_OUT_DIR, prints a short report, and exits non-zero with the reason when the input or
 * the output fails a check.
 */
import { relative } from 'node:path';
import {
  MAX_DEVIATION_M,
  TOPOLOGY_GZIP_BUDGET_BYTES,
  buildGeodata,
  type GeodataBuildReport,
} from './build-geodata.ts';
import { resolveGeodataPaths } from './geodata-paths.ts';

const started = performance.now();
const paths = resolveGeodataPaths(process.env);
try {
  const report = await buildGeodata(paths);
  console.log(formatReport(report, performance.now() - started));
} catch (error) {
  console.error(`geodata build failed (source: ${paths.sourceDir})`);
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}

function formatReport(report: GeodataBuildReport, elapsedMs: number): string {
  const { maxDeviation: deviation } = report;
  const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
  return [
    `geodata: ${report.kelurahan} kelurahan, ${report.kecamatan} kecamatan, total area ${report.totalAreaKm2.toFixed(3)} km²`,
    `  ${relative(process.cwd(), report.files.topology)}: ${kb(report.topologyBytes)}, ` +
      `${kb(report.topologyGzipBytes)} gzipped (budget ${kb(TOPOLOGY_GZIP_BUDGET_BYTES)})`,
    `  max deviation ${deviation.metres.toFixed(2)} m (limit ${MAX_DEVIATION_M} m) at ${deviation.code} ${deviation.name}`,
    `  ${relative(process.cwd(), report.files.kelurahan)}: ${kb(report.kelurahanBytes)}`,
    `  built in ${(elapsedMs / 1000).toFixed(2)} s`,
  ].join('\n');
}
