import type { Map as MaplibreMap } from 'maplibre-gl';
import { SOURCES } from './base-style.ts';

/**
 * Keeps at most one kelurahan flagged with a boolean feature-state `key` (hover, selected):
 * the returned function moves the flag to `code`, or clears it with `null`.
 */
export function createFeatureStateFlag(
  map: MaplibreMap,
  key: string,
): (code: string | null) => void {
  let current: string | null = null;
  const set = (code: string, value: boolean) => {
    map.setFeatureState({ source: SOURCES.kelurahan, id: code }, { [key]: value });
  };
  return (code) => {
    if (code === current) return;
    if (current !== null) set(current, false);
    if (code !== null) set(code, true);
    current = code;
  };
}
