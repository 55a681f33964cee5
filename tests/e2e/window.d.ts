/** The automation hook the client exposes (client/src/map/MapView.tsx). */
interface Window {
  __peta?: { map: { project(lonLat: [number, number]): { x: number; y: number } } };
}
