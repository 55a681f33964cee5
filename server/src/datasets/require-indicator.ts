import { isSafeText, message } from '@peta/shared';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { indicators } from '../db/dataset-schema.ts';
import { LocalizedError } from '../errors.ts';

/** A catalogue row as stored. */
export type IndicatorRow = typeof indicators.$inferSelect;

/** The catalogue entry `slug`, or NOT_FOUND naming the slug (retired entries are found too). */
export async function requireIndicator(db: Db, slug: string): Promise<IndicatorRow> {
  // Text PostgreSQL cannot hold (NUL) names no entry; asking would be a driver error.
  if (!isSafeText(slug)) {
    throw new LocalizedError('NOT_FOUND', message('indicatorNotFound', { slug: '?' }));
  }
  const [row] = await db.select().from(indicators).where(eq(indicators.slug, slug));
  if (!row) throw new LocalizedError('NOT_FOUND', message('indicatorNotFound', { slug }));
  return row;
}
