/// <reference types="vite/client" />
// The benchmark's baseline: the same polygons and poverty colours drawn with MapLibre and
// deck.gl alone — no React, no app shell — with the kelurahan names as deck.gl text, as the
// app's fully drawn map has them. Marks `bare:ready` when both have drawn.
import { GeoJsonLayer, TextLayer } from '@deck.gl/layers';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

maplibregl.setWorkerUrl(workerUrl);

interface Row {
  kelurahanCode: string;
  value: number;
}

const [topology, poverty] = await Promise.all([
  fetch('/geodata/kelurahan.topo.json').then((r) => r.json() as Promise<Topology>),
  fetch(
    '/trpc/indicators.byYear?input=' + encodeURIComponent('{"indicator":"poverty","year":2025}'),
  )
    .then((r) => r.json() as Promise<{ result: { data: Row[] } }>)
    .then((body) => new Map(body.result.data.map((row) => [row.kelurahanCode, row.value]))),
]);
const object = topology.objects.kelurahan;
if (!object) throw new Error('no kelurahan object');
type KelurahanCollection = FeatureCollection<
  MultiPolygon,
  { code: string; name: string; label: [number, number] }
>;
type Kelurahan = KelurahanCollection['features'][number];
const kelurahan = feature(topology, object) as unknown as KelurahanCollection;
const values = [...poverty.values()].sort((a, b) => a - b);
const colors: [number, number, number][] = [
  [255, 255, 178],
  [254, 204, 92],
  [253, 141, 60],
  [240, 59, 32],
  [189, 0, 38],
];
const colorOf = (v: number) =>
  colors[Math.min(4, Math.floor((values.indexOf(v) / values.length) * 5))] ?? colors[0];

const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    sources: { kelurahan: { type: 'geojson', data: kelurahan } },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#e5e7eb' } },
      { id: 'line', type: 'line', source: 'kelurahan', paint: { 'line-color': '#334155' } },
    ],
  },
  bounds: [112.568947, -8.051575, 112.693771, -7.910847],
  fitBoundsOptions: { padding: 24 },
});
let drawn = false;
const overlay = new MapboxOverlay({
  interleaved: false,
  layers: [
    new GeoJsonLayer<Kelurahan['properties']>({
      id: 'poverty',
      data: kelurahan,
      getFillColor: (f) => [...(colorOf(poverty.get(f.properties.code) ?? 0) ?? [0, 0, 0]), 190],
      stroked: false,
    }),
    new TextLayer<Kelurahan>({
      id: 'labels',
      data: kelurahan.features,
      getPosition: (f) => f.properties.label,
      getText: (f) => f.properties.name,
      getSize: 12,
      fontFamily: 'sans-serif',
      fontWeight: 600,
      characterSet: 'auto',
      outlineWidth: 2,
      outlineColor: [255, 255, 255, 230],
      fontSettings: { sdf: true },
    }),
  ],
  onAfterRender: () => {
    drawn = true;
  },
});
map.addControl(overlay);
map.once('idle', () => {
  const check = () => {
    if (drawn) performance.mark('bare:ready');
    else requestAnimationFrame(check);
  };
  check();
});
