import type { Map as MaplibreMap } from 'maplibre-gl';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { MapMessage } from '../components/MapMessage.tsx';
import { useView } from '../state/store.ts';
import { KelurahanTooltip } from './KelurahanTooltip.tsx';
import { MapControls } from './MapControls.tsx';
import type { LayerState } from '../layers/thematic-layer.ts';
import type { KelurahanLabels } from './labels-overlay.ts';
import type { Boundaries } from './load-boundaries.ts';
import { DEFAULT_MAX_DEVICE_PIXELS } from './pixel-ratio.ts';
import { useBoundaryMap } from './use-boundary-map.ts';
import { useKelurahanHover } from './use-kelurahan-hover.ts';
import { useKelurahanSelection } from './use-kelurahan-selection.ts';
import { useMapTheme } from './use-map-theme.ts';

// Thematic layers, legends and their tooltips come with deck.gl, after the base map.
const ThematicLayers = lazy(async () => ({
  default: (await import('../layers/ThematicLayers.tsx')).ThematicLayers,
}));

/** Props of {@link MapView}. */
export interface MapViewProps {
  /** The boundaries to draw; a new value makes a new map. */
  boundaries: Boundaries;
  /** Keep the address bar equal to the view; off in the meeting and display modes. */
  syncUrl?: boolean;
  /** The most device pixels the map canvases may fill (pixel-ratio.ts). */
  maxDevicePixels?: number;
  /** Size of the kelurahan names relative to normal (larger on wall displays). */
  labelScale?: number;
  /**
   * Told the map once its style has loaded and its labels overlay once deck.gl is there (null
   * before and after), for pages that move the camera or take a picture of the map.
   */
  onMap?: (map: MaplibreMap | null, labels: KelurahanLabels | null) => void;
  /** Told the visible thematic layers' states (with their legend scales) as they change. */
  onLayers?: (states: readonly LayerState[]) => void;
}

/**
 * The kelurahan map: MapLibre with the offline base style, deck.gl names, hover tooltip,
 * click selection, zoom controls and the thematic layers with their legends. The container carries the e2e hooks `data-testid="map"`
 * and `data-map-ready`.
 */
export function MapView({
  boundaries,
  syncUrl = true,
  maxDevicePixels = DEFAULT_MAX_DEVICE_PIXELS,
  labelScale = 1,
  onMap,
  onLayers,
}: MapViewProps) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const { map, labels } = useBoundaryMap(containerRef, boundaries, { syncUrl, maxDevicePixels });
  const { mapReady } = useView();
  useKelurahanHover(map);
  useKelurahanSelection(map, labels, boundaries);
  useMapTheme(map, labels);

  const tooltip = <KelurahanTooltip kelurahanByCode={boundaries.kelurahanByCode} />;

  useEffect(() => {
    labels?.setScale(labelScale);
  }, [labels, labelScale]);

  useEffect(() => {
    onMap?.(map, labels);
  }, [onMap, map, labels]);

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
      {/* Until the layers load (or if they fail), the plain kelurahan tooltip. */}
      <ErrorBoundary fallback={tooltip}>
        <Suspense fallback={tooltip}>
          <ThematicLayers map={map} overlay={labels} boundaries={boundaries} onLayers={onLayers} />
        </Suspense>
      </ErrorBoundary>
      {!mapReady && <MapMessage busy>{t('map.loading')}</MapMessage>}
    </div>
  );
}
