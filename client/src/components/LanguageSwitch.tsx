import { useTranslation } from 'react-i18next';
import { SegmentedSwitch } from '../components/SegmentedSwitch.tsx';
import { asLanguage, setLanguage } from '../i18n/i18n.ts';
import { LANGUAGES } from '../i18n/messages.ts';

/** ID and EN; the choice is remembered on this device. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedSwitch
      label={t('language.label')}
      options={LANGUAGES.map((value) => ({
        value,
        label: value.toUpperCase(),
        title: t(`language.${value}`),
        lang: value,
      }))}
      value={asLanguage(i18n.language)}
      onChange={(language) => void setLanguage(language)}
    />
  );
}
