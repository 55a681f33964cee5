import { BOUNDARY_ATTRIBUTION, CATEGORY_COLORS, type ProgramSite } from '@peta/shared';
import type { FeatureCollection, Point } from 'geojson';
import * as maplibregl from 'maplibre-gl';
import { createBaseStyle } from '../map/base-style.ts';
// create-map.ts also points MapLibre at its worker and loads its CSS, which this map needs too.
import { CITY_PADDING } from '../map/create-map.ts';
import type { Bbox, Boundaries } from '../map/load-boundaries.ts';
import { useThemeStore } from '../theme/theme-store.ts';

const SITES_SOURCE = 'program-sites';

/** Program sites as GeoJSON points, coloured by status like the main map's layer. */
export function sitesToGeoJson(
  sites: readonly ProgramSite[],
): FeatureCollection<Point, { name: string; color: string }> {
  return {
    type: 'FeatureCollection',
    features: sites.map((site) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [site.lon, site.lat] },
      properties: { name: site.name, color: CATEGORY_COLORS.programStatus[site.status] },
    })),
  };
}

/** The box around the sites, grown so a single site is not drawn at street level. */
export function sitesBbox(sites: readonly ProgramSite[], city: Bbox): Bbox {
  if (sites.length === 0) return city;
  const lons = sites.map((s) => s.lon);
  const lats = sites.map((s) => s.lat);
  const margin = 0.01;
  return [
    Math.min(...lons) - margin,
    Math.min(...lats) - margin,
    Math.max(...lons) + margin,
    Math.max(...lats) + margin,
  ];
}

/**
 * A small, still map of the kelurahan (the offline base style) with the program's sites as
 * circles. Not interactive: it shows where; "Lihat di peta" opens the full map.
 */
export function createSitesMap(
  container: HTMLElement,
  boundaries: Boundaries,
  sites: readonly ProgramSite[],
): maplibregl.Map {
  const style = createBaseStyle(boundaries, useThemeStore.getState().theme);
  style.sources[SITES_SOURCE] = { type: 'geojson', data: sitesToGeoJson(sites) };
  style.layers.push({
    id: SITES_SOURCE,
    type: 'circle',
    source: SITES_SOURCE,
    paint: {
      'circle-radius': 7,
      'circle-color': ['get', 'color'],
      'circle-stroke-color': '#1f2933',
      'circle-stroke-width': 2,
    },
  });
  const map = new maplibregl.Map({
    container,
    style,
    bounds: sitesBbox(sites, boundaries.bbox),
    fitBoundsOptions: { padding: Math.min(CITY_PADDING.top, CITY_PADDING.left) },
    interactive: false,
    attributionControl: false,
  });
  map.addControl(
    new maplibregl.AttributionControl({ compact: false, customAttribution: BOUNDARY_ATTRIBUTION }),
    'bottom-right',
  );
  return map;
}

/** Shows `sites` on a map made by {@link createSitesMap} (after a live update). */
export function updateSites(
  map: maplibregl.Map,
  sites: readonly ProgramSite[],
  boundaries: Boundaries,
): void {
  const source = map.getSource(SITES_SOURCE);
  if (source instanceof maplibregl.GeoJSONSource) void source.setData(sitesToGeoJson(sites));
  map.fitBounds(sitesBbox(sites, boundaries.bbox), { padding: 24, animate: false });
}
