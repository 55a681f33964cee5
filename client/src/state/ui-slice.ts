import type { StateCreator } from 'zustand';
import type { PetaState } from './store.ts';

/** The kelurahan under the pointer and where the pointer is, in map container pixels. */
export interface KelurahanHover {
  code: string;
  x: number;
  y: number;
}

/** Transient UI state. */
export interface UiSlice {
  hover: KelurahanHover | null;
  setHover: (hover: KelurahanHover | null) => void;
}

export const createUiSlice: StateCreator<PetaState, [], [], UiSlice> = (set) => ({
  hover: null,
  setHover: (hover) => {
    set({ hover });
  },
});
