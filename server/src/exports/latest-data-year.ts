import { formatCityDate } from '@peta/shared';
import { eq, isNull, max } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { activeDatasets, indicators } from '../db/dataset-schema.ts';

/**
 * The latest year any catalogue indicator in use has an active dataset for; the current year
 * in Malang when none has any.
 */
export async function latestDataYear(db: Db): Promise<number> {
  const [row] = await db
    .select({ year: max(activeDatasets.year) })
    .from(activeDatasets)
    .innerJoin(indicators, eq(indicators.slug, activeDatasets.indicator))
    .where(isNull(indicators.retiredAt));
  return row?.year ?? Number(formatCityDate(new Date()).slice(0, 4));
}
