import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  BOUNDARY_ATTRIBUTION,
  GEODATA_FILES,
  KECAMATAN,
  TOPOLOGY_OBJECTS,
  kelurahanArtifactSchema,
  type KelurahanArtifact,
} from '@peta/shared';
import { area } from '@turf/turf';
import { z } from 'zod';
import { buildTopology, topologyCollection, type TopologyOptions } from './build-topology.ts';
import { deriveKelurahanRecords, unionBbox } from './derive-kelurahan-records.ts';
import { loadReferenceKelurahan } from './load-reference-kelurahan.ts';
import { measureMaxDeviation, type Deviation } from './measure-deviation.ts';
import { readBoundaries } from './read-boundaries.ts';
import { validateBoundaries } from './validate-boundaries.ts';

/** No official vertex may lie farther than this from the simplified client outline. */
export const MAX_DEVIATION_M = 5;

/** The gzipped client topology must fit in this many bytes (45 kB). */
export const TOPOLOGY_GZIP_BUDGET_BYTES = 45_000;

/** Input and output of one pipeline run. */
export interface BuildGeodataOptions {
  /** Folder holding `malang-kelurahan.geojson`. */
  sourceDir: string;
  /** Folder the artefacts are written to; created if missing. */
  outDir: string;
  /** Overrides for the client topology (tests use them to prove the gates can fail). */
  topology?: TopologyOptions;
}

/** What a run measured and wrote. */
export interface GeodataBuildReport {
  kelurahan: number;
  kecamatan: number;
  /** Geodesic area of all kelurahan, km², unrounded. */
  totalAreaKm2: number;
  topologyBytes: number;
  topologyGzipBytes: number;
  kelurahanBytes: number;
  maxDeviation: Deviation;
  /** Absolute paths of the written files. */
  files: { topology: string; kelurahan: string };
}

/**
 * Runs the whole pipeline: read and validate the official boundaries, derive the attributes,
 * build the client topology, check it against the deviation and size limits, validate the
 * artefact against the shared schema and only then write both files.
 *
 * @throws BoundaryValidationError for a bad source; Error when a limit or the schema is not met
 */
export async function buildGeodata(options: BuildGeodataOptions): Promise<GeodataBuildReport> {
  const [input, reference] = await Promise.all([
    readBoundaries(options.sourceDir),
    loadReferenceKelurahan(),
  ]);
  const boundaries = validateBoundaries(input, reference);
  const records = deriveKelurahanRecords(boundaries);

  const topology = buildTopology(records, options.topology);
  const maxDeviation = measureMaxDeviation(boundaries, topology);
  if (!(maxDeviation.metres <= MAX_DEVIATION_M)) {
    throw new Error(
      `The simplified topology strays ${maxDeviation.metres.toFixed(2)} m from the official outline of ` +
        `${maxDeviation.code} ${maxDeviation.name} at [${maxDeviation.position.join(', ')}]; the limit is ${MAX_DEVIATION_M} m. ` +
        'Lower the simplification threshold or raise the quantization.',
    );
  }
  const topologyJson = JSON.stringify(topology);
  const topologyGzipBytes = gzipSync(topologyJson).length;
  if (topologyGzipBytes > TOPOLOGY_GZIP_BUDGET_BYTES) {
    throw new Error(
      `The client topology is ${topologyGzipBytes} bytes gzipped; the budget is ${TOPOLOGY_GZIP_BUDGET_BYTES}.`,
    );
  }
  const kecamatanCount = topologyCollection(topology, TOPOLOGY_OBJECTS.kecamatan).geometries.length;
  if (kecamatanCount !== KECAMATAN.length) {
    throw new Error(`The topology has ${kecamatanCount} kecamatan, expected ${KECAMATAN.length}.`);
  }

  const artifact = parseArtifact({
    version: 1,
    attribution: BOUNDARY_ATTRIBUTION,
    bbox: unionBbox(records.map((r) => r.bbox)),
    kelurahan: records,
  });
  const kelurahanJson = JSON.stringify(artifact);

  await mkdir(options.outDir, { recursive: true });
  const files = {
    topology: await writeAtomically(join(options.outDir, GEODATA_FILES.topology), topologyJson),
    kelurahan: await writeAtomically(join(options.outDir, GEODATA_FILES.kelurahan), kelurahanJson),
  };
  return {
    kelurahan: records.length,
    kecamatan: kecamatanCount,
    totalAreaKm2: boundaries.reduce((sum, b) => sum + area(b.geometry), 0) / 1e6,
    topologyBytes: Buffer.byteLength(topologyJson),
    topologyGzipBytes,
    kelurahanBytes: Buffer.byteLength(kelurahanJson),
    maxDeviation,
    files,
  };
}

function parseArtifact(artifact: KelurahanArtifact): KelurahanArtifact {
  const parsed = kelurahanArtifactSchema.safeParse(artifact);
  if (!parsed.success) {
    throw new Error(
      `The kelurahan artefact does not match kelurahanArtifactSchema:\n${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}

/** Writes beside the target and renames, so a running server never reads half a file. */
async function writeAtomically(path: string, text: string): Promise<string> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
  return path;
}
