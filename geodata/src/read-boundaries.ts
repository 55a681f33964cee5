import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Name of the official boundary file inside the source folder (see shared/geodata/SOURCE.md). */
export const BOUNDARY_FILE = 'malang-kelurahan.geojson';

/**
 * Reads and parses the boundary file in `dir`. The result is untyped on purpose: only
 * `validateBoundaries` may vouch for its shape.
 */
export async function readBoundaries(dir: string): Promise<unknown> {
  const path = join(dir, BOUNDARY_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(
      `Cannot read the kelurahan boundaries at ${path} (${errorMessage(error)}). ` +
        `Set GEODATA_DIR to the folder that holds ${BOUNDARY_FILE}.`,
      { cause: error },
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${path} is not valid JSON (${errorMessage(error)}).`, { cause: error });
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
