import { formatCityDate } from '@peta/shared';

/** Lower-case ASCII words joined by hyphens: "Titik banjir (status terkini)" → "titik-banjir-status-terkini". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What a map image shows, for its file name. */
export interface MapImageName {
  /** Names of the visible layers, topmost first; none: the plain kelurahan map. */
  readonly layerNames: readonly string[];
  readonly year: number;
  /** Pixels per CSS pixel: 1 for the screen, 2 for print (named `@2x`). */
  readonly scale: number;
  readonly date: Date;
}

/** Layers named in a file name at most; more would make it unreadable. */
const MAX_NAMED_LAYERS = 2;

/**
 * `peta-kemiskinan-2025_2026-11-22.png`, `peta-kemiskinan-titik-banjir-2025_2026-11-22@2x.png`,
 * or `peta-kelurahan_2026-11-22.png` without a thematic layer.
 */
export function mapImageFileName({ layerNames, year, scale, date }: MapImageName): string {
  const named = layerNames.slice(0, MAX_NAMED_LAYERS).map(slugify).filter(Boolean);
  const subject = named.length > 0 ? `${named.join('-')}-${year}` : 'kelurahan';
  const suffix = scale === 1 ? '' : `@${scale}x`;
  return `peta-${subject}_${formatCityDate(date)}${suffix}.png`;
}

/** The `filename` of a `Content-Disposition` header (plain or RFC 5987 `filename*`), or null. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return safeFileName(decodeURIComponent(extended[1].trim()));
    } catch {
      // A malformed escape: fall back to the plain parameter.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(header);
  const name = plain?.[1] ?? plain?.[2]?.trim();
  return name ? safeFileName(name) : null;
}

/** The name without any folder part a server might send. */
function safeFileName(name: string): string | null {
  const base = name.split(/[\\/]/).pop()?.trim();
  return base ? base : null;
}

/** `name` with the date stamp before its extension, unless it already carries a date. */
export function withDateStamp(name: string, date: Date): string {
  if (/\d{4}-\d{2}-\d{2}/.test(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  return `${stem}_${formatCityDate(date)}${extension}`;
}
