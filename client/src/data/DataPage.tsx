import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePageTitle } from '../routes/use-page-title.ts';
import { CatalogueSection } from './CatalogueSection.tsx';
import { DataAccess } from './DataAccess.tsx';
import { DATA_PATHS } from './data-paths.ts';
import './data.css';

/**
 * `/data`: the indicator catalogue with its dataset versions. Admins (Bappeda) edit it; an
 * OPD account sees the indicators its OPD produces, read-only, with the way to import. Other
 * roles get a message; the server refuses them in any case.
 */
export function DataPage() {
  const { t } = useTranslation();
  usePageTitle(t('data.title'));
  return (
    <main className="admin-page data-page">
      <div className="admin-content">
        <h2 className="admin-title">{t('data.title')}</h2>
        <DataAccess here={DATA_PATHS.catalogue}>
          {(actor) => (
            <>
              <p className="data-intro">{t('data.intro')}</p>
              {actor.role === 'opd' && (
                <p className="data-note">{t('data.opdReadOnly', { opd: actor.opd ?? '' })}</p>
              )}
              <p>
                <Link href={DATA_PATHS.wizard} className="button data-link-button">
                  {t('data.toWizard')}
                </Link>
              </p>
              <CatalogueSection actor={actor} />
            </>
          )}
        </DataAccess>
      </div>
    </main>
  );
}
