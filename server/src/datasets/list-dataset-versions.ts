import type { DatasetVersionSummary } from '@peta/shared';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { users } from '../db/auth-schema.ts';
import type { Db } from '../db/database.ts';
import { activeDatasets, datasetVersions } from '../db/dataset-schema.ts';
import { toProvenance, type DatasetVersionRow } from './to-provenance.ts';

/** The API summary of a stored version. */
export function toVersionSummary(
  row: DatasetVersionRow,
  importedBy: string | null,
  active: boolean,
): DatasetVersionSummary {
  return {
    ...toProvenance(row, importedBy),
    indicator: row.indicator,
    year: row.year,
    active,
    note: row.note,
    fileSha256: row.fileSha256,
    rowsRead: row.rowsRead,
    rowsUsed: row.rowsUsed,
    rowsExcluded: row.rowsExcluded,
    exclusions: row.exclusions,
  };
}

/**
 * Saved versions, newest first (year descending, then version number descending), each
 * marked whether the map shows it. Filter by indicator, indicator-year or one version id.
 */
export async function listDatasetVersions(
  db: Db,
  filter: { readonly indicator?: string; readonly year?: number; readonly id?: number },
): Promise<DatasetVersionSummary[]> {
  const conditions: SQL[] = [];
  if (filter.indicator !== undefined)
    conditions.push(eq(datasetVersions.indicator, filter.indicator));
  if (filter.year !== undefined) conditions.push(eq(datasetVersions.year, filter.year));
  if (filter.id !== undefined) conditions.push(eq(datasetVersions.id, filter.id));
  const rows = await db
    .select({
      version: datasetVersions,
      importedBy: users.displayName,
      activeId: activeDatasets.versionId,
    })
    .from(datasetVersions)
    .leftJoin(users, eq(users.id, datasetVersions.importedBy))
    .leftJoin(
      activeDatasets,
      and(
        eq(activeDatasets.indicator, datasetVersions.indicator),
        eq(activeDatasets.year, datasetVersions.year),
      ),
    )
    .where(and(...conditions))
    .orderBy(desc(datasetVersions.year), desc(datasetVersions.number))
    .limit(filter.id === undefined ? 10_000 : 1);
  return rows.map((r) => toVersionSummary(r.version, r.importedBy, r.activeId === r.version.id));
}
