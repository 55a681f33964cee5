import { useTranslation } from 'react-i18next';
import { useLiveStatus } from '../live/live-status.ts';
import { formatDataTime, isStale } from './display-time.ts';
import { useNow } from '../programs/use-now.ts';
import { useDataUpdatedAt } from './use-data-updated-at.ts';

/**
 * "Data per 14.05 WIB" (when the data on screen was last fetched; dimmed once stale) and a
 * small dot for the live connection, "Menyambung ulang…" while it is being retried. Quiet
 * on purpose: a status, never an alert. E2e hooks: `display-data-as-of` (`data-stale`) and
 * `display-connection` (`data-state`).
 */
export function DisplayDataStatus() {
  const { t, i18n } = useTranslation();
  const now = useNow(5000);
  const updatedAt = useDataUpdatedAt();
  const live = useLiveStatus();
  const stale = updatedAt > 0 && isStale(updatedAt, now);
  return (
    <div className="display-data-status">
      <p
        className={stale ? 'display-data-as-of display-stale' : 'display-data-as-of'}
        data-testid="display-data-as-of"
        data-stale={stale}
      >
        {updatedAt > 0
          ? t('display.dataAsOf', { time: formatDataTime(updatedAt, now, i18n.language) })
          : t('display.dataLoading')}
      </p>
      <p
        className="display-connection"
        role="status"
        data-testid="display-connection"
        data-state={live}
      >
        <span className="display-connection-dot" aria-hidden="true" />
        <span className={live === 'lost' ? undefined : 'display-connection-quiet'}>
          {t(`display.connection.${live}`)}
        </span>
      </p>
    </div>
  );
}
