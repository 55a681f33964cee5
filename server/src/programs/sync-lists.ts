import { fieldMessage, message } from '@peta/shared';
import type { ProgramFunding, ProgramUpdateInput } from '@peta/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import {
  programFunding,
  programMilestones,
  programObstacles,
} from '../db/program-details-schema.ts';
import type { ProgramLists } from './program-state.ts';
import { LocalizedError } from '../errors.ts';

type Lists = {
  [K in 'fundingSources' | 'milestones' | 'obstacles']: NonNullable<ProgramUpdateInput[K]>;
};

/** How to write one kind of list row. */
interface ListWriter<T, E, V> {
  values(item: T, position: number, previous: E | undefined): V;
  remove(ids: number[]): Promise<unknown>;
  update(id: number, values: V): Promise<unknown>;
  insert(values: V): Promise<unknown>;
}

/**
 * Makes a stored list equal the edited `items`: an item with an `id` edits that row (which
 * must belong to the program), one without is added, stored rows left out are removed.
 */
async function syncList<T extends { id?: number | undefined }, E extends { id: number }, V>(
  existing: readonly E[],
  items: readonly T[],
  what: string,
  writer: ListWriter<T, E, V>,
): Promise<void> {
  const byId = new Map(existing.map((e) => [e.id, e]));
  for (const item of items) {
    if (item.id !== undefined && !byId.has(item.id)) {
      throw new LocalizedError(
        'BAD_REQUEST',
        fieldMessage(what, message('listItemNotInProgram', { id: item.id })),
      );
    }
  }
  const kept = new Set(items.map((i) => i.id));
  const removed = existing.filter((e) => !kept.has(e.id)).map((e) => e.id);
  if (removed.length > 0) await writer.remove(removed);
  for (const [position, item] of items.entries()) {
    const previous = item.id === undefined ? undefined : byId.get(item.id);
    const values = writer.values(item, position, previous);
    if (previous) await writer.update(previous.id, values);
    else await writer.insert(values);
  }
}

/** Keeps the stored source of an unchanged row; an edited or new row gets `source`. */
function sourceFor<E extends { source: string }>(
  previous: E | undefined,
  unchanged: (previous: E) => boolean,
  source: string,
): string {
  return previous && unchanged(previous) ? previous.source : source;
}

/** Replaces the funding rows of a program with `rows`. */
export async function syncFunding(
  tx: Db,
  programId: string,
  existing: ProgramLists['fundingSources'],
  rows: Lists['fundingSources'],
  source: string,
): Promise<void> {
  await tx.delete(programFunding).where(eq(programFunding.programId, programId));
  if (rows.length === 0) return;
  await tx.insert(programFunding).values(
    rows.map((row) => {
      const previous = existing.find((e) => e.fundingSource === row.fundingSource);
      const unchanged = (p: ProgramFunding) =>
        p.budget === row.budget && p.realisation === row.realisation && p.note === row.note;
      return { programId, ...row, source: sourceFor(previous, unchanged, source) };
    }),
  );
}

/** Makes the milestones of a program equal `items`. */
export function syncMilestones(
  tx: Db,
  programId: string,
  existing: ProgramLists['milestones'],
  items: Lists['milestones'],
  source: string,
): Promise<void> {
  return syncList(existing, items, 'milestones', {
    values: (item, position, previous) => ({
      title: item.title,
      dueDate: item.dueDate,
      done: item.done,
      position,
      source: sourceFor(
        previous,
        (p) => p.title === item.title && p.dueDate === item.dueDate && p.done === item.done,
        source,
      ),
    }),
    remove: (ids) =>
      tx
        .delete(programMilestones)
        .where(and(eq(programMilestones.programId, programId), inArray(programMilestones.id, ids))),
    update: (id, values) =>
      tx.update(programMilestones).set(values).where(eq(programMilestones.id, id)),
    insert: (values) => tx.insert(programMilestones).values({ programId, ...values }),
  });
}

/** Makes the obstacles of a program equal `items`. */
export function syncObstacles(
  tx: Db,
  programId: string,
  existing: ProgramLists['obstacles'],
  items: Lists['obstacles'],
  source: string,
): Promise<void> {
  return syncList(existing, items, 'obstacles', {
    values: (item, position, previous) => ({
      description: item.description,
      resolved: item.resolved,
      position,
      source: sourceFor(
        previous,
        (p) => p.description === item.description && p.resolved === item.resolved,
        source,
      ),
    }),
    remove: (ids) =>
      tx
        .delete(programObstacles)
        .where(and(eq(programObstacles.programId, programId), inArray(programObstacles.id, ids))),
    update: (id, values) =>
      tx.update(programObstacles).set(values).where(eq(programObstacles.id, id)),
    insert: (values) => tx.insert(programObstacles).values({ programId, ...values }),
  });
}
