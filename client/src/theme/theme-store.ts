import { create } from 'zustand';

/** The UI themes: light for desks, dark for projectors and wall screens. */
export const THEMES = ['light', 'dark'] as const;

export type Theme = (typeof THEMES)[number];

const STORAGE_KEY = 'peta.theme';

/** The theme in use and the action that changes it. */
interface ThemeState {
  theme: Theme;
  setTheme: (theme: Theme) => void;
}

/**
 * The current theme, remembered on this device and mirrored to `<html data-theme>`, which the
 * CSS variables in styles.css and the map's base style follow.
 */
export const useThemeStore = create<ThemeState>()((set) => ({
  theme: storedTheme(),
  setTheme: (theme) => {
    set({ theme });
    applyTheme(theme);
    try {
      localStorage.setItem(STORAGE_KEY, theme);
    } catch {
      // Private mode or disabled storage: the switch still works for this visit.
    }
  },
}));

/** Puts the theme on `<html data-theme>`; call once at start-up with the stored theme. */
export function applyTheme(theme: Theme = useThemeStore.getState().theme): void {
  document.documentElement.dataset.theme = theme;
}

/** True for the names of our themes. */
export function isTheme(value: unknown): value is Theme {
  return (THEMES as readonly unknown[]).includes(value);
}

function storedTheme(): Theme {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isTheme(stored) ? stored : 'light';
  } catch {
    return 'light';
  }
}
