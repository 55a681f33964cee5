import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { useThemeStore, type Theme } from '../theme/theme-store.ts';
import { LAYERS, themedPaint } from './base-style.ts';
import type { KelurahanLabels } from './labels-overlay.ts';
import { MAP_COLORS } from './map-colors.ts';

type PaintProperty = Parameters<MaplibreMap['setPaintProperty']>[1];
type PaintValue = Parameters<MaplibreMap['setPaintProperty']>[2];

/** Recolours the base layers of a map made with `createBaseStyle` for this theme. */
export function applyMapTheme(map: MaplibreMap, theme: Theme): void {
  const paint = themedPaint(MAP_COLORS[theme]);
  const set = (id: string, property: PaintProperty, value: PaintValue) => {
    if (map.getLayer(id)) map.setPaintProperty(id, property, value);
  };
  set(LAYERS.background, 'background-color', paint.background['background-color']);
  set(LAYERS.kelurahanFill, 'fill-color', paint.kelurahanFill['fill-color']);
  set(LAYERS.kelurahanOutline, 'line-color', paint.kelurahanOutline['line-color']);
  set(LAYERS.kecamatanOutline, 'line-color', paint.kecamatanOutline['line-color']);
  set(LAYERS.cityOutline, 'line-color', paint.cityOutline['line-color']);
  set(LAYERS.kelurahanHighlight, 'line-color', paint.kelurahanHighlight['line-color']);
}

/** Keeps the base map (and its deck.gl names, when given) in the current UI theme. */
export function useMapTheme(map: MaplibreMap | null, labels?: KelurahanLabels | null): void {
  const theme = useThemeStore((s) => s.theme);
  useEffect(() => {
    if (map) applyMapTheme(map, theme);
  }, [map, theme]);
  useEffect(() => {
    labels?.setColors(MAP_COLORS[theme]);
  }, [labels, theme]);
}
