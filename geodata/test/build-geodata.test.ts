import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import {
  BOUNDARY_ATTRIBUTION,
  GEODATA_FILES,
  KECAMATAN,
  kelurahanArtifactSchema,
  type KelurahanArtifact,
} from '@peta/shared';
import {
  area,
  booleanPointInPolygon,
  kinks,
  lineString,
  point,
  pointToLineDistance,
} from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh, neighbors } from 'topojson-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_DEVIATION_M,
  TOPOLOGY_GZIP_BUDGET_BYTES,
  buildGeodata,
  type GeodataBuildReport,
} from '../src/build-geodata.ts';
import { topologyCollection, type Topology } from '../src/build-topology.ts';
import { BOUNDARY_FILE } from '../src/read-boundaries.ts';
import { loadOfficial, type SourceCollection } from './official-boundaries.ts';

const run = promisify(execFile);
const GEODATA_ROOT = new URL('..', import.meta.url).pathname;

let work: string;
let sourceDir: string;
let official: SourceCollection;
let report: GeodataBuildReport;
let topology: Topology;
let artifact: KelurahanArtifact;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'peta-geodata-'));
  ({ sourceDir, official } = await loadOfficial());
  report = await buildGeodata({ sourceDir, outDir: join(work, 'dist') });
  topology = JSON.parse(await readFile(report.files.topology, 'utf8')) as Topology;
  artifact = kelurahanArtifactSchema.parse(
    JSON.parse(await readFile(report.files.kelurahan, 'utf8')),
  );
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

type Outline = Feature<Polygon | MultiPolygon, { code: string; name: string }>;

function decode(objectName: string): Outline[] {
  return feature(topology, topologyCollection(topology, objectName)).features as Outline[];
}

function polygonsOf(outline: Outline): Position[][][] {
  return outline.geometry.type === 'Polygon'
    ? [outline.geometry.coordinates]
    : outline.geometry.coordinates;
}

function outline(code: string): Outline {
  const found = decode('kelurahan').find((k) => k.id === code);
  if (found === undefined) throw new Error(`no kelurahan ${code} in the topology`);
  return found;
}

const key = ([lon = NaN, lat = NaN]: Position): string => `${lon},${lat}`;

