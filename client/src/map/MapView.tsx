import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MapMessage } from '../components/MapMessage.tsx';
import { useView } from '../state/store.ts';
import { KelurahanTooltip } from './KelurahanTooltip.tsx';
import { MapControls } from './MapControls.tsx';
import type { Boundaries } from './load-boundaries.ts';
import { useBoundaryMap } from './use-boundary-map.ts';
import { useKelurahanHover } from './use-kelurahan-hover.ts';
import { useKelurahanSelection } from './use-kelurahan-selection.ts';

/** Props of {@link MapView}. */
export interface MapViewProps {
  /** The boundaries to draw; a new value makes a new map. */
  boundaries: Boundaries;
}

/**
 * The kelurahan map: MapLibre with the offline base style, deck.gl names, hover tooltip,
 * click selection and zoom controls. The container carries the e2e hooks `data-testid="map"`
 * and `data-map-ready`.
 */
export function MapView({ boundaries }: MapViewProps) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const { map, labels } = useBoundaryMap(containerRef, boundaries);
  const { mapReady } = useView();
  useKelurahanHover(map);
  useKelurahanSelection(map, labels, boundaries);

  const label = t('map.label');
  useEffect(() => {
    map?.getCanvas().setAttribute('aria-label', label);
  }, [map, label]);

  return (
    <div className="map-view">
      <div
        ref={containerRef}
        className="map-container"
        data-testid="map"
        data-map-ready={String(mapReady)}
        aria-busy={!mapReady}
      />
      {map && <MapControls map={map} bbox={boundaries.bbox} />}
      <KelurahanTooltip kelurahanByCode={boundaries.kelurahanByCode} />
      {!mapReady && <MapMessage busy>{t('map.loading')}</MapMessage>}
    </div>
  );
}
