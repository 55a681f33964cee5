import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title to "`title` · Peta Prioritas Kota Malang" while mounted. */
export function usePageTitle(title: string | null): void {
  const { t } = useTranslation();
  const app = t('app.title');
  useEffect(() => {
    const previous = document.title;
    document.title = title ? `${title} · ${app}` : app;
    return () => {
      document.title = previous;
    };
  }, [title, app]);
}
