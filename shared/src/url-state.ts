import { z } from 'zod';
import { CLASSIFICATION_METHODS, MAX_CLASSES, MIN_CLASSES } from './classification.ts';
import { PALETTE_IDS } from './color-scale.ts';
import { LAST_INDICATOR_YEAR, dataYearSchema } from './indicators.ts';
import { KECAMATAN, type KecamatanCode } from './kecamatan.ts';
import {
  defaultOpacityOf,
  isChoroplethLayerId,
  type ChoroplethLayerId,
  type LayerId,
} from './layer-catalogue.ts';
import {
  DEFAULT_PRIORITY_WEIGHTS,
  FLOOD_COMPONENT,
  defaultWeightOf,
  weightOf,
  type PriorityWeights,
} from './priority-index.ts';
import { kelurahanCodeSchema } from './schemas.ts';

/** Version of the URL format; bump it when a parameter changes meaning. */
export const VIEW_STATE_VERSION = 1;

const range = (what: string, min: number, max: number) =>
  z.number().min(min, `${what} paling kecil ${min}`).max(max, `${what} paling besar ${max}`);

/**
 * A layer slug, read by its form only: which indicators exist is known once the catalogue has
 * loaded, and the client then drops the slugs it does not know.
 */
const layerIdSchema = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'Lapisan tidak dikenal');
/** A priority-index component: an indicator slug or `flood`, read by its form only. */
const componentSchema = layerIdSchema;
/** Any year a dataset may be for: which years have data is known only from the catalogue. */
const viewYearSchema = dataYearSchema;
const methodSchema = z.enum(CLASSIFICATION_METHODS, 'Metode klasifikasi tidak dikenal');
const paletteSchema = z.enum(PALETTE_IDS, 'Palet tidak dikenal');
const classesSchema = z
  .number()
  .int('Jumlah kelas harus bilangan bulat')
  .min(MIN_CLASSES, `Jumlah kelas paling sedikit ${MIN_CLASSES}`)
  .max(MAX_CLASSES, `Jumlah kelas paling banyak ${MAX_CLASSES}`);
const shareSchema = range('Nilai', 0, 1);
const zoomSchema = range('Zoom', 0, 24);
const lonSchema = range('Bujur', -180, 180);
const latSchema = range('Lintang', -90, 90);
const bearingSchema = range('Arah', -180, 180);
const pitchSchema = range('Kemiringan', 0, 85);
const kecamatanSchema = z.enum(
  KECAMATAN.map((k) => k.code) as [KecamatanCode, ...KecamatanCode[]],
  'Kode kecamatan tidak dikenal',
);

const layerVisibilitySchema = z.object({ id: layerIdSchema, opacity: shareSchema }).readonly();

/**
 * How one choropleth is classified. `fixed` is read as written; a layer without domain breaks
 * falls back to its default method when drawn.
 */
const classificationSchema = z
  .object({ method: methodSchema, classes: classesSchema, palette: paletteSchema })
  .readonly();

const weightsSchema = z.record(componentSchema, shareSchema).readonly();

/** The shareable view: what a link reproduces. */
export const viewStateSchema = z
  .object({
    v: z.literal(VIEW_STATE_VERSION),
    /** [lon, lat], together with `zoom`; both absent: the client fits the city. */
    center: z.tuple([lonSchema, latSchema]).readonly().exactOptional(),
    zoom: zoomSchema.exactOptional(),
    /** Degrees; absent means 0. */
    bearing: bearingSchema.exactOptional(),
    /** Degrees; absent means 0. */
    pitch: pitchSchema.exactOptional(),
    /** The visible layers, in the order given, each with its opacity 0–1. */
    layers: z
      .array(layerVisibilitySchema)
      .readonly()
      .refine(
        (layers) => new Set(layers.map((l) => l.id)).size === layers.length,
        'Lapisan disebut dua kali',
      ),
    /**
     * Classification chosen by the user, by choropleth slug; a choropleth not listed uses its
     * layer's defaults (from the catalogue entry).
     */
    classification: z.record(layerIdSchema, classificationSchema).readonly(),
    /** Indicator year. */
    year: viewYearSchema,
    /** The selected kelurahan's code. */
    selected: kelurahanCodeSchema.nullable(),
    /** The kecamatan filter. */
    kecamatan: kecamatanSchema.nullable(),
    /** Priority-index weights by component slug, each 0–1; a component not listed has its default. */
    weights: weightsSchema,
  })
  .readonly();

export type ViewState = z.infer<typeof viewStateSchema>;
export type LayerVisibility = ViewState['layers'][number];
export type LayerClassification = z.infer<typeof classificationSchema>;

/** The layer a view without a link shows: the first built-in indicator. */
const DEFAULT_LAYER: LayerId = 'poverty';

/** The view without a link: no position (fit the city), the poverty layer, the latest year. */
export const DEFAULT_VIEW_STATE: ViewState = {
  v: VIEW_STATE_VERSION,
  layers: [{ id: DEFAULT_LAYER, opacity: defaultOpacityOf(DEFAULT_LAYER) }],
  classification: {},
  year: LAST_INDICATOR_YEAR,
  selected: null,
  kecamatan: null,
  weights: DEFAULT_PRIORITY_WEIGHTS,
};

