import { asc } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { kelurahan } from '../db/schema.ts';
import { loadCatalogue } from '../datasets/load-catalogue.ts';
import { loadIndicatorYear } from '../datasets/load-indicator-year.ts';
import type { ExportCell, ExportTable } from './export-table.ts';

/** What a cell says for a kelurahan the active version has no value for. */
export const NO_DATA = 'tidak ada data';

/**
 * Every catalogue indicator in use (not retired, layer-panel order) for the 57 kelurahan in
 * `year`: per indicator its value, its count when it has one, and the active version's
 * provenance (source, producer, data date, version, "data contoh"). A kelurahan without a value
 * gets empty number cells and "tidak ada data" as source — never a value of another version.
 */
export async function loadIndicatorTable(db: Db, year: number): Promise<ExportTable> {
  const places = await db.select().from(kelurahan).orderBy(asc(kelurahan.code));
  const entries = await loadCatalogue(db, { includeRetired: false });
  const data = await Promise.all(
    entries.map(async (entry) => ({ entry, data: await loadIndicatorYear(db, entry.slug, year) })),
  );
  const columns = ['Kode', 'Kelurahan', 'Kecamatan'];
  for (const { entry } of data) {
    const name = entry.nameId;
    columns.push(`${name} (${entry.unit})`);
    if (entry.countUnit !== null) columns.push(`${name}: jumlah (${entry.countUnit})`);
    columns.push(
      `${name}: sumber`,
      `${name}: produsen data`,
      `${name}: tanggal data`,
      `${name}: versi`,
      `${name}: data contoh`,
    );
  }
  const rows = places.map((place) => {
    const cells: ExportCell[] = [place.code, place.name, place.kecamatan];
    for (const { entry, data: year } of data) {
      const value = year.values.find((v) => v.kelurahanCode === place.code);
      const p = year.provenance;
      cells.push(value?.value ?? null);
      if (entry.countUnit !== null) cells.push(value?.count ?? null);
      if (value && p) {
        cells.push(p.source, p.producer, p.dataDate || null, p.versionNumber);
        cells.push(p.isSample ? 'ya' : 'tidak');
      } else {
        cells.push(NO_DATA, null, null, null, null);
      }
    }
    return cells;
  });
  const withData = data.filter((d) => d.data.provenance !== null);
  return {
    columns,
    rows,
    notes: [
      `Indikator per kelurahan Kota Malang, tahun ${year}.`,
      ...(withData.some((d) => d.data.provenance?.isSample)
        ? [
            'PERHATIAN: nilai per kelurahan yang ditandai "data contoh = ya" adalah DATA CONTOH, bukan data resmi, sampai data resmi diimpor.',
          ]
        : []),
      ...withData.map(({ entry, data: { provenance: p } }) =>
        p
          ? `Sumber ${entry.nameId}: ${p.source} (versi ${p.versionNumber}, produsen data ${p.producer}, walidata ${entry.walidata}${p.dataDate ? `, tanggal data ${p.dataDate}` : ''})`
          : '',
      ),
      ...data
        .filter((d) => d.data.provenance === null)
        .map(({ entry }) => `${entry.nameId}: tidak ada data untuk tahun ${year}.`),
      `Sel kosong dengan sumber "${NO_DATA}": kelurahan itu tidak ada dalam versi data yang aktif.`,
      'Batas wilayah: 57 kelurahan di 5 kecamatan Kota Malang.',
    ],
  };
}
