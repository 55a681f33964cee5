import type { ChangeEvent } from '@peta/shared';
import type { AuditActor } from '../auth/session-actor.ts';
import type { ChangeBus } from '../live/change-bus.ts';
import { auditLog } from './audit-schema.ts';
import type { Db } from './database.ts';

/** What a mutation needs to change data: the database, the live bus and who acts. */
export interface ChangeScope {
  readonly db: Db;
  /** Absent outside the server process (CLI): nobody listens there. */
  readonly bus?: ChangeBus | undefined;
  readonly actor: AuditActor;
}

/** One audit row: what changed, with the state before and after (no secrets). */
export interface AuditRecord {
  /** The procedure or tool, e.g. `programs.update`. */
  readonly action: string;
  readonly entity: string;
  readonly entityId: string | number;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** The open transaction of a mutation. */
export interface Change {
  readonly tx: Db;
  /** The time of the change: audit rows, history and events all carry it. */
  readonly at: Date;
  readonly actor: AuditActor;
  audit(record: AuditRecord): Promise<void>;
  /** Queues a live event, sent only once the transaction has committed. */
  publish(event: Omit<ChangeEvent, 'at'>): void;
}

/**
 * Runs `work` in one transaction that also writes its audit rows, then publishes its live
 * events after the commit (never for a rolled-back change).
 */
export async function transact<T>(scope: ChangeScope, work: (change: Change) => Promise<T>) {
  const at = new Date();
  const events: ChangeEvent[] = [];
  const result: T = await scope.db.transaction(async (tx) =>
    work({
      tx,
      at,
      actor: scope.actor,
      async audit(record) {
        await tx.insert(auditLog).values({
          at,
          actorUserId: scope.actor.userId,
          actorDisplayTokenId: scope.actor.displayTokenId,
          actorName: scope.actor.name,
          action: record.action,
          entity: record.entity,
          entityId: String(record.entityId),
          before: record.before ?? null,
          after: record.after ?? null,
        });
      },
      publish(event) {
        events.push({ ...event, at: at.toISOString() });
      },
    }),
  );
  for (const event of events) scope.bus?.publish(event);
  return result;
}

/** The one row an `insert … returning` or `update … returning` of a known row gives back. */
export function singleRow<T>(rows: readonly T[]): T {
  const [row] = rows;
  if (row === undefined || rows.length !== 1) {
    throw new Error(`expected one row back, got ${rows.length}`);
  }
  return row;
}
