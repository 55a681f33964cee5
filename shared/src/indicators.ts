import { z } from 'zod';
import { kelurahanCodeSchema } from './schemas.ts';
import { validationMessage } from './messages/validation-message.ts';
import { FIRST_DATA_YEAR } from './indicator-catalogue.ts';
import { recordIdSchema } from './record-id.ts';
import { safeText } from './safe-text.ts';

/** The per-kelurahan indicators, one slug each everywhere (API, layers, URL). */
export const INDICATORS = ['poverty', 'stunting', 'rtlh'] as const;
export type Indicator = (typeof INDICATORS)[number];

export const FIRST_INDICATOR_YEAR = 2019;
export const LAST_INDICATOR_YEAR = 2025;
export const INDICATOR_YEARS: readonly number[] = Array.from(
  { length: LAST_INDICATOR_YEAR - FIRST_INDICATOR_YEAR + 1 },
  (_, i) => FIRST_INDICATOR_YEAR + i,
);

export const indicatorSchema = z.enum(INDICATORS);
export const indicatorYearSchema = z
  .number()
  .int(validationMessage('yearNotInteger'))
  .min(FIRST_INDICATOR_YEAR, validationMessage('yearMin', { year: FIRST_INDICATOR_YEAR }))
  .max(LAST_INDICATOR_YEAR, validationMessage('yearMax', { year: LAST_INDICATOR_YEAR }));

/**
 * One indicator value for one kelurahan and year.
 * poverty: value = % poor, count = poor people; stunting: value = prevalence % (e-PPGBM),
 * count = stunted children; rtlh: value = backlog units at year end, count = units repaired.
 */
export const indicatorValueSchema = z.object({
  kelurahanCode: kelurahanCodeSchema,
  value: z.number(),
  count: z.number().int().min(0),
  source: z.string().min(1),
  isSample: z.boolean(),
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

/** Latest year a dataset may be asked for (the API bound; imports also refuse future years). */
export const LAST_DATA_YEAR = 2100;

/** A year any catalogue indicator may have data for: {@link FIRST_DATA_YEAR}..{@link LAST_DATA_YEAR}. */
export const dataYearSchema = z
  .number()
  .int(validationMessage('yearNotInteger'))
  .min(FIRST_DATA_YEAR, validationMessage('yearMin', { year: FIRST_DATA_YEAR }))
  .max(LAST_DATA_YEAR, validationMessage('yearMax', { year: LAST_DATA_YEAR }));

/**
 * A catalogue slug as a lookup key: any short text, so an unknown one is answered NOT_FOUND
 * with its name rather than a pattern error.
 */
export const indicatorKeySchema = safeText().trim().min(1).max(60);

export const indicatorsByYearInputSchema = z.object({
  indicator: indicatorKeySchema,
  year: dataYearSchema,
});

export const cityTrendInputSchema = z.object({ indicator: indicatorKeySchema });

/** `datasets.versions`: every saved version of an indicator, or of one of its years. */
export const datasetVersionsInputSchema = z.object({
  indicator: indicatorKeySchema,
  year: dataYearSchema.optional(),
});

/** `datasets.activate`: the version the map shows for its indicator-year from now on. */
export const datasetActivateInputSchema = z.object({ versionId: recordIdSchema });

export const cityTrendPointSchema = z.object({
  year: z.number().int(),
  value: z.number(),
  count: z.number().nullable(),
  source: z.string(),
  method: z.string().nullable(),
  approximate: z.boolean(),
  isSample: z.literal(false),
});
export type CityTrendPoint = z.infer<typeof cityTrendPointSchema>;
