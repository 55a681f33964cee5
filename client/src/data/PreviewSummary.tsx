import type { ImportPreview } from '@peta/shared';
import { useTranslation } from 'react-i18next';
import { useDateTimeFormat } from '../admin/use-date-time-format.ts';

/** The preview's counts: rows by status, the diff against the active values, the years. */
export function PreviewSummary({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const { summary, diff } = preview;
  const counts = [
    ['rows', summary.rows, ''],
    ['ok', summary.ok, 'ok'],
    ['warnings', summary.warnings, 'warning'],
    ['errors', summary.errors, 'error'],
    ['excluded', summary.excluded, 'excluded'],
    ['new', diff.new, ''],
    ['changed', diff.changed, ''],
    ['unchanged', diff.unchanged, ''],
  ] as const;
  return (
    <section
      className="admin-section data-summary"
      aria-labelledby="data-summary-heading"
      data-testid="import-summary"
    >
      <h3 id="data-summary-heading">{t('data.wizard.summary.heading')}</h3>
      <dl className="data-counts">
        {counts.map(([key, value, status]) => (
          <div
            key={key}
            className={status === '' ? 'data-count' : `data-count data-status-${status}`}
            data-count={key}
          >
            <dt>{t(`data.wizard.summary.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        {t('data.wizard.summary.years', { years: preview.years.join(', ') })} ·{' '}
        {t('data.wizard.expires', { time: formatDateTime(preview.expiresAt) })}
      </p>
    </section>
  );
}