describe('buildGeodata on the official boundaries', () => {
  it('writes both files into the requested folder', () => {
    expect(report.files).toEqual({
      topology: join(work, 'dist', GEODATA_FILES.topology),
      kelurahan: join(work, 'dist', GEODATA_FILES.kelurahan),
    });
    expect(report.kelurahan).toBe(57);
    expect(report.totalAreaKm2).toBeCloseTo(111.547, 2);
  });

  it('writes the attributes and exact geometry of all 57 kelurahan', () => {
    expect(artifact.version).toBe(1);
    expect(artifact.attribution).toBe(BOUNDARY_ATTRIBUTION);
    expect(artifact.bbox).toEqual([112.568947, -8.051575, 112.693771, -7.910847]);
    expect(artifact.kelurahan).toHaveLength(57);
    const sourceByCode = new Map(official.features.map((f) => [f.properties.kode, f]));
    for (const record of artifact.kelurahan) {
      const source = sourceByCode.get(record.code);
      expect(record.geometry).toEqual(source?.geometry);
      expect(record.kecamatan).toBe(source?.properties.kecamatan);
      expect(record.kecamatanCode).toBe(record.code.slice(0, 6));
      expect(booleanPointInPolygon(record.label, record.geometry), record.code).toBe(true);
      const [west, south, east, north] = record.bbox;
      expect(west < east && south < north).toBe(true);
    }
    const total = artifact.kelurahan.reduce((sum, k) => sum + k.areaKm2, 0);
    expect(Math.abs(total - 111.547)).toBeLessThanOrEqual(0.01);
    expect(artifact.kelurahan.find((k) => k.code === '3573031004')?.areaKm2).toBe(5.691);
  });

  it('names the topology objects: 57 kelurahan, 5 kecamatan, 1 city', () => {
    const kelurahan = decode('kelurahan');
    expect(kelurahan.map((k) => k.id)).toEqual(artifact.kelurahan.map((k) => k.code));
    expect(kelurahan[0]?.properties).toEqual({
      code: '3573011001',
      name: 'Balearjosari',
      kecamatan: 'Blimbing',
      kecamatanCode: '357301',
      label: artifact.kelurahan[0]?.label,
    });
    const kecamatan = decode('kecamatan');
    expect(kecamatan.map((k) => [k.id, k.properties])).toEqual(
      KECAMATAN.map(({ code, name }) => [code, { code, name }]),
    );
    expect(decode('city').map((c) => c.id)).toEqual(['3573']);
  });

  it(`stays within the gzip budget of ${TOPOLOGY_GZIP_BUDGET_BYTES} bytes`, async () => {
    const gzipped = gzipSync(await readFile(report.files.topology)).length;
    expect(gzipped).toBe(report.topologyGzipBytes);
    expect(gzipped).toBeLessThanOrEqual(TOPOLOGY_GZIP_BUDGET_BYTES);
  });

  it(`keeps every official vertex within ${MAX_DEVIATION_M} m (geodesic cross-check)`, () => {
    expect(report.maxDeviation.metres).toBeGreaterThan(0);
    expect(report.maxDeviation.metres).toBeLessThanOrEqual(MAX_DEVIATION_M);
    // Recompute the worst kelurahan with turf's geodesic distance instead of the planar grid.
    const { code } = report.maxDeviation;
    const lines = polygonsOf(outline(code))
      .flat()
      .map((ring) => lineString(ring));
    const exact = official.features.find((f) => f.properties.kode === code);
    let geodesicMax = 0;
    for (const position of exact?.geometry.coordinates.flat(2) ?? []) {
      const distances = lines.map((line) =>
        pointToLineDistance(point(position), line, { units: 'meters' }),
      );
      geodesicMax = Math.max(geodesicMax, Math.min(...distances));
    }
    expect(geodesicMax).toBeCloseTo(report.maxDeviation.metres, 1);
  });

  it('preserves topology: neighbours share their border vertex for vertex, no gaps', () => {
    // @types/topojson-client types these inputs with `{}` properties; ours are GeoJsonProperties.
    const collection = topologyCollection(topology, 'kelurahan') as Parameters<typeof mesh>[1] & {
      geometries: Parameters<typeof neighbors>[0];
    };
    const adjacency = neighbors(collection.geometries);
    expect(adjacency.every((list) => list.length >= 1)).toBe(true);

    const pair = new Set(['3573011011', '3573011010']); // Jodipan, Polehan
    const [jodipan, polehan] = [...pair].map((code) =>
      collection.geometries.findIndex((g) => g.id === code),
    );
    expect(adjacency[jodipan ?? -1]).toContain(polehan);
    const border = mesh(
      topology,
      collection,
      (a, b) => a !== b && pair.has(String(a.id)) && pair.has(String(b.id)),
    ).coordinates.flat();
    expect(border.length).toBeGreaterThan(2);
    for (const code of pair) {
      const vertices = new Set(polygonsOf(outline(code)).flat(2).map(key));
      expect(
        border.every((vertex) => vertices.has(key(vertex))),
        code,
      ).toBe(true);
    }

    // Buring's hole is exactly Wonokoyo's exclave.
    const hole = polygonsOf(outline('3573031005'))[0]?.[1] ?? [];
    const exclave = polygonsOf(outline('3573031004'))[1]?.[0] ?? [];
    expect(hole.length).toBeGreaterThan(3);
    expect(new Set(hole.map(key))).toEqual(new Set(exclave.map(key)));
  });

  it('adds up: decoded kelurahan, kecamatan and the gap-free city outline match the exact area', () => {
    const exactKm2 = report.totalAreaKm2;
    const sumKm2 = (outlines: Outline[]): number =>
      outlines.reduce((sum, outline) => sum + area(outline), 0) / 1e6;
    const kelurahan = decode('kelurahan');
    expect(Math.abs(sumKm2(kelurahan) / exactKm2 - 1)).toBeLessThan(0.005);
    expect(Math.abs(sumKm2(decode('kecamatan')) / exactKm2 - 1)).toBeLessThan(0.005);
    const city = decode('city');
    expect(city.map((c) => polygonsOf(c).map((rings) => rings.length))).toEqual([[1]]);
    expect(Math.abs(sumKm2(city) / exactKm2 - 1)).toBeLessThan(0.005);
    for (const outline of kelurahan)
      expect(kinks(outline).features, String(outline.id)).toEqual([]);
  });
});

