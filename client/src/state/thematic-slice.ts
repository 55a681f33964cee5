import {
  decodeViewState,
  defaultOpacityOf,
  type ChoroplethLayerId,
  type LayerClassification,
  type LayerId,
  type PriorityWeights,
  type ViewState,
} from '@peta/shared';
import type { StateCreator } from 'zustand';
import type { PetaState } from './store.ts';

/**
 * What the thematic map shows: visible layers with opacity, classification per choropleth (only
 * those the user chose; the others use their layer's defaults), indicator year, kecamatan
 * filter and priority-index weights (by component slug). Starts from the URL (the
 * shareable view), so a copied link reproduces it.
 */
export interface ThematicSlice {
  layers: ViewState['layers'];
  classification: ViewState['classification'];
  year: number;
  kecamatanFilter: ViewState['kecamatan'];
  weights: PriorityWeights;
  /** Shows a hidden layer (on top) or hides a visible one. */
  toggleLayer: (id: LayerId) => void;
  setLayerOpacity: (id: LayerId, opacity: number) => void;
  /** Sets a choropleth's classification (the whole of it: the defaults come from its layer). */
  setClassification: (id: ChoroplethLayerId, classification: LayerClassification) => void;
  setYear: (year: number) => void;
  setKecamatanFilter: (code: ViewState['kecamatan']) => void;
  setWeights: (weights: PriorityWeights) => void;
}

/** The view in the address bar when the app started; the errors are logged, not shown. */
export const initialViewState: ViewState = (() => {
  // Only the map page's address carries a view; other pages have their own parameters.
  const onMap = 'location' in globalThis && globalThis.location.pathname === '/';
  const { state, errors } = decodeViewState(onMap ? globalThis.location.search : '');
  if (errors.length > 0) console.warn('Ignored parts of the link:', errors);
  return state;
})();

export const createThematicSlice: StateCreator<PetaState, [], [], ThematicSlice> = (set) => ({
  layers: initialViewState.layers,
  classification: initialViewState.classification,
  year: initialViewState.year,
  kecamatanFilter: initialViewState.kecamatan,
  weights: initialViewState.weights,
  toggleLayer: (id) => {
    set((s) => ({
      layers: s.layers.some((l) => l.id === id)
        ? s.layers.filter((l) => l.id !== id)
        : [...s.layers, { id, opacity: defaultOpacityOf(id) }],
    }));
  },
  setLayerOpacity: (id, opacity) => {
    set((s) => ({
      layers: s.layers.map((l) => (l.id === id ? { ...l, opacity } : l)),
    }));
  },
  setClassification: (id, classification) => {
    set((s) => ({ classification: { ...s.classification, [id]: classification } }));
  },
  setYear: (year) => {
    set({ year });
  },
  setKecamatanFilter: (kecamatanFilter) => {
    set({ kecamatanFilter });
  },
  setWeights: (weights) => {
    set({ weights });
  },
});
