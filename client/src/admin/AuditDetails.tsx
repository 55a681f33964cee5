import { useTranslation } from 'react-i18next';
import { EmptyCell } from './EmptyCell.tsx';
import { formatAuditChange } from './format-audit-change.ts';

/**
 * A disclosure with an audit entry's state before and after, as preformatted JSON text (never
 * markup), summarised by the keys that changed.
 */
export function AuditDetails({ entry }: { entry: { before?: unknown; after?: unknown } }) {
  const { t } = useTranslation();
  const change = formatAuditChange(entry.before, entry.after);
  if (change.before === null && change.after === null) return <EmptyCell />;
  return (
    <details className="admin-audit-details">
      <summary>
        {change.changedKeys.length > 0
          ? t('admin.audit.changed', { keys: change.changedKeys.join(', ') })
          : t('admin.audit.show')}
      </summary>
      <div className="admin-audit-json">
        {change.before !== null && (
          <div>
            <p className="admin-audit-json-label">{t('admin.audit.before')}</p>
            <pre>{change.before}</pre>
          </div>
        )}
        {change.after !== null && (
          <div>
            <p className="admin-audit-json-label">{t('admin.audit.after')}</p>
            <pre>{change.after}</pre>
          </div>
        )}
      </div>
    </details>
  );
}
