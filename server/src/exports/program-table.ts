import { formatJakartaTime, type ProgramStatus } from '@peta/shared';
import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { programFollowUps } from '../db/program-details-schema.ts';
import { programs } from '../db/schema.ts';
import type { ExportTable } from './export-table.ts';

/** Status names as officials read them. */
export const PROGRAM_STATUS_LABELS: Readonly<Record<ProgramStatus, string>> = {
  belum_mulai: 'Belum mulai',
  perencanaan: 'Perencanaan',
  pelaksanaan: 'Pelaksanaan',
  selesai: 'Selesai',
  tertunda: 'Tertunda',
};

/** A status label; an unknown stored value shows as itself. */
export function statusLabel(status: string): string {
  return (PROGRAM_STATUS_LABELS as Readonly<Record<string, string>>)[status] ?? status;
}

/** Open follow-ups per program id. */
export async function openFollowUpCounts(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .select({ programId: programFollowUps.programId, open: count() })
    .from(programFollowUps)
    .where(eq(programFollowUps.done, false))
    .groupBy(programFollowUps.programId);
  return new Map(rows.map((r) => [r.programId, r.open]));
}

/** The 11 programs: number, name, lead OPD, status, progress, last update, open follow-ups. */
export async function loadProgramTable(db: Db): Promise<ExportTable> {
  const rows = await db.select().from(programs).orderBy(asc(programs.number));
  const open = await openFollowUpCounts(db);
  return {
    columns: [
      'No',
      'Program',
      'OPD pelaksana',
      'Status',
      'Progres fisik (%)',
      'Progres keuangan (%)',
      'Pembaruan terakhir',
      'Tindak lanjut terbuka',
    ],
    rows: rows.map((p) => [
      p.number,
      p.name,
      p.leadOpd,
      statusLabel(p.status),
      p.physicalProgress,
      p.financialProgress,
      formatJakartaTime(p.updatedAt),
      open.get(p.id) ?? 0,
    ]),
    notes: [
      '11 program prioritas Pj. Wali Kota Malang.',
      'Progres yang ditandai perkiraan di aplikasi diturunkan dari laporan tertulis, bukan angka resmi.',
      'Sumber: pembaruan OPD di aplikasi Peta Prioritas Kota Malang dan laporan yang tercantum per program.',
    ],
  };
}
