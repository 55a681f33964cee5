import type { DatasetProvenance } from '@peta/shared';
import type { datasetVersions } from '../db/dataset-schema.ts';

/** A dataset version row as stored. */
export type DatasetVersionRow = typeof datasetVersions.$inferSelect;

/** The provenance the API shows for a version; `importedBy` is the importer's display name. */
export function toProvenance(row: DatasetVersionRow, importedBy: string | null): DatasetProvenance {
  return {
    versionId: row.id,
    versionNumber: row.number,
    isSample: row.isSample,
    source: row.source,
    dataDate: row.dataDate,
    producer: row.producer,
    importedAt: row.importedAt.toISOString(),
    importedBy,
    fileName: row.fileName,
  };
}
