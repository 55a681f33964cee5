import {
  programSiteSeedSchema,
  type ProgramDetail,
  type ProgramStatus,
  type ProgramSummary,
} from '@peta/shared';
import { asc, eq } from 'drizzle-orm';
import { users } from '../db/auth-schema.ts';
import type { Db } from '../db/database.ts';
import { programSites } from '../db/schema.ts';
import { withKelurahan } from '../routers/points.ts';
import type { KelurahanLocator } from '../spatial/kelurahan-locator.ts';
import { listEvidence } from './evidence.ts';
import { listFollowUps } from './follow-ups.ts';
import { loadProgramLists, type ProgramRow } from './program-state.ts';

/** A program row as `programs.list` returns it. */
export function toSummary(row: ProgramRow): ProgramSummary {
  return {
    id: row.id,
    number: row.number,
    name: row.name,
    leadOpd: row.leadOpd,
    status: row.status as ProgramStatus,
    physicalProgress: row.physicalProgress,
    financialProgress: row.financialProgress,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Everything about one program. People's names and evidence need a session (`signedIn`);
 * anonymous readers of the public map get the rest.
 */
export async function loadProgramDetail(
  db: Db,
  locator: KelurahanLocator,
  row: ProgramRow,
  signedIn: boolean,
): Promise<ProgramDetail> {
  const [lists, followUps, evidence, sites, updatedBy] = await Promise.all([
    loadProgramLists(db, row.id),
    listFollowUps(db, row.id, signedIn),
    signedIn ? listEvidence(db, row.id) : [],
    db
      .select()
      .from(programSites)
      .where(eq(programSites.programId, row.id))
      .orderBy(asc(programSites.id)),
    signedIn && row.updatedBy !== null
      ? db.select({ name: users.displayName }).from(users).where(eq(users.id, row.updatedBy))
      : [],
  ]);
  return {
    ...toSummary(row),
    supportingOpds: row.supportingOpds,
    funding: row.funding,
    reportedProgress: row.reportedProgress,
    source: row.source,
    progressEstimated: row.progressEstimated,
    version: row.version,
    updatedByName: updatedBy[0]?.name ?? null,
    ...lists,
    followUps,
    evidence,
    sites: withKelurahan(programSiteSeedSchema.array().parse(sites), locator),
  };
}
