/** The automation hook the client exposes (client/src/map/test-hooks.ts). */
interface Window {
  __peta?: {
    map: {
      project(lonLat: [number, number]): { x: number; y: number };
      getCenter(): { lng: number; lat: number };
      getZoom(): number;
      isMoving(): boolean;
      getPaintProperty(layer: string, property: string): unknown;
    };
  };
}
