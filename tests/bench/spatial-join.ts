import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createBruteForceLocator, createKelurahanLocator, REPO_ROOT } from '@peta/server';
import { GEODATA_FILES, kelurahanArtifactSchema } from '@peta/shared';

export interface JoinResult {
  readonly points: number;
  readonly indexedMs: number;
  readonly bruteForcePoints: number;
  readonly bruteForceMs: number;
  /** Brute force time per point × points ÷ indexed time. */
  readonly speedup: number;
  readonly agree: boolean;
}

function randomPoints(n: number, bbox: readonly number[], seed: number): Float64Array {
  const [minLon = 0, minLat = 0, maxLon = 0, maxLat = 0] = bbox;
  const out = new Float64Array(n * 2);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 16807) % 2147483647;
    out[2 * i] = minLon + (s / 2147483647) * (maxLon - minLon);
    s = (s * 16807) % 2147483647;
    out[2 * i + 1] = minLat + (s / 2147483647) * (maxLat - minLat);
  }
  return out;
}

/**
 * Spatial join of `points` random points in the city's bounding box: the server's indexed
 * locator against testing every polygon with turf. Brute force is run on a subset (it takes
 * minutes on a million) and compared per point, on the same points.
 */
export function benchSpatialJoin(points = 1_000_000, bruteForcePoints = 50_000): JoinResult {
  const artifact = kelurahanArtifactSchema.parse(
    JSON.parse(
      readFileSync(path.join(REPO_ROOT, 'geodata', 'dist', GEODATA_FILES.kelurahan), 'utf8'),
    ),
  );
  const coords = randomPoints(points, artifact.bbox, 42);
  const brute = createBruteForceLocator(artifact.kelurahan);

  // Building the index (R-tree and interior grid) counts as part of the join.
  let started = performance.now();
  const indexed = createKelurahanLocator(artifact.kelurahan);
  const codes: (string | null)[] = new Array<string | null>(points);
  for (let i = 0; i < points; i++)
    codes[i] = indexed.locate(coords[2 * i] ?? 0, coords[2 * i + 1] ?? 0);
  const indexedMs = performance.now() - started;

  started = performance.now();
  let agree = true;
  for (let i = 0; i < bruteForcePoints; i++) {
    if (brute.locate(coords[2 * i] ?? 0, coords[2 * i + 1] ?? 0) !== codes[i]) agree = false;
  }
  const bruteForceMs = performance.now() - started;
  const speedup = ((bruteForceMs / bruteForcePoints) * points) / indexedMs;
  return { points, indexedMs, bruteForcePoints, bruteForceMs, speedup, agree };
}
