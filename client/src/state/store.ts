import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createSelectionSlice, type SelectionSlice } from './selection-slice.ts';
import { createThematicSlice, type ThematicSlice } from './thematic-slice.ts';
import { createUiSlice, type UiSlice } from './ui-slice.ts';
import { createViewSlice, type ViewSlice } from './view-slice.ts';

/** The whole client UI state. Server data lives in TanStack Query, not here. */
export type PetaState = ViewSlice & SelectionSlice & UiSlice & ThematicSlice;

/** The store. Read it through the hooks below (or a named selector), never as a whole. */
export const usePetaStore = create<PetaState>()((...args) => ({
  ...createViewSlice(...args),
  ...createSelectionSlice(...args),
  ...createUiSlice(...args),
  ...createThematicSlice(...args),
}));

const selectView = (s: PetaState) => ({ mapReady: s.mapReady, setMapReady: s.setMapReady });

const selectSelection = (s: PetaState) => ({
  selectedKelurahan: s.selectedKelurahan,
  selectionOrigin: s.selectionOrigin,
  selectKelurahan: s.selectKelurahan,
  clearSelection: s.clearSelection,
});

const selectHover = (s: PetaState) => s.hover;

/** Map readiness. */
export const useView = () => usePetaStore(useShallow(selectView));

/** The selected kelurahan and the actions that change it. */
export const useSelection = () => usePetaStore(useShallow(selectSelection));

/** The hovered kelurahan, for the tooltip. Map event handlers set it through `getState()`. */
export const useHover = () => usePetaStore(selectHover);

const selectThematic = (s: PetaState) => ({
  layers: s.layers,
  classification: s.classification,
  year: s.year,
  kecamatanFilter: s.kecamatanFilter,
  weights: s.weights,
});

const selectThematicActions = (s: PetaState) => ({
  toggleLayer: s.toggleLayer,
  setLayerOpacity: s.setLayerOpacity,
  setClassification: s.setClassification,
  setYear: s.setYear,
  setKecamatanFilter: s.setKecamatanFilter,
  setWeights: s.setWeights,
});

/** Visible layers, classification, year, kecamatan filter and weights. */
export const useThematic = () => usePetaStore(useShallow(selectThematic));

/** The actions that change the thematic view. */
export const useThematicActions = () => usePetaStore(useShallow(selectThematicActions));

/** The indicator year alone. */
export const useYear = () => usePetaStore((s) => s.year);
