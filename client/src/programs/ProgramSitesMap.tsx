import type { ProgramSite } from '@peta/shared';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoundaries } from '../map/use-boundaries.ts';
import { useMapTheme } from '../map/use-map-theme.ts';
import { createSitesMap, updateSites } from './create-sites-map.ts';

/** Props of {@link ProgramSitesMap}. */
export interface ProgramSitesMapProps {
  sites: readonly ProgramSite[];
  /** The accessible name of the map picture. */
  label: string;
}

/**
 * The mini-map of a program page (loaded lazily with MapLibre): kelurahan outlines and the
 * program's sites. Follows live changes of the sites without being rebuilt.
 */
export function ProgramSitesMap({ sites, label }: ProgramSitesMapProps) {
  const { t } = useTranslation();
  const boundaries = useBoundaries().data;
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MaplibreMap | null>(null);
  const initialSites = useRef(sites);

  useEffect(() => {
    const element = container.current;
    if (!element || !boundaries) return;
    const created = createSitesMap(element, boundaries, initialSites.current);
    created.once('load', () => {
      setMap(created);
    });
    return () => {
      setMap(null);
      created.remove();
    };
  }, [boundaries]);

  useMapTheme(map);

  useEffect(() => {
    if (map && boundaries) updateSites(map, sites, boundaries);
  }, [map, sites, boundaries]);

  return (
    <div className="sites-map" role="img" aria-label={label} data-testid="program-sites-map">
      <div ref={container} className="sites-map-canvas" />
      {!map && <p className="sites-map-loading muted">{t('programs.locations.loading')}</p>}
    </div>
  );
}
