import {
  BUILT_IN_INDICATORS,
  CITY_POVERTY,
  CITY_RTLH_REPAIRED,
  CITY_STUNTING_EPPGBM,
  CITY_STUNTING_SSGI,
  catalogueInputSchema,
  cityTrendInputSchema,
  indicatorCreateInputSchema,
  indicatorRetireInputSchema,
  indicatorsByYearInputSchema,
  indicatorUpdateInputSchema,
  message,
  type BuiltInIndicator,
  type CityFigure,
  type CityTrendPoint,
} from '@peta/shared';
import {
  createIndicator,
  setIndicatorRetired,
  updateIndicator,
} from '../datasets/indicator-mutations.ts';
import { loadCatalogue } from '../datasets/load-catalogue.ts';
import { loadIndicatorYear } from '../datasets/load-indicator-year.ts';
import { requireIndicator } from '../datasets/require-indicator.ts';
import { LocalizedError } from '../errors.ts';
import { adminProcedure, publicProcedure, router } from '../trpc.ts';

/** The published city-level series of the built-in indicators (DOMAIN.md). */
const CITY_SERIES: Record<BuiltInIndicator, readonly (readonly CityFigure[])[]> = {
  poverty: [CITY_POVERTY],
  stunting: [CITY_STUNTING_EPPGBM, CITY_STUNTING_SSGI],
  rtlh: [CITY_RTLH_REPAIRED],
};

function isBuiltIn(slug: string): slug is BuiltInIndicator {
  return (BUILT_IN_INDICATORS as readonly string[]).includes(slug);
}

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
  /**
   * The indicator catalogue in layer-panel order, each entry with its years that have an
   * active dataset. Public; retired entries only for an admin asking `includeRetired`.
   */
  catalogue: publicProcedure.input(catalogueInputSchema).query(({ ctx, input }) => {
    const actor = ctx.session?.actor;
    if (input.includeRetired && !(actor?.kind === 'user' && actor.role === 'admin')) {
      throw new LocalizedError('FORBIDDEN', message('adminOnly'));
    }
    return loadCatalogue(ctx.db, { includeRetired: input.includeRetired });
  }),

  /**
   * One indicator-year: the active dataset version's provenance and its values, ordered by
   * kelurahan code. Kelurahan missing from `values` have no data. Unknown slug → NOT_FOUND.
   */
  byYear: publicProcedure
    .input(indicatorsByYearInputSchema)
    .query(({ ctx, input }) => loadIndicatorYear(ctx.db, input.indicator, input.year)),

  /**
   * The published city-level series (DOMAIN.md) with their sources — real figures, not sample
   * data — for the built-in indicators; other catalogue entries have none ([]). Stunting has
   * two series that disagree, told apart by `method`. Unknown slug → NOT_FOUND.
   */
  cityTrend: publicProcedure.input(cityTrendInputSchema).query(async ({ ctx, input }) => {
    const indicator = await requireIndicator(ctx.db, input.indicator);
    if (!isBuiltIn(indicator.slug)) return [];
    return CITY_SERIES[indicator.slug].flatMap((series) => series.map(toTrendPoint));
  }),

  /** Adds a catalogue entry at the end (admin; audited; live 'indicator'). Slug taken → CONFLICT. */
  create: adminProcedure
    .input(indicatorCreateInputSchema)
    .mutation(({ ctx, input }) => createIndicator(ctx, ctx.user, input)),

  /** Saves an entry's metadata (admin; slug immutable; stale `version` → CONFLICT). */
  update: adminProcedure
    .input(indicatorUpdateInputSchema)
    .mutation(({ ctx, input }) => updateIndicator(ctx, ctx.user, input)),

  /** Retires or re-instates an entry (admin; built-ins cannot be retired; stale → CONFLICT). */
  setRetired: adminProcedure
    .input(indicatorRetireInputSchema)
    .mutation(({ ctx, input }) => setIndicatorRetired(ctx, ctx.user, input)),
});
