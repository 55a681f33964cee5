import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useSession } from '../auth/use-session.ts';
import { loginPath } from '../routes/paths.ts';
import { usePageTitle } from '../routes/use-page-title.ts';
import { DATA_PATHS } from './data-paths.ts';
import { ImportWizard } from './ImportWizard.tsx';
import './data.css';

/**
 * `/data/impor`: the import wizard, for admins (any indicator) and OPD accounts (the
 * indicators their OPD produces). Others get a message; the server refuses them anyway.
 */
export function ImportWizardPage() {
  const { t } = useTranslation();
  const { session, isPending } = useSession();
  usePageTitle(t('data.wizard.title'));
  let body;
  if (isPending) {
    body = (
      <p className="muted" role="status">
        {t('data.loading')}
      </p>
    );
  } else if (session?.role === 'admin' || session?.role === 'opd') {
    body = <ImportWizard actor={{ role: session.role, opd: session.opd }} />;
  } else {
    body = (
      <div className="admin-notice">
        <p role="alert">{t('data.notAllowed')}</p>
        {!session && (
          <p>
            <Link href={loginPath(DATA_PATHS.wizard)}>{t('data.signIn')}</Link>
          </p>
        )}
      </div>
    );
  }
  return (
    <main className="admin-page data-page">
      <div className="admin-content data-wizard">
        <p className="data-back">
          <Link href={DATA_PATHS.catalogue}>← {t('data.wizard.back')}</Link>
        </p>
        <h2 className="admin-title">{t('data.wizard.title')}</h2>
        {body}
      </div>
    </main>
  );
}
