import { z } from 'zod';
import {
  CLASSIFICATION_METHODS,
  MAX_CLASSES,
  MIN_CLASSES,
  type ClassificationMethod,
} from './classification.ts';
import { PALETTE_IDS, type PaletteId } from './color-scale.ts';
import { LAST_INDICATOR_YEAR, indicatorYearSchema } from './indicators.ts';
import { KECAMATAN, type KecamatanCode } from './kecamatan.ts';
import {
  CHOROPLETH_LAYER_IDS,
  LAYER_IDS,
  LAYERS,
  type ChoroplethLayerId,
} from './layer-catalogue.ts';
import {
  DEFAULT_PRIORITY_WEIGHTS,
  PRIORITY_COMPONENTS,
  type PriorityWeights,
} from './priority-index.ts';
import { kelurahanCodeSchema } from './schemas.ts';

/** Version of the URL format; bump it when a parameter changes meaning. */
export const VIEW_STATE_VERSION = 1;

const range = (what: string, min: number, max: number) =>
  z.number().min(min, `${what} paling kecil ${min}`).max(max, `${what} paling besar ${max}`);

const layerIdSchema = z.enum(LAYER_IDS, 'Lapisan tidak dikenal');
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

/** How one choropleth is classified; `fixed` only where the layer has domain breaks. */
const classificationOf = (id: ChoroplethLayerId) =>
  z
    .object({ method: methodSchema, classes: classesSchema, palette: paletteSchema })
    .readonly()
    .refine(
      (c) => c.method !== 'fixed' || LAYERS[id].classification.fixedBreaks !== undefined,
      'Lapisan ini tidak punya batas kelas tetap',
    );

const weightsSchema = z
  .object({ poverty: shareSchema, stunting: shareSchema, rtlh: shareSchema, flood: shareSchema })
  .readonly();

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
    classification: z
      .object({
        poverty: classificationOf('poverty'),
        stunting: classificationOf('stunting'),
        rtlh: classificationOf('rtlh'),
        'priority-index': classificationOf('priority-index'),
      })
      .readonly(),
    /** Indicator year. */
    year: indicatorYearSchema,
    /** The selected kelurahan's code. */
    selected: kelurahanCodeSchema.nullable(),
    /** The kecamatan filter. */
    kecamatan: kecamatanSchema.nullable(),
    /** Priority-index weights, each 0–1. */
    weights: weightsSchema,
  })
  .readonly();

export type ViewState = z.infer<typeof viewStateSchema>;
export type LayerVisibility = ViewState['layers'][number];
export type LayerClassification = ViewState['classification'][ChoroplethLayerId];

/** The view without a link: no position (fit the city), the poverty layer, the latest year. */
export const DEFAULT_VIEW_STATE: ViewState = {
  v: VIEW_STATE_VERSION,
  layers: [{ id: 'poverty', opacity: LAYERS.poverty.defaultOpacity }],
  classification: {
    poverty: classificationDefaults('poverty'),
    stunting: classificationDefaults('stunting'),
    rtlh: classificationDefaults('rtlh'),
    'priority-index': classificationDefaults('priority-index'),
  },
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
 * - `cls=layer:method:classes:palette` and `w=component:percent` only where they differ from
 *   the defaults. `v`, `layers` and `year` are always written, so a link keeps its meaning when
 *   the defaults change.
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
    percent(opacity) === percent(LAYERS[id].defaultOpacity) ? id : `${id}:${percent(opacity)}`,
  );
  parts.push(['layers', layers.join(',')], ['year', String(state.year)]);
  if (state.selected !== null) parts.push(['sel', state.selected]);
  if (state.kecamatan !== null) parts.push(['kec', state.kecamatan]);

  const changed = CHOROPLETH_LAYER_IDS.flatMap((id) => {
    const { method, classes, palette } = state.classification[id];
    const defaults = classificationDefaults(id);
    const same =
      method === defaults.method && classes === defaults.classes && palette === defaults.palette;
    return same ? [] : [`${id}:${method}:${classes}:${palette}`];
  });
  if (changed.length > 0) parts.push(['cls', changed.join(',')]);

  const { weights } = state;
  if (
    PRIORITY_COMPONENTS.some((c) => percent(weights[c]) !== percent(DEFAULT_VIEW_STATE.weights[c]))
  ) {
    parts.push(['w', PRIORITY_COMPONENTS.map((c) => `${c}:${percent(weights[c])}`).join(',')]);
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
const yearParam = decimalParam.pipe(indicatorYearSchema);
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
    layers.push({ id, opacity: opacity ?? LAYERS[id].defaultOpacity });
  }
  // Entries given but none readable: show the default rather than an empty map.
  return entries.length > 0 && layers.length === 0 ? DEFAULT_VIEW_STATE.layers : layers;
}

function decodeClassification(value: string, fail: Fail): ViewState['classification'] {
  const result: Record<ChoroplethLayerId, LayerClassification> = {
    ...DEFAULT_VIEW_STATE.classification,
  };
  for (const entry of value.split(',').filter((e) => e !== '')) {
    const [idPart = '', methodPart = '', classesPart = '', palettePart = ''] = entry.split(':');
    const id = CHOROPLETH_LAYER_IDS.find((c) => c === idPart);
    if (id === undefined) {
      fail(idPart, 'bukan lapisan koroplet');
      continue;
    }
    const defaults = classificationDefaults(id);
    const field = <T>(part: string, schema: z.ZodType<T>, fallback: T): T =>
      part === '' ? fallback : (check(schema, part, fail) ?? fallback);
    const candidate = {
      method: field(methodPart, methodSchema, defaults.method),
      classes: field(classesPart, decimalParam.pipe(classesSchema), defaults.classes),
      palette: field(palettePart, paletteSchema, defaults.palette),
    };
    const valid = check(classificationOf(id), candidate, fail, entry);
    result[id] = valid ?? { ...candidate, method: defaults.method };
  }
  return result;
}

function decodeWeights(value: string, fail: Fail): PriorityWeights {
  const weights: Record<keyof PriorityWeights, number> = { ...DEFAULT_VIEW_STATE.weights };
  for (const entry of value.split(',').filter((e) => e !== '')) {
    const [key = '', share = ''] = entry.split(':');
    const component = PRIORITY_COMPONENTS.find((c) => c === key);
    if (component === undefined) {
      fail(key, 'komponen indeks tidak dikenal');
      continue;
    }
    weights[component] = check(percentParam, share, fail) ?? weights[component];
  }
  return weights;
}

function classificationDefaults(id: ChoroplethLayerId): {
  method: ClassificationMethod;
  classes: number;
  palette: PaletteId;
} {
  const { method, classes, palette } = LAYERS[id].classification;
  return { method, classes, palette };
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
