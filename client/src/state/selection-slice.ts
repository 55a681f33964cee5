import type { StateCreator } from 'zustand';
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
  selectedKelurahan: null,
  selectionOrigin: 'map',
  selectKelurahan: (selectedKelurahan, selectionOrigin) => {
    set({ selectedKelurahan, selectionOrigin });
  },
  clearSelection: () => {
    set({ selectedKelurahan: null });
  },
});
