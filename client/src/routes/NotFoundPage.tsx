import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PATHS } from './paths.ts';
import { usePageTitle } from './use-page-title.ts';

/** Any path the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.notFound'));
  return (
    <main className="page page-narrow">
      <h2>{t('nav.notFound')}</h2>
      <p>
        <Link href={PATHS.map}>{t('nav.backToMap')}</Link>
      </p>
    </main>
  );
}
