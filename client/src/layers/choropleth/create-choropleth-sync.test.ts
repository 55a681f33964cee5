import type { Map as MaplibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { ChoroplethMapLayer } from './create-choropleth-map-layer.ts';
import { createChoroplethSync } from './create-choropleth-sync.ts';

/** The calls a map receives, on a stand-in with just what the sync uses. */
function fakeMap() {
  const calls: string[] = [];
  const map = {
    getCanvasContainer: () => ({ isConnected: true }),
    addLayer: (layer: ChoroplethMapLayer, before: string) =>
      calls.push(`add ${layer.id} ${before}`),
    removeLayer: (id: string) => calls.push(`remove ${id}`),
    moveLayer: (id: string, before: string) => calls.push(`move ${id} ${before}`),
    setPaintProperty: (id: string, name: string, value: unknown) =>
      calls.push(`paint ${id} ${name} ${JSON.stringify(value)}`),
  };
  return { map: map as unknown as MaplibreMap, calls };
}

const fill = (id: string, color: string, opacity = 0.75): ChoroplethMapLayer => ({
  id,
  type: 'fill',
  source: 'kelurahan',
  paint: { 'fill-color': color, 'fill-opacity': opacity },
});

describe('createChoroplethSync', () => {
  it('adds, repaints only what changed, reorders and removes', () => {
    const { map, calls } = fakeMap();
    const sync = createChoroplethSync(map, 'outline');
    const poverty = fill('poverty', '#fff');
    sync([poverty]);
    expect(calls.splice(0)).toEqual(['add poverty outline', 'move poverty outline']);

    sync([{ ...poverty, paint: { ...poverty.paint, 'fill-opacity': 0.5 } }]);
    expect(calls.splice(0)).toEqual(['paint poverty fill-opacity 0.5']);

    const stunting = fill('stunting', '#000');
    sync([stunting, fill('poverty', '#fff', 0.5)]);
    expect(calls.splice(0)).toEqual([
      'add stunting outline',
      'move stunting outline',
      'move poverty outline',
    ]);

    sync([]);
    expect(calls.splice(0)).toEqual(['remove stunting', 'remove poverty']);
  });
});
