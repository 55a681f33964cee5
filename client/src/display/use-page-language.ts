import i18next from 'i18next';
import { useEffect } from 'react';
import { asLanguage } from '../i18n/i18n.ts';
import type { Language } from '../i18n/messages.ts';

/**
 * Shows this page in `language` (null: leave it) without storing it as the device's choice, and
 * puts the previous language back when the page goes.
 */
export function usePageLanguage(language: Language | null): void {
  useEffect(() => {
    if (language === null) return;
    const previous = asLanguage(i18next.language);
    // changeLanguage, not setLanguage: setLanguage would remember it for this device.
    void i18next.changeLanguage(language);
    return () => {
      void i18next.changeLanguage(previous);
    };
  }, [language]);
}
