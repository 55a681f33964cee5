import {
  FUNDING_SOURCES,
  PROGRAM_EDITABLE_FIELDS,
  type FundingSource,
  type ProgramEditableField,
  type ProgramEditableState,
  type ProgramFunding,
  type ProgramMilestone,
  type ProgramObstacle,
  type ProgramStatus,
} from '@peta/shared';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import {
  programFunding,
  programMilestones,
  programObstacles,
} from '../db/program-details-schema.ts';
import type { programs } from '../db/schema.ts';

export type ProgramRow = typeof programs.$inferSelect;

/** Funding rows, milestones and obstacles of a program, with their sources, in display order. */
export interface ProgramLists {
  readonly fundingSources: ProgramFunding[];
  readonly milestones: ProgramMilestone[];
  readonly obstacles: ProgramObstacle[];
}

/** Loads the lists of a program. */
export async function loadProgramLists(db: Db, programId: string): Promise<ProgramLists> {
  // One after the other: inside a transaction they share one connection.
  const funding = await db
    .select()
    .from(programFunding)
    .where(eq(programFunding.programId, programId));
  const milestones = await db
    .select()
    .from(programMilestones)
    .where(eq(programMilestones.programId, programId))
    .orderBy(asc(programMilestones.position), asc(programMilestones.id));
  const obstacles = await db
    .select()
    .from(programObstacles)
    .where(eq(programObstacles.programId, programId))
    .orderBy(asc(programObstacles.position), asc(programObstacles.id));
  const order = (source: string) => FUNDING_SOURCES.indexOf(source as FundingSource);
  return {
    fundingSources: funding
      .sort((a, b) => order(a.fundingSource) - order(b.fundingSource))
      .map((f) => ({
        fundingSource: f.fundingSource as FundingSource,
        budget: f.budget,
        realisation: f.realisation,
        note: f.note,
        source: f.source,
      })),
    milestones: milestones.map((m) => ({
      id: m.id,
      title: m.title,
      dueDate: m.dueDate,
      done: m.done,
      source: m.source,
    })),
    obstacles: obstacles.map((o) => ({
      id: o.id,
      description: o.description,
      resolved: o.resolved,
      source: o.source,
    })),
  };
}

const withoutSource = <T extends { source: string }>({ source: _source, ...rest }: T) => rest;

/** The editable state of a program row with its lists. */
export function stateOf(row: ProgramRow, lists: ProgramLists): ProgramEditableState {
  return {
    status: row.status as ProgramStatus,
    physicalProgress: row.physicalProgress,
    financialProgress: row.financialProgress,
    reportedProgress: row.reportedProgress,
    leadOpd: row.leadOpd,
    supportingOpds: row.supportingOpds,
    fundingSources: lists.fundingSources.map(withoutSource),
    milestones: lists.milestones.map(withoutSource),
    obstacles: lists.obstacles.map(withoutSource),
  };
}

/** The editable state of a program: what updates change and history records. */
export async function loadProgramState(db: Db, row: ProgramRow): Promise<ProgramEditableState> {
  return stateOf(row, await loadProgramLists(db, row.id));
}

/** The fields whose values differ between two states. */
export function changedFields(
  before: ProgramEditableState,
  after: ProgramEditableState,
): ProgramEditableField[] {
  return PROGRAM_EDITABLE_FIELDS.filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
}

/** Only the given fields of a state (for history records and conflict details). */
export function pickFields(
  state: ProgramEditableState,
  fields: readonly ProgramEditableField[],
): Partial<ProgramEditableState> {
  return Object.fromEntries(fields.map((field) => [field, state[field]]));
}
