import type { SamplesArtifact } from '@peta/shared';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import {
  activeDatasets,
  datasetValues,
  datasetVersions,
  indicators,
} from '../db/dataset-schema.ts';
import { singleRow } from '../db/transact.ts';

type SampleRecord = SamplesArtifact['indicators'][number];

/** The sample records grouped per indicator-year, in artefact order. */
function byIndicatorYear(records: readonly SampleRecord[]): Map<string, SampleRecord[]> {
  const groups = new Map<string, SampleRecord[]>();
  for (const record of records) {
    const key = `${record.indicator}|${record.year}`;
    const group = groups.get(key) ?? [];
    group.push(record);
    groups.set(key, group);
  }
  return groups;
}

/**
 * Makes each indicator-year of the samples artefact a sample dataset version (number 1, made
 * active) — only where the indicator-year has no version at all, so an import or a version
 * switch made in the app is never overwritten. The producer is the catalogue entry's.
 */
export async function seedSampleVersions(tx: Db, samples: SamplesArtifact): Promise<void> {
  const producers = new Map(
    (
      await tx.select({ slug: indicators.slug, producer: indicators.producerOpd }).from(indicators)
    ).map((r) => [r.slug, r.producer]),
  );
  const at = new Date();
  for (const records of byIndicatorYear(samples.indicators).values()) {
    const [first] = records;
    const producer = first && producers.get(first.indicator);
    if (!first || producer === undefined) continue;
    const existing = await tx
      .select({ id: datasetVersions.id })
      .from(datasetVersions)
      .where(
        and(eq(datasetVersions.indicator, first.indicator), eq(datasetVersions.year, first.year)),
      )
      .limit(1);
    if (existing.length > 0) continue;
    const version = singleRow(
      await tx
        .insert(datasetVersions)
        .values({
          indicator: first.indicator,
          year: first.year,
          number: 1,
          isSample: records.every((r) => r.isSample),
          source: first.source,
          producer,
          rowsRead: records.length,
          rowsUsed: records.length,
          importedAt: at,
        })
        .returning({ id: datasetVersions.id }),
    );
    await tx.insert(datasetValues).values(
      records.map((r) => ({
        versionId: version.id,
        kelurahanCode: r.kelurahanCode,
        value: r.value,
        count: r.count,
      })),
    );
    await tx.insert(activeDatasets).values({
      indicator: first.indicator,
      year: first.year,
      versionId: version.id,
      activatedAt: at,
    });
  }
}
