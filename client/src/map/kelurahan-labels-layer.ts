import { TextLayer } from '@deck.gl/layers';
import type { KelurahanInfo } from './load-boundaries.ts';
import type { MapColors } from './map-colors.ts';

/**
 * Label font: a stack available offline everywhere (deck.gl rasterises it into its own atlas),
 * in CSS pixels. Also used to measure labels for collision.
 */
export const LABEL_FONT = {
  family: 'system-ui, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  weight: 600,
  size: 13,
} as const;

/** Kelurahan names at their label points, in the theme's text colour on a contrasting halo. */
export function createKelurahanLabelsLayer(
  kelurahan: readonly KelurahanInfo[],
  colors: Pick<MapColors, 'labelText' | 'labelHalo'>,
  scale = 1,
) {
  return new TextLayer<KelurahanInfo>({
    id: 'kelurahan-labels',
    data: kelurahan,
    getPosition: (d) => d.label,
    getText: (d) => d.name,
    characterSet: 'auto',
    fontFamily: LABEL_FONT.family,
    fontWeight: LABEL_FONT.weight,
    fontSettings: { sdf: true, fontSize: 64, buffer: 8, radius: 16 },
    getSize: LABEL_FONT.size * scale,
    getColor: [...colors.labelText],
    outlineWidth: 3,
    outlineColor: [...colors.labelHalo],
    updateTriggers: { getColor: colors.labelText },
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
  });
}
