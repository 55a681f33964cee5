import {
  CITY_POVERTY,
  CITY_RTLH_REPAIRED,
  CITY_STUNTING_EPPGBM,
  CITY_STUNTING_SSGI,
  cityTrendInputSchema,
  indicatorsByYearInputSchema,
  type CityFigure,
  type CityTrendPoint,
  type Indicator,
} from '@peta/shared';
import { and, asc, eq } from 'drizzle-orm';
import { indicatorValues } from '../db/schema.ts';
import { publicProcedure, router } from '../trpc.ts';

const CITY_SERIES: Record<Indicator, readonly (readonly CityFigure[])[]> = {
  poverty: [CITY_POVERTY],
  stunting: [CITY_STUNTING_EPPGBM, CITY_STUNTING_SSGI],
  rtlh: [CITY_RTLH_REPAIRED],
};

function toTrendPoint(figure: CityFigure): CityTrendPoint {
  return {
    year: figure.year,
    value: figure.value,
    count: figure.count,
    source: figure.source,
    method: figure.method ?? null,
    approximate: figure.approximate ?? false,
    isSample: false,
  };
}

export const indicatorsRouter = router({
  /** One indicator for all 57 kelurahan in one year, ordered by kelurahan code. */
  byYear: publicProcedure.input(indicatorsByYearInputSchema).query(({ ctx, input }) =>
    ctx.db
      .select({
        kelurahanCode: indicatorValues.kelurahanCode,
        value: indicatorValues.value,
        count: indicatorValues.count,
        source: indicatorValues.source,
        isSample: indicatorValues.isSample,
      })
      .from(indicatorValues)
      .where(
        and(eq(indicatorValues.indicator, input.indicator), eq(indicatorValues.year, input.year)),
      )
      .orderBy(asc(indicatorValues.kelurahanCode)),
  ),

  /**
   * The published city-level series (DOMAIN.md) with their sources — real figures, not sample
   * data. Stunting has two series that disagree, told apart by `method`.
   */
  cityTrend: publicProcedure
    .input(cityTrendInputSchema)
    .query(({ input }) =>
      CITY_SERIES[input.indicator].flatMap((series) => series.map(toTrendPoint)),
    ),
});
