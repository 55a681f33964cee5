import type { StateCreator } from 'zustand';
import { initialViewState } from './thematic-slice.ts';
import type { PetaState } from './store.ts';

/** Where a selection was made: the map flies to it only when it was chosen elsewhere. */
export type SelectionOrigin = 'map' | 'list';

/** The selected kelurahan, by code. */
export interface SelectionSlice {
  selectedKelurahan: string | null;
  selectionOrigin: SelectionOrigin;
  selectKelurahan: (code: string, origin: SelectionOrigin) => void;
  clearSelection: () => void;
}

export const createSelectionSlice: StateCreator<PetaState, [], [], SelectionSlice> = (set) => ({
  selectedKelurahan: initialViewState.selected,
  // A link with a selection but no camera flies to the kelurahan; with a camera it keeps it.
  selectionOrigin: initialViewState.selected && !initialViewState.center ? 'list' : 'map',
  selectKelurahan: (selectedKelurahan, selectionOrigin) => {
    set({ selectedKelurahan, selectionOrigin });
  },
  clearSelection: () => {
    set({ selectedKelurahan: null });
  },
});