/** What {@link decodeViewState} returns: a valid state and one message per part it dropped. */
export interface DecodedViewState {
  readonly state: ViewState;
  readonly errors: string[];
}

const PARAMS = ['v', 'map', 'layers', 'year', 'sel', 'kec', 'cls', 'w'] as const;
type Param = (typeof PARAMS)[number];

/**
 * The view as a URL search string, e.g.
 * `?v=1&map=13.2/-7.977/112.63&layers=poverty:60,flood-spots&year=2024&sel=3573021001&cls=poverty:jenks:5:YlOrRd`.
 *
 * - `map=zoom/lat/lon[/bearing[/pitch]]` (as maplibre's hash): coordinates rounded to 5 decimals,
 *   zoom to 2, bearing and pitch to 1, which are written only when not 0.
 * - `layers=id[:opacity%]`: opacity only when not the layer's default; `layers=` is "none".
 * - `cls=layer:method:classes:palette` for each classification the user chose.
 * - `w=component:percent` (every built-in component and every one given) only where a weight
 *   differs from its default ({@link defaultWeightOf}).
 * - `v`, `layers` and `year` are always written, so a link keeps its meaning when the defaults
 *   change. Layer, classification and weight keys are catalogue slugs, read by their form.
 */
export function encodeViewState(state: ViewState): string {
  const parts: [Param, string][] = [['v', String(VIEW_STATE_VERSION)]];
  if (state.center && state.zoom !== undefined) {
    const [lon, lat] = state.center;
    const bearing = round(state.bearing ?? 0, 1);
    const pitch = round(state.pitch ?? 0, 1);
    const camera = [round(state.zoom, 2), round(lat, 5), round(lon, 5)];
    if (bearing !== 0 || pitch !== 0) camera.push(bearing);
    if (pitch !== 0) camera.push(pitch);
    parts.push(['map', camera.join('/')]);
  }
  const layers = state.layers.map(({ id, opacity }) =>
    percent(opacity) === percent(defaultOpacityOf(id)) ? id : `${id}:${percent(opacity)}`,
  );
  parts.push(['layers', layers.join(',')], ['year', String(state.year)]);
  if (state.selected !== null) parts.push(['sel', state.selected]);
  if (state.kecamatan !== null) parts.push(['kec', state.kecamatan]);

  const chosen = Object.entries(state.classification).map(
    ([id, { method, classes, palette }]) => `${id}:${method}:${classes}:${palette}`,
  );
  if (chosen.length > 0) parts.push(['cls', chosen.join(',')]);

  const { weights } = state;
  const components = [
    ...new Set([...Object.keys(DEFAULT_PRIORITY_WEIGHTS), ...Object.keys(weights)]),
  ];
  if (components.some((c) => percent(weightOf(weights, c)) !== percent(defaultWeightOf(c)))) {
    parts.push(['w', components.map((c) => `${c}:${percent(weightOf(weights, c))}`).join(',')]);
  }
  // Only [a-z0-9.:,/-] and palette names occur, all legal in a query, so no percent-encoding.
  return `?${parts.map(([key, value]) => `${key}=${value}`).join('&')}`;
}

/**
 * Reads a URL search string (with or without `?`). Never throws: each invalid, unknown or
 * repeated part is dropped with one message in `errors` and the default is used in its place.
 * A missing `v` reads as version 1; another version is read as version 1 with a message.
 * `decodeViewState(encodeViewState(s)).state` deep-equals `s` for every valid state already
 * rounded as {@link encodeViewState} describes.
 */
export function decodeViewState(search: string): DecodedViewState {
  const errors: string[] = [];
  const raw = new Map<Param, string>();
  for (const [key, value] of new URLSearchParams(search)) {
    const param = PARAMS.find((p) => p === key);
    if (param === undefined) errors.push(`${key}: parameter tidak dikenal`);
    else if (raw.has(param)) errors.push(`${key}: disebut lebih dari sekali, yang pertama dipakai`);
    else raw.set(param, value);
  }
  const read = <T>(param: Param, decode: (value: string, fail: Fail) => T, fallback: T): T => {
    const value = raw.get(param);
    if (value === undefined) return fallback;
    return decode(value, (part, message) => {
      errors.push(`${param}=${part}: ${message}`);
    });
  };

  read('v', decodeVersion, null);
  const state: ViewState = {
    v: VIEW_STATE_VERSION,
    ...read('map', decodeCamera, {}),
    layers: read('layers', decodeLayers, DEFAULT_VIEW_STATE.layers),
    classification: read('cls', decodeClassification, DEFAULT_VIEW_STATE.classification),
    year: read('year', decodeYear, DEFAULT_VIEW_STATE.year),
    selected: read('sel', decodeSelected, null),
    kecamatan: read('kec', decodeKecamatan, null),
    weights: read('w', decodeWeights, DEFAULT_VIEW_STATE.weights),
  };
  return { state, errors };
}

/** Reports one bad part of a parameter's value. */
type Fail = (part: string, message: string) => void;

