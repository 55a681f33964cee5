import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc.ts';
import { AdminLoadError } from './AdminLoadError.tsx';
import { AuditDetails } from './AuditDetails.tsx';
import { useDateTimeFormat } from './use-date-time-format.ts';

/** Entries per `audit.list` page. */
export const AUDIT_PAGE_SIZE = 50;

/** The audit log, newest first, a page at a time ("Muat lebih banyak"). */
export function AuditTable() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const formatDateTime = useDateTimeFormat();
  const audit = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(
      { limit: AUDIT_PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  if (audit.isPending) return <p className="muted">{t('admin.loading')}</p>;
  if (audit.isLoadingError) {
    return <AdminLoadError message={audit.error.message} onRetry={() => void audit.refetch()} />;
  }
  const entries = audit.data.pages.flatMap((page) => page.items);
  if (entries.length === 0) return <p className="muted">{t('admin.audit.empty')}</p>;
  return (
    <>
      <div className="admin-table-wrap">
        <table className="admin-table" data-testid="audit-table">
          <caption className="visually-hidden">{t('admin.audit.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.audit.when')}</th>
              <th scope="col">{t('admin.audit.who')}</th>
              <th scope="col">{t('admin.audit.action')}</th>
              <th scope="col">{t('admin.audit.entity')}</th>
              <th scope="col">{t('admin.audit.details')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td className="admin-nowrap">
                  <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                </td>
                <td>{entry.actorName}</td>
                <td>
                  <code>{entry.action}</code>
                </td>
                <td>
                  {entry.entity} <span className="muted">#{entry.entityId}</span>
                </td>
                <td>
                  <AuditDetails entry={entry} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="admin-form-actions">
        {audit.hasNextPage ? (
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={audit.isFetchingNextPage}
            onClick={() => {
              if (!audit.isFetchingNextPage) void audit.fetchNextPage();
            }}
          >
            {audit.isFetchingNextPage ? t('admin.loading') : t('admin.audit.loadMore')}
          </button>
        ) : (
          <p className="muted">{t('admin.audit.end')}</p>
        )}
        {(audit.isFetchNextPageError || audit.isRefetchError) && (
          <p className="admin-error" role="alert">
            {t('admin.loadError')} {audit.error.message}
          </p>
        )}
      </div>
    </>
  );
}
