import { and, eq, max } from 'drizzle-orm';
import { activeDatasets, datasetValues, datasetVersions } from '../db/dataset-schema.ts';
import { singleRow, type Change } from '../db/transact.ts';

/** One dataset version to save: its values and the Satu Data provenance of the import. */
export interface DatasetVersionInput {
  readonly indicator: string;
  readonly year: number;
  readonly values: readonly {
    readonly kelurahanCode: string;
    readonly value: number;
    readonly count: number | null;
  }[];
  readonly isSample: false;
  readonly source: string;
  readonly dataDate: string;
  readonly producer: string;
  readonly note: string;
  readonly fileName: string;
  readonly fileSha256: string;
  readonly rowsRead: number;
  readonly rowsUsed: number;
  readonly rowsExcluded: number;
  readonly exclusions: readonly { readonly row: number; readonly reason: string }[];
}

/** Values inserted per statement (PostgreSQL allows 65,535 parameters). */
const VALUES_PER_INSERT = 1000;

/**
 * Inside `change`: saves a new immutable dataset version of an indicator-year (number = the
 * highest so far + 1), its values, makes it the active version, writes the audit row
 * `datasets.import` (provenance and counts, never the values' source rows) and publishes
 * 'indicator'. The version it replaces stays, for `datasets.activate` to switch back.
 */
export async function saveDatasetVersion(
  change: Change,
  input: DatasetVersionInput,
): Promise<{ id: number; versionNumber: number }> {
  const { tx, at, actor } = change;
  const key = and(
    eq(activeDatasets.indicator, input.indicator),
    eq(activeDatasets.year, input.year),
  );
  const [current] = await tx.select().from(activeDatasets).where(key).for('update');
  const [highest] = await tx
    .select({ number: max(datasetVersions.number) })
    .from(datasetVersions)
    .where(
      and(eq(datasetVersions.indicator, input.indicator), eq(datasetVersions.year, input.year)),
    );
  const versionNumber = (highest?.number ?? 0) + 1;
  const { id } = singleRow(
    await tx
      .insert(datasetVersions)
      .values({
        indicator: input.indicator,
        year: input.year,
        number: versionNumber,
        isSample: input.isSample,
        source: input.source,
        dataDate: input.dataDate,
        producer: input.producer,
        note: input.note,
        fileName: input.fileName,
        fileSha256: input.fileSha256,
        rowsRead: input.rowsRead,
        rowsUsed: input.rowsUsed,
        rowsExcluded: input.rowsExcluded,
        exclusions: [...input.exclusions],
        importedAt: at,
        importedBy: actor.userId,
      })
      .returning({ id: datasetVersions.id }),
  );
  for (let i = 0; i < input.values.length; i += VALUES_PER_INSERT) {
    await tx.insert(datasetValues).values(
      input.values.slice(i, i + VALUES_PER_INSERT).map((v) => ({
        versionId: id,
        kelurahanCode: v.kelurahanCode,
        value: v.value,
        count: v.count,
      })),
    );
  }
  await tx
    .insert(activeDatasets)
    .values({
      indicator: input.indicator,
      year: input.year,
      versionId: id,
      activatedAt: at,
      activatedBy: actor.userId,
    })
    .onConflictDoUpdate({
      target: [activeDatasets.indicator, activeDatasets.year],
      set: { versionId: id, activatedAt: at, activatedBy: actor.userId },
    });
  await change.audit({
    action: 'datasets.import',
    entity: 'dataset',
    entityId: `${input.indicator}/${input.year}`,
    before: { versionId: current?.versionId ?? null },
    after: {
      versionId: id,
      versionNumber,
      source: input.source,
      fileName: input.fileName,
      fileSha256: input.fileSha256,
      rowsRead: input.rowsRead,
      rowsUsed: input.rowsUsed,
      rowsExcluded: input.rowsExcluded,
    },
  });
  change.publish({ kind: 'indicator', id: input.indicator });
  return { id, versionNumber };
}
