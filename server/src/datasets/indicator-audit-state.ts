import type { IndicatorMetadata } from '@peta/shared';
import type { IndicatorRow } from './require-indicator.ts';

/** What the audit log records of a catalogue entry: its metadata, position, retirement, version. */
export function indicatorAuditState(row: IndicatorRow): IndicatorMetadata & {
  readonly position: number;
  readonly retiredAt: string | null;
  readonly version: number;
} {
  return {
    nameId: row.nameId,
    nameEn: row.nameEn,
    definitionId: row.definitionId,
    definitionEn: row.definitionEn,
    unit: row.unit,
    numberKind: row.numberKind as IndicatorMetadata['numberKind'],
    polarity: row.polarity as IndicatorMetadata['polarity'],
    producerOpd: row.producerOpd,
    walidata: row.walidata,
    referenceCode: row.referenceCode,
    periodicity: row.periodicity,
    countUnit: row.countUnit as IndicatorMetadata['countUnit'],
    classification: row.classification,
    position: row.position,
    retiredAt: row.retiredAt?.toISOString() ?? null,
    version: row.version,
  };
}
