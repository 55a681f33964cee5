import type { LayerId } from '@peta/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { MapView } from '../map/MapView.tsx';
import { useBoundaries } from '../map/use-boundaries.ts';
import { useThematic, useThematicActions } from '../state/store.ts';
import { layersToToggle } from './layer-toggles.ts';
import { useViewportZoom } from './use-viewport-zoom.ts';

/**
 * Device pixels the display's map may fill: a 1080p screen at 1.5×. A 4K wall draws below its
 * native resolution (invisible from across a room) and stays smooth.
 */
export const DISPLAY_MAX_DEVICE_PIXELS = 1920 * 1080 * 1.5;

/** While the boundaries cannot be loaded, try again this often. */
const BOUNDARIES_RETRY_MS = 15_000;

/**
 * The thematic map of the display, showing `layer` alone with its legend. It stays mounted (and
 * hidden) while other views are on screen, so coming back to a map costs nothing.
 */
export function DisplayMap({ layer }: { layer: LayerId | null }) {
  const { t } = useTranslation();
  const boundaries = useBoundaries();
  const { layers } = useThematic();
  const { toggleLayer } = useThematicActions();
  // Names grow with the screen like the rest of the display, a little more for the distance.
  const labelScale = useViewportZoom() * 1.2;

  useEffect(() => {
    if (layer === null) return;
    for (const id of layersToToggle(
      layers.map((l) => l.id),
      [layer],
    )) {
      toggleLayer(id);
    }
  }, [layer, layers, toggleLayer]);

  const { isError, refetch } = boundaries;
  useEffect(() => {
    if (!isError) return;
    const timer = setInterval(() => {
      void refetch();
    }, BOUNDARIES_RETRY_MS);
    return () => {
      clearInterval(timer);
    };
  }, [isError, refetch]);

  const hidden = layer === null;
  return (
    <div
      className={hidden ? 'display-map display-map-hidden' : 'display-map'}
      data-testid="display-map"
      data-layer={layer ?? undefined}
      aria-hidden={hidden}
      inert={hidden}
    >
      {boundaries.data ? (
        <ErrorBoundary fallback={<p className="display-quiet">{t('map.webglError')}</p>}>
          <MapView
            boundaries={boundaries.data}
            syncUrl={false}
            maxDevicePixels={DISPLAY_MAX_DEVICE_PIXELS}
            labelScale={labelScale}
          />
        </ErrorBoundary>
      ) : (
        <p className="display-quiet" role="status">
          {t('display.dataLoading')}
        </p>
      )}
    </div>
  );
}
