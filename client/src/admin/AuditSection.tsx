import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc.ts';
import { AuditTable } from './AuditTable.tsx';

/** "Log audit": every change, who made it and when. */
export function AuditSection() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (
    <section className="admin-section" aria-labelledby="admin-audit">
      <div className="admin-section-header">
        <h3 id="admin-audit" tabIndex={-1}>
          {t('admin.audit.heading')}
        </h3>
        <button
          type="button"
          className="button button-small button-secondary"
          onClick={() => void queryClient.invalidateQueries(trpc.audit.list.pathFilter())}
        >
          {t('admin.audit.refresh')}
        </button>
      </div>
      <p className="hint">{t('admin.audit.timeZone')}</p>
      <AuditTable />
    </section>
  );
}
