import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the parent of `geodata/`. Relative paths in the env are resolved from here. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where the official boundaries live unless `GEODATA_DIR` says otherwise (relative to the repo root). */
export const DEFAULT_GEODATA_DIR = '../shared/geodata';

/** Where the build writes its artefacts unless `GEODATA_OUT_DIR` says otherwise (relative to the repo root). */
export const DEFAULT_GEODATA_OUT_DIR = 'geodata/dist';

/** Absolute input and output folders of the pipeline. */
export interface GeodataPaths {
  /** Folder holding `malang-kelurahan.geojson`. */
  sourceDir: string;
  /** Folder the artefacts are written to. */
  outDir: string;
}

/**
 * Reads `GEODATA_DIR` and `GEODATA_OUT_DIR` from `env`. Relative values are resolved against the
 * repository root, not the working directory, so `pnpm --filter` and a root script agree.
 */
export function resolveGeodataPaths(
  env: Readonly<Record<string, string | undefined>>,
): GeodataPaths {
  return {
    sourceDir: fromRepoRoot(env['GEODATA_DIR'] || DEFAULT_GEODATA_DIR),
    outDir: fromRepoRoot(env['GEODATA_OUT_DIR'] || DEFAULT_GEODATA_OUT_DIR),
  };
}

function fromRepoRoot(path: string): string {
  return isAbsolute(path) ? path : resolve(REPO_ROOT, path);
}
