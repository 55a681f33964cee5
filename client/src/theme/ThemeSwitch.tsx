import { useTranslation } from 'react-i18next';
import { SegmentedSwitch } from '../components/SegmentedSwitch.tsx';
import { THEMES, useThemeStore } from './theme-store.ts';

/** Light and dark (projector); the choice is remembered on this device. */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const theme = useThemeStore((s) => s.theme);
  const setTheme = useThemeStore((s) => s.setTheme);
  return (
    <SegmentedSwitch
      label={t('theme.label')}
      options={THEMES.map((value) => ({ value, label: t(`theme.${value}`) }))}
      value={theme}
      onChange={setTheme}
    />
  );
}
