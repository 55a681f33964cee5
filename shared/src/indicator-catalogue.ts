import { z } from 'zod';
import { CLASSIFICATION_METHODS, MAX_CLASSES, MIN_CLASSES } from './classification.ts';
import { PALETTE_IDS } from './color-scale.ts';
import { validationMessage } from './messages/validation-message.ts';
import { opdNameSchema } from './opd.ts';
import { safeText } from './safe-text.ts';

/**
 * How an indicator's value is read: a percentage, a count of people/houses, a rate (per 1,000 …)
 * or rupiah. Decides formatting and which aggregations make sense.
 */
export const NUMBER_KINDS = ['percent', 'count', 'rate', 'currency'] as const;
export type NumberKind = (typeof NUMBER_KINDS)[number];

/** Whether a higher value is worse (poverty) or better (coverage); the index follows it. */
export const POLARITIES = ['higher-worse', 'higher-better'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** Unit of an indicator's optional second number (`count`), as a key the client translates. */
export const COUNT_UNITS = ['jiwa', 'balita', 'unit', 'kk'] as const;
export type CountUnit = (typeof COUNT_UNITS)[number];

/** Layer slugs that are not indicators; an indicator may not take one (nor `flood`, an index part). */
export const RESERVED_LAYER_SLUGS = [
  'flood-spots',
  'csr-projects',
  'program-sites',
  'priority-index',
  'flood',
] as const;

/** The slugs seeded with the app; they keep their slugs and URLs and cannot be retired. */
export const BUILT_IN_INDICATORS = ['poverty', 'stunting', 'rtlh'] as const;
export type BuiltInIndicator = (typeof BUILT_IN_INDICATORS)[number];

/** Slug of a catalogue indicator: also its layer id, its URL key and its index weight key. */
export const indicatorSlugSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, 'Slug: 2–40 huruf kecil, angka atau tanda hubung, diawali huruf')
  .refine(
    (slug) => !(RESERVED_LAYER_SLUGS as readonly string[]).includes(slug),
    'Slug ini dipakai lapisan lain',
  );
export type IndicatorSlug = z.infer<typeof indicatorSlugSchema>;

/** How a choropleth is classified until the user changes it. */
export const classificationDefaultsSchema = z
  .object({
    method: z.enum(CLASSIFICATION_METHODS),
    classes: z.number().int().min(MIN_CLASSES).max(MAX_CLASSES),
    palette: z.enum(PALETTE_IDS),
    /** Inner thresholds, ascending; required for (and only used by) `method: 'fixed'`. */
    fixedBreaks: z
      .array(z.number())
      .min(1)
      .max(MAX_CLASSES - 1)
      .optional(),
  })
  .refine((c) => c.method !== 'fixed' || c.fixedBreaks !== undefined, {
    message: 'Klasifikasi tetap memerlukan batas kelas',
    path: ['fixedBreaks'],
  })
  .refine(
    (c) =>
      c.fixedBreaks === undefined ||
      c.fixedBreaks.every((b, i, a) => i === 0 || b > (a[i - 1] ?? -Infinity)),
    { message: 'Batas kelas harus naik', path: ['fixedBreaks'] },
  )
  .superRefine((c, ctx) => {
    // n inner breaks make n + 1 classes.
    const breaks = c.method === 'fixed' ? c.fixedBreaks : undefined;
    if (breaks === undefined || c.classes === breaks.length + 1) return;
    ctx.addIssue({
      code: 'custom',
      path: ['classes'],
      message: validationMessage('fixedBreaksClasses', {
        breaks: breaks.length,
        classes: breaks.length + 1,
      }),
    });
  });
export type ClassificationDefaults = z.infer<typeof classificationDefaultsSchema>;

const shortText = (max: number) => safeText().trim().min(1).max(max);
const longText = (max: number) => safeText().trim().max(max);

/**
 * What an admin writes for one indicator: the Satu Data Indonesia metadata (Perpres 39/2019,
 * DATA-IMPORT.md) plus the map defaults.
 */
