import type { Map as MaplibreMap } from 'maplibre-gl';
import { useTranslation } from 'react-i18next';
import { CITY_PADDING } from './create-map.ts';
import type { Bbox } from './load-boundaries.ts';

/** Props of {@link MapControls}. */
export interface MapControlsProps {
  map: MaplibreMap;
  /** The city's bbox, for "show the whole city". */
  bbox: Bbox;
}

/** Zoom in, zoom out and "show the whole city" buttons, labelled in the UI language. */
export function MapControls({ map, bbox }: MapControlsProps) {
  const { t } = useTranslation();
  const buttons = [
    { label: t('map.zoomIn'), icon: 'M12 5v14M5 12h14', act: () => map.zoomIn() },
    { label: t('map.zoomOut'), icon: 'M5 12h14', act: () => map.zoomOut() },
    {
      label: t('map.fitCity'),
      icon: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5',
      act: () => map.fitBounds(bbox, { padding: CITY_PADDING }),
    },
  ];
  return (
    <div className="map-controls" role="group" aria-label={t('map.controls')}>
      {buttons.map(({ label, icon, act }) => (
        <button key={icon} type="button" aria-label={label} title={label} onClick={act}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d={icon} />
          </svg>
        </button>
      ))}
    </div>
  );
}