/** A plain decimal in a URL: no exponents, hex, spaces or empty strings, which Number() accepts. */
const decimalParam = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, 'Harus berupa angka, mis. 12.5')
  .transform(Number);
const yearParam = decimalParam.pipe(viewYearSchema);
const percentParam = decimalParam
  .pipe(range('Persentase', 0, 100))
  .transform((n) => Math.round(n) / 100);
const cameraParam = z.object({
  zoom: decimalParam.pipe(zoomSchema),
  lat: decimalParam.pipe(latSchema),
  lon: decimalParam.pipe(lonSchema),
  bearing: decimalParam.pipe(bearingSchema).optional(),
  pitch: decimalParam.pipe(pitchSchema).optional(),
});

function decodeVersion(value: string, fail: Fail): null {
  if (value !== String(VIEW_STATE_VERSION)) {
    fail(value, 'versi tautan tidak dikenal, dibaca sebagai versi 1');
  }
  return null;
}

type Camera = Pick<ViewState, 'center' | 'zoom' | 'bearing' | 'pitch'>;

function decodeCamera(value: string, fail: Fail): Camera {
  const parts = value.split('/');
  if (parts.length < 3 || parts.length > 5) {
    fail(value, 'harus zoom/lintang/bujur[/arah[/kemiringan]]');
    return {};
  }
  const [zoom, lat, lon, bearing, pitch] = parts;
  const parsed = check(cameraParam, { zoom, lat, lon, bearing, pitch }, fail, value);
  if (parsed === undefined) return {};
  const b = round(parsed.bearing ?? 0, 1);
  const p = round(parsed.pitch ?? 0, 1);
  return {
    center: [round(parsed.lon, 5), round(parsed.lat, 5)],
    zoom: round(parsed.zoom, 2),
    ...(b !== 0 && { bearing: b }),
    ...(p !== 0 && { pitch: p }),
  };
}

function decodeYear(value: string, fail: Fail): number {
  return check(yearParam, value, fail) ?? DEFAULT_VIEW_STATE.year;
}

function decodeSelected(value: string, fail: Fail): string | null {
  return value === '' ? null : (check(kelurahanCodeSchema, value, fail) ?? null);
}

function decodeKecamatan(value: string, fail: Fail): KecamatanCode | null {
  return value === '' ? null : (check(kecamatanSchema, value, fail) ?? null);
}

function decodeLayers(value: string, fail: Fail): ViewState['layers'] {
  const entries = value.split(',').filter((entry) => entry !== '');
  const layers: LayerVisibility[] = [];
  for (const entry of entries) {
    const [idPart = '', opacityPart = ''] = entry.split(':');
    const id = check(layerIdSchema, idPart, fail);
    if (id === undefined) continue;
    if (layers.some((l) => l.id === id)) {
      fail(entry, 'lapisan disebut dua kali');
      continue;
    }
    const opacity = opacityPart === '' ? undefined : check(percentParam, opacityPart, fail);
    layers.push({ id, opacity: opacity ?? defaultOpacityOf(id) });
  }
  // Entries given but none readable: show the default rather than an empty map.
  return entries.length > 0 && layers.length === 0 ? DEFAULT_VIEW_STATE.layers : layers;
}

function decodeClassification(value: string, fail: Fail): ViewState['classification'] {
  const result: Record<ChoroplethLayerId, LayerClassification> = {};
  for (const entry of value.split(',').filter((e) => e !== '')) {
    const [idPart = '', methodPart = '', classesPart = '', palettePart = ''] = entry.split(':');
    const id = check(layerIdSchema, idPart, fail);
    if (id === undefined) continue;
    if (!isChoroplethLayerId(id)) {
      fail(idPart, 'bukan lapisan koroplet');
      continue;
    }
    const method = check(methodSchema, methodPart, fail);
    const classes = check(decimalParam.pipe(classesSchema), classesPart, fail);
    const palette = check(paletteSchema, palettePart, fail);
    // A classification is kept whole or not at all: its defaults are the catalogue's.
    if (method !== undefined && classes !== undefined && palette !== undefined) {
      result[id] = { method, classes, palette };
    }
  }
  return result;
}

function decodeWeights(value: string, fail: Fail): PriorityWeights {
  const weights: Record<string, number> = { ...DEFAULT_VIEW_STATE.weights };
  for (const entry of value.split(',').filter((e) => e !== '')) {
    const [key = '', share = ''] = entry.split(':');
    const component = key === FLOOD_COMPONENT ? key : check(componentSchema, key, fail);
    if (component === undefined) continue;
    weights[component] = check(percentParam, share, fail) ?? weightOf(weights, component);
  }
  return weights;
}

/** Parses with zod; on failure reports the issues against `part` and returns undefined. */
function check<T>(
  schema: z.ZodType<T>,
  input: unknown,
  fail: Fail,
  part = String(input),
): T | undefined {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  fail(part, result.error.issues.map((issue) => issue.message).join('; '));
  return undefined;
}

function percent(share: number): number {
  return Math.round(share * 100);
}

/** Rounds to `decimals`; never returns -0, which would not survive a round trip. */
function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor || 0;
}
