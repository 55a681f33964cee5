import type { IndicatorEntry, IndicatorYearStatus } from '@peta/shared';
import { asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { activeDatasets, datasetVersions, indicators } from '../db/dataset-schema.ts';
import type { IndicatorRow } from './require-indicator.ts';

/** The API shape of a catalogue row with its active years. */
export function toIndicatorEntry(
  row: IndicatorRow,
  years: readonly IndicatorYearStatus[],
): IndicatorEntry {
  return {
    slug: row.slug,
    nameId: row.nameId,
    nameEn: row.nameEn,
    definitionId: row.definitionId,
    definitionEn: row.definitionEn,
    unit: row.unit,
    numberKind: row.numberKind as IndicatorEntry['numberKind'],
    polarity: row.polarity as IndicatorEntry['polarity'],
    producerOpd: row.producerOpd,
    walidata: row.walidata,
    referenceCode: row.referenceCode,
    periodicity: row.periodicity,
    countUnit: row.countUnit as IndicatorEntry['countUnit'],
    classification: row.classification,
    builtIn: row.builtIn,
    position: row.position,
    retiredAt: row.retiredAt?.toISOString() ?? null,
    version: row.version,
    years,
  };
}

/** The active version of every indicator-year, per indicator slug, years ascending. */
async function activeYears(db: Db, slug?: string): Promise<Map<string, IndicatorYearStatus[]>> {
  const rows = await db
    .select({
      indicator: activeDatasets.indicator,
      year: activeDatasets.year,
      versionId: datasetVersions.id,
      versionNumber: datasetVersions.number,
      isSample: datasetVersions.isSample,
    })
    .from(activeDatasets)
    .innerJoin(datasetVersions, eq(datasetVersions.id, activeDatasets.versionId))
    .where(slug === undefined ? undefined : eq(activeDatasets.indicator, slug))
    .orderBy(asc(activeDatasets.indicator), asc(activeDatasets.year));
  const years = new Map<string, IndicatorYearStatus[]>();
  for (const { indicator, ...status } of rows) {
    const list = years.get(indicator) ?? [];
    list.push(status);
    years.set(indicator, list);
  }
  return years;
}

/** The catalogue in layer-panel order; retired entries only when asked for. */
export async function loadCatalogue(
  db: Db,
  options: { readonly includeRetired: boolean },
): Promise<IndicatorEntry[]> {
  const rows = await db
    .select()
    .from(indicators)
    .where(options.includeRetired ? undefined : isNull(indicators.retiredAt))
    .orderBy(asc(indicators.position), asc(indicators.slug));
  const years = await activeYears(db);
  return rows.map((row) => toIndicatorEntry(row, years.get(row.slug) ?? []));
}

/** One catalogue entry with its active years. */
export async function loadIndicatorEntry(db: Db, row: IndicatorRow): Promise<IndicatorEntry> {
  const years = await activeYears(db, row.slug);
  return toIndicatorEntry(row, years.get(row.slug) ?? []);
}
