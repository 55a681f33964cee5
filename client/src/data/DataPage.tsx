import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useSession } from '../auth/use-session.ts';
import { loginPath } from '../routes/paths.ts';
import { usePageTitle } from '../routes/use-page-title.ts';
import { CatalogueSection } from './CatalogueSection.tsx';
import { DATA_PATHS } from './data-paths.ts';
import './data.css';

/**
 * `/data`: the indicator catalogue with its dataset versions. Admins (Bappeda) edit it; an
 * OPD account sees the indicators its OPD produces, read-only, with the way to import. Other
 * roles get a message; the server refuses them in any case.
 */
export function DataPage() {
  const { t } = useTranslation();
  const { session, isPending } = useSession();
  usePageTitle(t('data.title'));
  let body;
  if (isPending) {
    body = (
      <p className="muted" role="status">
        {t('data.loading')}
      </p>
    );
  } else if (session?.role === 'admin' || (session?.role === 'opd' && session.opd !== null)) {
    body = (
      <>
        <p className="data-intro">{t('data.intro')}</p>
        {session.role === 'opd' && (
          <p className="data-note">{t('data.opdReadOnly', { opd: session.opd ?? '' })}</p>
        )}
        <p>
          <Link href={DATA_PATHS.wizard} className="button data-link-button">
            {t('data.toWizard')}
          </Link>
        </p>
        <CatalogueSection actor={{ role: session.role, opd: session.opd }} />
      </>
    );
  } else {
    body = (
      <div className="admin-notice">
        <p role="alert">{t('data.notAllowed')}</p>
        {!session && (
          <p>
            <Link href={loginPath(DATA_PATHS.catalogue)}>{t('data.signIn')}</Link>
          </p>
        )}
      </div>
    );
  }
  return (
    <main className="admin-page data-page">
      <div className="admin-content">
        <h2 className="admin-title">{t('data.title')}</h2>
        {body}
      </div>
    </main>
  );
}
