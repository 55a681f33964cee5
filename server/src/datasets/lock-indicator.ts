import { isSafeText, message } from '@peta/shared';
import { eq } from 'drizzle-orm';
import { users } from '../db/auth-schema.ts';
import type { Db } from '../db/database.ts';
import { indicators } from '../db/dataset-schema.ts';
import { LocalizedError } from '../errors.ts';
import type { IndicatorRow } from './require-indicator.ts';

/** The catalogue row `slug`, locked for update until the transaction ends; NOT_FOUND if none. */
export async function lockIndicator(tx: Db, slug: string): Promise<IndicatorRow> {
  // Text PostgreSQL cannot hold (NUL) names no entry; asking would be a driver error.
  if (!isSafeText(slug)) {
    throw new LocalizedError('NOT_FOUND', message('indicatorNotFound', { slug: '?' }));
  }
  const [row] = await tx.select().from(indicators).where(eq(indicators.slug, slug)).for('update');
  if (!row) throw new LocalizedError('NOT_FOUND', message('indicatorNotFound', { slug }));
  return row;
}

/**
 * CONFLICT when the caller edited an older version of the entry than the stored one: the
 * message names who saved the current one and when, so the caller can look and apply again.
 */
export async function assertIndicatorVersion(
  tx: Db,
  row: IndicatorRow,
  expected: number,
): Promise<void> {
  if (row.version === expected) return;
  const [by] =
    row.updatedBy === null
      ? []
      : await tx.select({ name: users.displayName }).from(users).where(eq(users.id, row.updatedBy));
  const time = row.updatedAt;
  throw new LocalizedError(
    'CONFLICT',
    by
      ? message('indicatorChangedBy', { name: by.name, time })
      : message('indicatorChangedBySomeone', { time }),
  );
}
