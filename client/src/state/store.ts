import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createSelectionSlice, type SelectionSlice } from './selection-slice.ts';
import { createUiSlice, type UiSlice } from './ui-slice.ts';
import { createViewSlice, type ViewSlice } from './view-slice.ts';

/** The whole client UI state. Server data lives in TanStack Query, not here. */
export type PetaState = ViewSlice & SelectionSlice & UiSlice;

/** The store. Read it through the hooks below (or a named selector), never as a whole. */
export const usePetaStore = create<PetaState>()((...args) => ({
  ...createViewSlice(...args),
  ...createSelectionSlice(...args),
  ...createUiSlice(...args),
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
