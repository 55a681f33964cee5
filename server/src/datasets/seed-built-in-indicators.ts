import { BUILT_IN_INDICATOR_METADATA, BUILT_IN_INDICATORS } from '@peta/shared';
import type { Db } from '../db/database.ts';
import { indicators } from '../db/dataset-schema.ts';

/**
 * Inserts the built-in catalogue entries that are missing (migration 0005 normally made them);
 * an entry an admin has edited is left as it is.
 */
export async function seedBuiltInIndicators(tx: Db): Promise<void> {
  await tx
    .insert(indicators)
    .values(
      BUILT_IN_INDICATORS.map((slug, position) => ({
        slug,
        ...BUILT_IN_INDICATOR_METADATA[slug],
        builtIn: true,
        position,
      })),
    )
    .onConflictDoNothing({ target: indicators.slug });
}
