import type { DatasetProvenance } from '@peta/shared';
import type { TFunction } from 'i18next';

/**
 * One dataset version's provenance as shown wherever its numbers are: "BPS Kota Malang,
 * Bappeda, data 2024-12-31, versi 2" (after "Sumber:").
 */
export function provenanceLine(provenance: DatasetProvenance, t: TFunction): string {
  const { source, producer, dataDate, versionNumber } = provenance;
  return t('layers.legend.provenance', { source, producer, dataDate, version: versionNumber });
}
