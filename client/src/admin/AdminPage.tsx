import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { loginPath, PATHS } from '../routes/paths.ts';
import { usePageTitle } from '../routes/use-page-title.ts';
import { useTRPC } from '../trpc.ts';
import { AdminLoadError } from './AdminLoadError.tsx';
import { AuditSection } from './AuditSection.tsx';
import { DisplayTokensSection } from './DisplayTokensSection.tsx';
import { UsersSection } from './UsersSection.tsx';

/** The page's sections, for the in-page navigation; ids are the section headings'. */
const SECTIONS = [
  { id: 'admin-users', label: 'admin.users.heading' },
  { id: 'admin-tokens', label: 'admin.tokens.heading' },
  { id: 'admin-audit', label: 'admin.audit.heading' },
] as const;

/**
 * The admin screen (Bappeda): accounts, wall-screen tokens and the audit log. Other roles get
 * a message instead; the server refuses them in any case.
 */
export function AdminPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  usePageTitle(t('admin.title'));
  let body;
  if (me.isPending) {
    body = (
      <p className="muted" role="status">
        {t('admin.loading')}
      </p>
    );
  } else if (me.isError) {
    body = <AdminLoadError message={me.error.message} onRetry={() => void me.refetch()} />;
  } else if (me.data?.role !== 'admin') {
    body = (
      <div className="admin-notice">
        <p role="alert">{t('admin.adminOnly')}</p>
        {me.data === null && (
          <p>
            <Link href={loginPath(PATHS.admin)}>{t('admin.signIn')}</Link>
          </p>
        )}
      </div>
    );
  } else {
    body = (
      <>
        <nav className="admin-nav" aria-label={t('admin.sections')}>
          <ul>
            {SECTIONS.map(({ id, label }) => (
              <li key={id}>
                <a href={`#${id}`}>{t(label)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <UsersSection currentUserId={me.data.userId} />
        <DisplayTokensSection />
        <AuditSection />
      </>
    );
  }
  return (
    <main className="admin-page">
      <div className="admin-content">
        <h2 className="admin-title">{t('admin.title')}</h2>
        {body}
      </div>
    </main>
  );
}

export default AdminPage;
