import { encodeViewState, VIEW_STATE_VERSION, type ViewState } from '@peta/shared';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { usePetaStore, type PetaState } from './store.ts';

type Camera = Pick<ViewState, 'center' | 'zoom'>;

/** The shareable view of the current state and camera. */
export function currentViewState(state: PetaState, camera: Camera): ViewState {
  return {
    v: VIEW_STATE_VERSION,
    ...camera,
    layers: state.layers,
    classification: state.classification,
    year: state.year,
    selected: state.selectedKelurahan,
    kecamatan: state.kecamatanFilter,
    weights: state.weights,
  };
}

function cameraOf(map: MaplibreMap): Camera {
  const { lng, lat } = map.getCenter();
  return { center: [lng, lat], zoom: map.getZoom() };
}

/**
 * Keeps the address bar equal to the view (position, layers, classification, year, selection,
 * filter, weights) with `replaceState`, so copying the URL shares exactly what is on screen.
 * Returns the function that stops it.
 */
export function startUrlSync(map: MaplibreMap): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    clearTimeout(timer);
    // Coalesce bursts (dragging a slider, a fly-to) into one history entry update.
    timer = setTimeout(() => {
      const search = encodeViewState(currentViewState(usePetaStore.getState(), cameraOf(map)));
      if (search !== window.location.search) {
        window.history.replaceState(window.history.state, '', `${search}${window.location.hash}`);
      }
    }, 200);
  };
  const unsubscribe = usePetaStore.subscribe((state, previous) => {
    if (
      state.layers !== previous.layers ||
      state.classification !== previous.classification ||
      state.year !== previous.year ||
      state.selectedKelurahan !== previous.selectedKelurahan ||
      state.kecamatanFilter !== previous.kecamatanFilter ||
      state.weights !== previous.weights
    ) {
      write();
    }
  });
  map.on('moveend', write);
  write();
  return () => {
    clearTimeout(timer);
    unsubscribe();
    map.off('moveend', write);
  };
}
