import { TextLayer } from '@deck.gl/layers';
import type { KelurahanInfo } from './load-boundaries.ts';

/**
 * Label font: a stack available offline everywhere (deck.gl rasterises it into its own atlas),
 * in CSS pixels. Also used to measure labels for collision.
 */
export const LABEL_FONT = {
  family: 'system-ui, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  weight: 600,
  size: 13,
} as const;

/** Kelurahan names at their label points, dark on a white halo. */
export function createKelurahanLabelsLayer(kelurahan: readonly KelurahanInfo[]) {
  return new TextLayer<KelurahanInfo>({
    id: 'kelurahan-labels',
    data: kelurahan,
    getPosition: (d) => d.label,
    getText: (d) => d.name,
    characterSet: 'auto',
    fontFamily: LABEL_FONT.family,
    fontWeight: LABEL_FONT.weight,
    fontSettings: { sdf: true, fontSize: 64, buffer: 8, radius: 16 },
    getSize: LABEL_FONT.size,
    getColor: [31, 41, 51, 255],
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 235],
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
  });
}
