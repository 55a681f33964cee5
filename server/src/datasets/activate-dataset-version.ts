import { message, type DatasetVersionSummary } from '@peta/shared';
import { and, eq } from 'drizzle-orm';
import type { UserActor } from '../auth/session-actor.ts';
import { activeDatasets, datasetVersions } from '../db/dataset-schema.ts';
import { transact, type ChangeScope } from '../db/transact.ts';
import { LocalizedError } from '../errors.ts';
import { listDatasetVersions } from './list-dataset-versions.ts';

/**
 * Makes `versionId` the version the map shows for its own indicator-year (one row update; the
 * version's values are never copied or merged with another's). Audited as `datasets.activate`
 * with the version ids before and after; publishes 'indicator'. Unknown id → NOT_FOUND.
 */
export function activateDatasetVersion(
  scope: ChangeScope,
  user: UserActor,
  versionId: number,
): Promise<DatasetVersionSummary> {
  return transact(scope, async (change) => {
    const { tx, at } = change;
    const [version] = await tx
      .select()
      .from(datasetVersions)
      .where(eq(datasetVersions.id, versionId));
    if (!version) {
      throw new LocalizedError('NOT_FOUND', message('datasetVersionNotFound', { id: versionId }));
    }
    const key = and(
      eq(activeDatasets.indicator, version.indicator),
      eq(activeDatasets.year, version.year),
    );
    const [current] = await tx.select().from(activeDatasets).where(key).for('update');
    if (current?.versionId !== version.id) {
      await tx
        .insert(activeDatasets)
        .values({
          indicator: version.indicator,
          year: version.year,
          versionId: version.id,
          activatedAt: at,
          activatedBy: user.userId,
        })
        .onConflictDoUpdate({
          target: [activeDatasets.indicator, activeDatasets.year],
          set: { versionId: version.id, activatedAt: at, activatedBy: user.userId },
        });
      await change.audit({
        action: 'datasets.activate',
        entity: 'dataset',
        entityId: `${version.indicator}/${version.year}`,
        before: { versionId: current?.versionId ?? null },
        after: { versionId: version.id, versionNumber: version.number },
      });
      change.publish({ kind: 'indicator', id: version.indicator });
    }
    const [summary] = await listDatasetVersions(tx, { id: version.id });
    if (!summary) throw new Error(`dataset version ${version.id} vanished`);
    return summary;
  });
}
