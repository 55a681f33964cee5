import {
  message,
  type IndicatorEntry,
  type IndicatorMetadata,
  type indicatorCreateInputSchema,
  type indicatorRetireInputSchema,
  type indicatorUpdateInputSchema,
} from '@peta/shared';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { UserActor } from '../auth/session-actor.ts';
import { indicators } from '../db/dataset-schema.ts';
import { singleRow, transact, type ChangeScope } from '../db/transact.ts';
import { LocalizedError } from '../errors.ts';
import { indicatorAuditState } from './indicator-audit-state.ts';
import { loadIndicatorEntry } from './load-catalogue.ts';
import { assertIndicatorVersion, lockIndicator } from './lock-indicator.ts';

type CreateInput = z.infer<typeof indicatorCreateInputSchema>;
type UpdateInput = z.infer<typeof indicatorUpdateInputSchema>;
type RetireInput = z.infer<typeof indicatorRetireInputSchema>;

/** The stored columns of the metadata an admin writes. */
function metadataColumns(input: IndicatorMetadata) {
  return {
    nameId: input.nameId,
    nameEn: input.nameEn,
    definitionId: input.definitionId,
    definitionEn: input.definitionEn,
    unit: input.unit,
    numberKind: input.numberKind,
    polarity: input.polarity,
    producerOpd: input.producerOpd,
    walidata: input.walidata,
    referenceCode: input.referenceCode,
    periodicity: input.periodicity,
    countUnit: input.countUnit,
    classification: input.classification,
  };
}

/**
 * Adds a catalogue entry at the end of the layer panel (position = max + 1). A slug already in
 * the catalogue (retired entries included) is a CONFLICT naming the slug; nothing is stored.
 */
export function createIndicator(
  scope: ChangeScope,
  user: UserActor,
  input: CreateInput,
): Promise<IndicatorEntry> {
  return transact(scope, async (change) => {
    const { tx, at } = change;
    const [last] = await tx
      .select({ max: sql<number | null>`max(${indicators.position})` })
      .from(indicators);
    const [row] = await tx
      .insert(indicators)
      .values({
        slug: input.slug,
        ...metadataColumns(input),
        builtIn: false,
        position: (last?.max ?? -1) + 1,
        updatedAt: at,
        updatedBy: user.userId,
      })
      .onConflictDoNothing({ target: indicators.slug })
      .returning();
    if (!row) {
      throw new LocalizedError('CONFLICT', message('indicatorSlugTaken', { slug: input.slug }));
    }
    await change.audit({
      action: 'indicators.create',
      entity: 'indicator',
      entityId: row.slug,
      after: indicatorAuditState(row),
    });
    change.publish({ kind: 'indicator', id: row.slug });
    return loadIndicatorEntry(tx, row);
  });
}

type IndicatorRow = typeof indicators.$inferSelect;

/**
 * The shared path of every change to an existing entry: lock it, refuse with CONFLICT when
 * `version` is not the stored one, apply `changes` (plus the next version, time and author),
 * audit `action` with before/after and publish 'indicator'. `check` runs on the locked row first.
 */
function changeIndicator(
  scope: ChangeScope,
  user: UserActor,
  target: { readonly slug: string; readonly version: number },
  action: string,
  changes: (before: IndicatorRow, at: Date) => Partial<IndicatorRow>,
  check: (before: IndicatorRow) => void = () => undefined,
): Promise<IndicatorEntry> {
  return transact(scope, async (change) => {
    const { tx, at } = change;
    const before = await lockIndicator(tx, target.slug);
    check(before);
    await assertIndicatorVersion(tx, before, target.version);
    const after = singleRow(
      await tx
        .update(indicators)
        .set({
          ...changes(before, at),
          version: before.version + 1,
          updatedAt: at,
          updatedBy: user.userId,
        })
        .where(eq(indicators.slug, before.slug))
        .returning(),
    );
    await change.audit({
      action,
      entity: 'indicator',
      entityId: after.slug,
      before: indicatorAuditState(before),
      after: indicatorAuditState(after),
    });
    change.publish({ kind: 'indicator', id: after.slug });
    return loadIndicatorEntry(tx, after);
  });
}

/**
 * Saves an entry's metadata (the slug never changes) if `version` is still the stored one,
 * else CONFLICT naming who changed it; the version goes up by one.
 */
export function updateIndicator(
  scope: ChangeScope,
  user: UserActor,
  input: UpdateInput,
): Promise<IndicatorEntry> {
  return changeIndicator(scope, user, input, 'indicators.update', () => metadataColumns(input));
}

/**
 * Retires an entry (hidden from the map and the public catalogue; data kept) or re-instates it,
 * if `version` is current. Built-in entries cannot be retired.
 */
export function setIndicatorRetired(
  scope: ChangeScope,
  user: UserActor,
  input: RetireInput,
): Promise<IndicatorEntry> {
  return changeIndicator(
    scope,
    user,
    input,
    'indicators.setRetired',
    (before, at) => ({ retiredAt: input.retired ? (before.retiredAt ?? at) : null }),
    (before) => {
      if (before.builtIn && input.retired) {
        throw new LocalizedError('BAD_REQUEST', message('indicatorBuiltInNotRetirable'));
      }
    },
  );
}
