import type { MeetingRecord } from '@peta/shared';
import { asc, desc, eq } from 'drizzle-orm';
import { users } from '../db/auth-schema.ts';
import type { Db } from '../db/database.ts';
import { programFollowUps, programUpdates } from '../db/program-details-schema.ts';
import { programs } from '../db/schema.ts';
import { loadMeetingRecord } from '../meetings/meeting-detail.ts';

/** What the meeting report shows about one program. */
export interface ReportProgram {
  readonly id: string;
  readonly number: number;
  readonly name: string;
  readonly leadOpd: string;
  readonly status: string;
  readonly physicalProgress: number;
  readonly financialProgress: number;
  /** The latest update recorded in the app, or null when there is none yet. */
  readonly latestUpdate: { note: string; userName: string; at: Date } | null;
  /** The last report known from the seed sources, for programs not yet updated in the app. */
  readonly reportedProgress: string;
  readonly openFollowUps: readonly {
    description: string;
    ownerOpd: string;
    dueDate: string | null;
  }[];
}

/** Everything the meeting report PDF shows. */
export interface ReportData {
  readonly programs: readonly ReportProgram[];
  /** The meeting with its decisions, when the report is for one. */
  readonly meeting: MeetingRecord | null;
}

/** Loads the report of the 11 programs; `meetingId` adds that meeting (NOT_FOUND if unknown). */
export async function loadReportData(db: Db, meetingId: number | null): Promise<ReportData> {
  const meeting = meetingId === null ? null : await loadMeetingRecord(db, meetingId);
  const rows = await db.select().from(programs).orderBy(asc(programs.number));
  const updates = await db
    .select({
      programId: programUpdates.programId,
      note: programUpdates.note,
      at: programUpdates.createdAt,
      userName: users.displayName,
    })
    .from(programUpdates)
    .innerJoin(users, eq(users.id, programUpdates.userId))
    .orderBy(desc(programUpdates.version));
  const latest = new Map<string, (typeof updates)[number]>();
  for (const update of updates) {
    if (!latest.has(update.programId)) latest.set(update.programId, update);
  }
  const followUps = await db
    .select()
    .from(programFollowUps)
    .where(eq(programFollowUps.done, false))
    .orderBy(asc(programFollowUps.dueDate), asc(programFollowUps.id));
  return {
    meeting,
    programs: rows.map((p) => {
      const update = latest.get(p.id);
      return {
        id: p.id,
        number: p.number,
        name: p.name,
        leadOpd: p.leadOpd,
        status: p.status,
        physicalProgress: p.physicalProgress,
        financialProgress: p.financialProgress,
        latestUpdate: update
          ? { note: update.note, userName: update.userName, at: update.at }
          : null,
        reportedProgress: p.reportedProgress,
        openFollowUps: followUps
          .filter((f) => f.programId === p.id)
          .map((f) => ({ description: f.description, ownerOpd: f.ownerOpd, dueDate: f.dueDate })),
      };
    }),
  };
}