export const indicatorMetadataSchema = z.object({
  nameId: shortText(120),
  nameEn: shortText(120),
  /** Concept and definition (konsep/definisi), Indonesian and English. */
  definitionId: longText(2000),
  definitionEn: longText(2000),
  /** Unit as shown after the value: `%`, `unit`, `jiwa`, `per 1.000 KH`, `Rp`. */
  unit: shortText(40),
  numberKind: z.enum(NUMBER_KINDS),
  polarity: z.enum(POLARITIES),
  /** Produsen data: the OPD (short name, as in OPDS) that produces and may import it. */
  producerOpd: opdNameSchema,
  /** Walidata: the body that checks and publishes it (Bappeda). */
  walidata: shortText(120),
  /** SIPD/Bappenas or other reference code, where one exists. */
  referenceCode: safeText().trim().max(60).nullable(),
  /** Periodicity (periodisitas), e.g. `tahunan`. */
  periodicity: shortText(40),
  /** Unit of the optional second number (count) a value may carry; null when none. */
  countUnit: z.enum(COUNT_UNITS).nullable(),
  classification: classificationDefaultsSchema,
});
export type IndicatorMetadata = z.infer<typeof indicatorMetadataSchema>;

/** One active indicator-year: which dataset version the map shows. */
export interface IndicatorYearStatus {
  readonly year: number;
  readonly versionId: number;
  /** Version number within this indicator-year (1, 2, …). */
  readonly versionNumber: number;
  readonly isSample: boolean;
}

/** One catalogue entry as the API returns it. */
export interface IndicatorEntry extends IndicatorMetadata {
  readonly slug: string;
  readonly builtIn: boolean;
  /** Order in the layer panel. */
  readonly position: number;
  /** ISO time it was retired (hidden from the map, data kept); null while in use. */
  readonly retiredAt: string | null;
  /** Optimistic-lock version of the entry's metadata. */
  readonly version: number;
  /** The years that have an active dataset version, ascending. */
  readonly years: readonly IndicatorYearStatus[];
}

export const indicatorCreateInputSchema = indicatorMetadataSchema.extend({
  slug: indicatorSlugSchema,
});
export const indicatorUpdateInputSchema = indicatorMetadataSchema.extend({
  slug: z.string(),
  version: z.number().int().min(1),
});
export const indicatorRetireInputSchema = z.object({
  slug: z.string(),
  version: z.number().int().min(1),
  /** false re-instates a retired entry. */
  retired: z.boolean(),
});
export const catalogueInputSchema = z
  .object({ includeRetired: z.boolean().default(false) })
  .default({ includeRetired: false });

/** Earliest year a dataset may be for; later than the current year (WIB) is impossible too. */
export const FIRST_DATA_YEAR = 2000;

/** Where the numbers of one indicator-year come from (the active version's metadata). */
export interface DatasetProvenance {
  readonly versionId: number;
  readonly versionNumber: number;
  readonly isSample: boolean;
  /** Publication or system, e.g. "BPS Kota Malang, Kecamatan Klojen Dalam Angka 2025". */
  readonly source: string;
  /** Data date or period as written by the importer, e.g. "2024-12-31" or "Desember 2024". */
  readonly dataDate: string;
  /** Produsen data (OPD short name). */
  readonly producer: string;
  /** ISO time the version was saved. */
  readonly importedAt: string;
  readonly importedBy: string | null;
  readonly fileName: string | null;
}

/** One kelurahan's value in an indicator-year; `count` is the optional second number. */
export interface IndicatorYearValue {
  readonly kelurahanCode: string;
  readonly value: number;
  readonly count: number | null;
}

/**
 * `indicators.byYear`: the active version of one indicator-year. `provenance` is null (and
 * `values` empty) when the year has no data; kelurahan absent from `values` have no data
 * ("tidak ada data") — never a sample value mixed in.
 */
export interface IndicatorYearData {
  readonly indicator: string;
  readonly year: number;
  readonly provenance: DatasetProvenance | null;
  readonly values: readonly IndicatorYearValue[];
}

/** One saved dataset version, for the version list at /data. */
export interface DatasetVersionSummary extends DatasetProvenance {
  readonly indicator: string;
  readonly year: number;
  readonly active: boolean;
  readonly note: string;
  readonly fileSha256: string | null;
  readonly rowsRead: number;
  readonly rowsUsed: number;
  readonly rowsExcluded: number;
  /** Rows left out at save, with why (file row number and reason). */
  readonly exclusions: readonly { readonly row: number; readonly reason: string }[];
}
