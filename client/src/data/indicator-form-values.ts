import {
  indicatorCreateInputSchema,
  type ClassificationMethod,
  type IndicatorEntry,
  type IndicatorMetadata,
  type PaletteId,
} from '@peta/shared';

/** What the catalogue form holds: every field as typed, strings for free text. */
export interface IndicatorFormValues {
  slug: string;
  nameId: string;
  nameEn: string;
  definitionId: string;
  definitionEn: string;
  unit: string;
  numberKind: IndicatorMetadata['numberKind'];
  polarity: IndicatorMetadata['polarity'];
  producerOpd: string;
  walidata: string;
  referenceCode: string;
  periodicity: string;
  /** '' for none. */
  countUnit: NonNullable<IndicatorMetadata['countUnit']> | '';
  method: ClassificationMethod;
  classes: string;
  palette: PaletteId;
  /** Inner thresholds for the fixed method, separated by spaces or semicolons. */
  fixedBreaks: string;
}

/** The form's fields, in form order; error messages are keyed by these. */
export const INDICATOR_FORM_FIELDS = [
  'slug',
  'nameId',
  'nameEn',
  'definitionId',
  'definitionEn',
  'unit',
  'numberKind',
  'polarity',
  'producerOpd',
  'walidata',
  'referenceCode',
  'periodicity',
  'countUnit',
  'method',
  'classes',
  'palette',
  'fixedBreaks',
] as const;
export type IndicatorFormField = (typeof INDICATOR_FORM_FIELDS)[number];

/** A new entry: percent, higher is worse, Bappeda as walidata, yearly, quantile in 5 classes. */
export const EMPTY_INDICATOR_FORM: IndicatorFormValues = {
  slug: '',
  nameId: '',
  nameEn: '',
  definitionId: '',
  definitionEn: '',
  unit: '%',
  numberKind: 'percent',
  polarity: 'higher-worse',
  producerOpd: '',
  walidata: 'Bappeda',
  referenceCode: '',
  periodicity: 'tahunan',
  countUnit: '',
  method: 'quantile',
  classes: '5',
  palette: 'YlOrRd',
  fixedBreaks: '',
};

/** The form filled with a saved entry, for editing. */
export function formValuesOf(entry: IndicatorEntry): IndicatorFormValues {
  return {
    slug: entry.slug,
    nameId: entry.nameId,
    nameEn: entry.nameEn,
    definitionId: entry.definitionId,
    definitionEn: entry.definitionEn,
    unit: entry.unit,
    numberKind: entry.numberKind,
    polarity: entry.polarity,
    producerOpd: entry.producerOpd,
    walidata: entry.walidata,
    referenceCode: entry.referenceCode ?? '',
    periodicity: entry.periodicity,
    countUnit: entry.countUnit ?? '',
    method: entry.classification.method,
    classes: String(entry.classification.classes),
    palette: entry.classification.palette,
    fixedBreaks: (entry.classification.fixedBreaks ?? []).join('; '),
  };
}

/** Reads "10; 20,5; 30" or "10 20.5 30" (decimal comma or point) into numbers; NaN stays NaN. */
export function parseBreaks(text: string): number[] {
  return text
    .split(/[;\s]+/)
    .filter((part) => part !== '')
    .map((part) => Number(part.replace(',', '.')));
}

/** The catalogue input (metadata and slug) for what was typed; not yet validated. */
export function toIndicatorInput(
  values: IndicatorFormValues,
): IndicatorMetadata & { slug: string } {
  const referenceCode = values.referenceCode.trim();
  const breaks = parseBreaks(values.fixedBreaks);
  return {
    slug: values.slug.trim(),
    nameId: values.nameId,
    nameEn: values.nameEn,
    definitionId: values.definitionId,
    definitionEn: values.definitionEn,
    unit: values.unit,
    numberKind: values.numberKind,
    polarity: values.polarity,
    producerOpd: values.producerOpd.trim(),
    walidata: values.walidata,
    referenceCode: referenceCode === '' ? null : referenceCode,
    periodicity: values.periodicity,
    countUnit: values.countUnit === '' ? null : values.countUnit,
    classification: {
      method: values.method,
      classes: Number(values.classes),
      palette: values.palette,
      ...(values.method === 'fixed' ? { fixedBreaks: breaks } : {}),
    },
  };
}

/** One problem the browser found before sending, for a field. */
export interface FormIssue {
  readonly field: IndicatorFormField;
  readonly code: string;
  readonly message: string;
  /** The limit of a too_small/too_big issue. */
  readonly limit: number | null;
}

/** Which form field a zod issue path points at (classification.* are fields of their own). */
function fieldOfPath(path: readonly PropertyKey[]): IndicatorFormField | null {
  const [first, second] = path;
  const key = first === 'classification' ? second : first;
  return INDICATOR_FORM_FIELDS.find((field) => field === key) ?? null;
}

/**
 * Checks the form with the shared schema the server uses too (`indicatorCreateInputSchema`);
 * on edit the slug is not checked (it cannot change). One issue per field, the first.
 */
export function validateIndicatorForm(
  values: IndicatorFormValues,
  mode: 'create' | 'edit',
): FormIssue[] {
  const result = indicatorCreateInputSchema.safeParse(
    mode === 'edit' ? { ...toIndicatorInput(values), slug: 'x-edit' } : toIndicatorInput(values),
  );
  if (result.success) return [];
  const issues: FormIssue[] = [];
  for (const issue of result.error.issues) {
    const field = fieldOfPath(issue.path);
    if (field === null || issues.some((i) => i.field === field)) continue;
    const limit =
      issue.code === 'too_small'
        ? Number(issue.minimum)
        : issue.code === 'too_big'
          ? Number(issue.maximum)
          : null;
    issues.push({ field, code: issue.code, message: issue.message, limit });
  }
  return issues;
}
