import { useEffect } from 'react';
import { applyTheme, useThemeStore, type Theme } from '../theme/theme-store.ts';

/**
 * Shows this page in `theme` (null: leave it) without storing it as the device's choice, and
 * puts the previous theme back when the page goes.
 */
export function usePageTheme(theme: Theme | null): void {
  useEffect(() => {
    if (theme === null) return;
    const previous = useThemeStore.getState().theme;
    // setState, not setTheme: setTheme would remember it as this device's preference.
    useThemeStore.setState({ theme });
    applyTheme(theme);
    return () => {
      useThemeStore.setState({ theme: previous });
      applyTheme(previous);
    };
  }, [theme]);
}
