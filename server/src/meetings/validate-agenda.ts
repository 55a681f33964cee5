import { message } from '@peta/shared';
import type { MeetingAgendaStep } from '@peta/shared';
import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { kelurahan, programs } from '../db/schema.ts';
import { LocalizedError } from '../errors.ts';

/** The default agenda: the 11 programs in the order of the Pj. Wali Kota's list. */
export async function defaultAgenda(db: Db): Promise<MeetingAgendaStep[]> {
  const rows = await db.select({ id: programs.id }).from(programs).orderBy(asc(programs.number));
  return rows.map((row) => ({ kind: 'program', programId: row.id }));
}

/** BAD_REQUEST unless every program and kelurahan of the agenda exists. */
export async function assertAgendaValid(
  db: Db,
  agenda: readonly MeetingAgendaStep[],
): Promise<void> {
  const programIds = [
    ...new Set(agenda.flatMap((s) => (s.kind === 'program' ? [s.programId] : []))),
  ];
  const codes = [
    ...new Set(agenda.flatMap((s) => (s.kind === 'kelurahan' ? [s.kelurahanCode] : []))),
  ];
  const knownPrograms = new Set(
    programIds.length === 0
      ? []
      : (
          await db
            .select({ id: programs.id })
            .from(programs)
            .where(inArray(programs.id, programIds))
        ).map((r) => r.id),
  );
  const knownCodes = new Set(
    codes.length === 0
      ? []
      : (
          await db
            .select({ code: kelurahan.code })
            .from(kelurahan)
            .where(inArray(kelurahan.code, codes))
        ).map((r) => r.code),
  );
  const unknown = [
    ...programIds.filter((id) => !knownPrograms.has(id)).map((id) => `program "${id}"`),
    ...codes.filter((code) => !knownCodes.has(code)).map((code) => `kelurahan ${code}`),
  ];
  if (unknown.length > 0) {
    throw new LocalizedError(
      'BAD_REQUEST',
      message('agendaUnknownSteps', { steps: unknown.join(', ') }),
    );
  }
}
