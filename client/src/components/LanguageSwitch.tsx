import { useTranslation } from 'react-i18next';
import { asLanguage, setLanguage } from '../i18n/i18n.ts';
import { LANGUAGES } from '../i18n/messages.ts';

/** Two toggle buttons, ID and EN; the choice is remembered on this device. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = asLanguage(i18n.language);
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === active}
          title={t(`language.${language}`)}
          onClick={() => void setLanguage(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
