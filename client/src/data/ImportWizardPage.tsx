import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePageTitle } from '../routes/use-page-title.ts';
import { DataAccess } from './DataAccess.tsx';
import { DATA_PATHS } from './data-paths.ts';
import { ImportWizard } from './ImportWizard.tsx';
import './data.css';

/**
 * `/data/impor`: the import wizard, for admins (any indicator) and OPD accounts (the
 * indicators their OPD produces). Others get a message; the server refuses them anyway.
 */
export function ImportWizardPage() {
  const { t } = useTranslation();
  usePageTitle(t('data.wizard.title'));
  return (
    <main className="admin-page data-page">
      <div className="admin-content data-wizard">
        <p className="data-back">
          <Link href={DATA_PATHS.catalogue}>← {t('data.wizard.back')}</Link>
        </p>
        <h2 className="admin-title">{t('data.wizard.title')}</h2>
        <DataAccess here={DATA_PATHS.wizard}>
          {(actor) => <ImportWizard actor={actor} />}
        </DataAccess>
      </div>
    </main>
  );
}
