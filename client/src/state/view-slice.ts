import type { StateCreator } from 'zustand';
import type { PetaState } from './store.ts';

/** The map view: whether the map has drawn its boundaries yet. */
export interface ViewSlice {
  mapReady: boolean;
  setMapReady: (ready: boolean) => void;
}

export const createViewSlice: StateCreator<PetaState, [], [], ViewSlice> = (set) => ({
  mapReady: false,
  setMapReady: (mapReady) => {
    set({ mapReady });
  },
});
