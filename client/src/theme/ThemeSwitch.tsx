import { useTranslation } from 'react-i18next';
import { THEMES, useThemeStore } from './theme-store.ts';

/** Two toggle buttons, light and dark (projector); the choice is remembered on this device. */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const theme = useThemeStore((s) => s.theme);
  const setTheme = useThemeStore((s) => s.setTheme);
  return (
    <div className="theme-switch" role="group" aria-label={t('theme.label')}>
      {THEMES.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={option === theme}
          onClick={() => {
            setTheme(option);
          }}
        >
          {t(`theme.${option}`)}
        </button>
      ))}
    </div>
  );
}