describe('buildGeodata gates', () => {
  it('fails, writing nothing, when simplification strays more than 5 m', async () => {
    const outDir = join(work, 'coarse');
    await expect(
      buildGeodata({ sourceDir, outDir, topology: { minAreaM2: 50_000 } }),
    ).rejects.toThrow(
      /strays \d+\.\d+ m from the official outline of 3573\d{6} .*the limit is 5 m/,
    );
    expect(existsSync(outDir)).toBe(false);
  });

  it('fails, writing nothing, when the topology exceeds the gzip budget', async () => {
    const outDir = join(work, 'fat');
    await expect(
      buildGeodata({ sourceDir, outDir, topology: { minAreaM2: 0, quantization: 1e9 } }),
    ).rejects.toThrow(/gzipped; the budget is 45000/);
    expect(existsSync(outDir)).toBe(false);
  });

  it('fails on a broken source, naming the feature', async () => {
    const brokenDir = join(work, 'broken');
    const copy = structuredClone(official);
    copy.features[10]?.geometry.coordinates[0]?.[0]?.pop();
    await writeBrokenSource(brokenDir, copy);
    await expect(
      buildGeodata({ sourceDir: brokenDir, outDir: join(work, 'unused') }),
    ).rejects.toThrow(/3573011011 Jodipan: exterior ring of part 1 is not closed/);
  });

  it('fails clearly when the source folder has no boundary file', async () => {
    await expect(buildGeodata({ sourceDir: join(work, 'nowhere'), outDir: work })).rejects.toThrow(
      /Cannot read the kelurahan boundaries at .*nowhere.*Set GEODATA_DIR/,
    );
  });
});

describe('the build CLI', () => {
  const tsx = join(GEODATA_ROOT, 'node_modules', '.bin', 'tsx');
  const cli = (env: Record<string, string>) =>
    run(tsx, ['src/build.ts'], { cwd: GEODATA_ROOT, env: { ...process.env, ...env } });

  it('prints the report and writes into GEODATA_OUT_DIR', async () => {
    const outDir = join(work, 'cli');
    const { stdout } = await cli({ GEODATA_DIR: sourceDir, GEODATA_OUT_DIR: outDir });
    expect(stdout).toMatch(/57 kelurahan, 5 kecamatan, total area 111\.547 km²/);
    expect(stdout).toMatch(/kB gzipped \(budget 45\.0 kB\)/);
    expect(stdout).toMatch(/max deviation \d\.\d\d m \(limit 5 m\)/);
    expect(existsSync(join(outDir, GEODATA_FILES.topology))).toBe(true);
    expect(existsSync(join(outDir, GEODATA_FILES.kelurahan))).toBe(true);
  });

  it('exits non-zero with the problem on a broken source', async () => {
    const brokenDir = join(work, 'cli-broken');
    const copy = structuredClone(official);
    copy.features.splice(4, 1);
    await writeBrokenSource(brokenDir, copy);
    const outcome = await cli({
      GEODATA_DIR: brokenDir,
      GEODATA_OUT_DIR: join(work, 'cli-unused'),
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/3573011005 Blimbing: missing/);
    expect(existsSync(join(work, 'cli-unused'))).toBe(false);
  });
});

async function writeBrokenSource(dir: string, collection: SourceCollection): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, BOUNDARY_FILE), JSON.stringify(collection));
}
