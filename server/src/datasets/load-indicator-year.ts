import type { IndicatorYearData } from '@peta/shared';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { users } from '../db/auth-schema.ts';
import { activeDatasets, datasetValues, datasetVersions } from '../db/dataset-schema.ts';
import { requireIndicator } from './require-indicator.ts';
import { toProvenance } from './to-provenance.ts';

/**
 * The active version of one indicator-year with its values (ordered by kelurahan code); no
 * provenance and no values when the year has none. Unknown slug → NOT_FOUND.
 */
export async function loadIndicatorYear(
  db: Db,
  slug: string,
  year: number,
): Promise<IndicatorYearData> {
  const indicator = await requireIndicator(db, slug);
  const [active] = await db
    .select({ version: datasetVersions, importedBy: users.displayName })
    .from(activeDatasets)
    .innerJoin(datasetVersions, eq(datasetVersions.id, activeDatasets.versionId))
    .leftJoin(users, eq(users.id, datasetVersions.importedBy))
    .where(and(eq(activeDatasets.indicator, indicator.slug), eq(activeDatasets.year, year)));
  if (!active) return { indicator: indicator.slug, year, provenance: null, values: [] };
  const values = await db
    .select({
      kelurahanCode: datasetValues.kelurahanCode,
      value: datasetValues.value,
      count: datasetValues.count,
    })
    .from(datasetValues)
    .where(eq(datasetValues.versionId, active.version.id))
    .orderBy(asc(datasetValues.kelurahanCode));
  return {
    indicator: indicator.slug,
    year,
    provenance: toProvenance(active.version, active.importedBy),
    values,
  };
}
