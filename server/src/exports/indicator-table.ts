import { INDICATORS, type Indicator } from '@peta/shared';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { indicatorValues, kelurahan } from '../db/schema.ts';
import type { ExportCell, ExportTable } from './export-table.ts';

/** Column labels per indicator: what `value` and `count` mean (shared/indicators.ts). */
const LABELS: Readonly<Record<Indicator, { name: string; value: string; count: string }>> = {
  poverty: {
    name: 'Kemiskinan',
    value: 'Kemiskinan: penduduk miskin (%)',
    count: 'Kemiskinan: jumlah penduduk miskin',
  },
  stunting: {
    name: 'Stunting',
    value: 'Stunting: prevalensi e-PPGBM (%)',
    count: 'Stunting: jumlah balita stunting',
  },
  rtlh: {
    name: 'RTLH',
    value: 'RTLH: sisa unit akhir tahun',
    count: 'RTLH: unit diperbaiki',
  },
};

/** The 57 kelurahan with poverty, stunting and RTLH of `year`: value, count, source, sample. */
export async function loadIndicatorTable(db: Db, year: number): Promise<ExportTable> {
  const places = await db.select().from(kelurahan).orderBy(asc(kelurahan.code));
  const values = await db.select().from(indicatorValues).where(eq(indicatorValues.year, year));
  const byKey = new Map(values.map((v) => [`${v.indicator}|${v.kelurahanCode}`, v]));
  const sources = new Map<string, Set<string>>();
  const rows = places.map((place) => {
    const cells: ExportCell[] = [place.code, place.name, place.kecamatan];
    for (const indicator of INDICATORS) {
      const v = byKey.get(`${indicator}|${place.code}`);
      cells.push(v?.value ?? null, v?.count ?? null, v?.source ?? null);
      cells.push(v ? (v.isSample ? 'ya' : 'tidak') : null);
      if (v) {
        const set = sources.get(LABELS[indicator].name) ?? new Set<string>();
        set.add(v.source);
        sources.set(LABELS[indicator].name, set);
      }
    }
    return cells;
  });
  return {
    columns: [
      'Kode',
      'Kelurahan',
      'Kecamatan',
      ...INDICATORS.flatMap((i) => [
        LABELS[i].value,
        LABELS[i].count,
        `${LABELS[i].name}: sumber`,
        `${LABELS[i].name}: data contoh`,
      ]),
    ],
    rows,
    notes: [
      `Indikator per kelurahan Kota Malang, tahun ${year}.`,
      ...(values.some((v) => v.isSample)
        ? [
            'PERHATIAN: nilai per kelurahan yang ditandai "data contoh = ya" adalah DATA CONTOH, bukan data resmi, sampai data resmi diimpor.',
          ]
        : []),
      ...[...sources].map(([name, set]) => `Sumber ${name}: ${[...set].join('; ')}`),
      'Batas wilayah: 57 kelurahan di 5 kecamatan Kota Malang.',
    ],
  };
}
