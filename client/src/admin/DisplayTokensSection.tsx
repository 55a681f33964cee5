import { useTranslation } from 'react-i18next';
import { DisplayTokenCreateForm } from './DisplayTokenCreateForm.tsx';
import { DisplayTokensTable } from './DisplayTokensTable.tsx';

/** "Token layar": read-only sign-ins for wall screens. */
export function DisplayTokensSection() {
  const { t } = useTranslation();
  return (
    <section className="admin-section" aria-labelledby="admin-tokens">
      <h3 id="admin-tokens" tabIndex={-1}>
        {t('admin.tokens.heading')}
      </h3>
      <p className="hint">{t('admin.tokens.intro')}</p>
      <DisplayTokensTable />
      <DisplayTokenCreateForm />
    </section>
  );
}
