import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';

/** Equator length in metres, as deck.gl and MapLibre use it for Web Mercator. */
const EARTH_CIRCUMFERENCE = 40_075_016.686;

/** Ground metres per CSS pixel at a zoom (512-pixel world at zoom 0) and latitude. */
export function metresPerPixel(zoom: number, latitude: number): number {
  return (EARTH_CIRCUMFERENCE * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** Metres per pixel at the map's centre, updated after each zoom. */
export function useMetresPerPixel(map: MaplibreMap): number {
  const [value, setValue] = useState(() => metresPerPixel(map.getZoom(), map.getCenter().lat));
  useEffect(() => {
    const update = () => {
      setValue(metresPerPixel(map.getZoom(), map.getCenter().lat));
    };
    map.on('zoomend', update);
    return () => {
      map.off('zoomend', update);
    };
  }, [map]);
  return value;
}
