import { KECAMATAN } from '@peta/shared';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { layersTopFirst } from '../layers/layers-top-first.ts';
import type { LayerState } from '../layers/thematic-layer.ts';
import { useMetresPerPixel } from '../layers/use-metres-per-pixel.ts';
import { Legend } from './Legend.tsx';

/** Screens where the side panel moves under the map (styles.css). */
const NARROW_SCREEN = '(max-width: 720px)';

/** Props of {@link LegendStack}. */
export interface LegendStackProps {
  map: MaplibreMap;
  /** Visible layers in store order; their legends are listed topmost first. */
  states: readonly LayerState[];
  kecamatanFilter: string | null;
}

/**
 * The legends of the visible layers in a box over the map, topmost layer first, with the
 * kecamatan filter note. Its title button folds it away when it hides too much of the map
 * (folded at first on narrow screens).
 */
export function LegendStack({ map, states, kecamatanFilter }: LegendStackProps) {
  const { t } = useTranslation();
  const bodyId = useId();
  // On a phone the legend would hide half the map: it starts folded there.
  const [open, setOpen] = useState(() => !window.matchMedia(NARROW_SCREEN).matches);
  const metresPerPixel = useMetresPerPixel(map);
  if (states.length === 0) return null;
  const kecamatan = KECAMATAN.find((k) => k.code === kecamatanFilter);
  return (
    <section className="legend-stack" aria-label={t('layers.legend.label')}>
      <button
        type="button"
        className="legend-stack-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => {
          setOpen(!open);
        }}
      >
        {t('layers.legend.label')}
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d={open ? 'M6 15l6-6 6 6' : 'M6 9l6 6 6-6'} />
        </svg>
      </button>
      <div id={bodyId} className="legend-stack-body" hidden={!open}>
        {layersTopFirst(states).map((state) => (
          <Legend key={state.id} state={state} metresPerPixel={metresPerPixel} />
        ))}
        {kecamatan && (
          <p className="legend-note">{t('layers.legend.dimmed', { name: kecamatan.name })}</p>
        )}
      </div>
    </section>
  );
}
