import { useTranslation } from 'react-i18next';
import { useLiveStatus } from './live-status.ts';

/**
 * The live connection in the header: "Langsung" when open, a warning while it is lost and
 * being retried. Nothing when signed out (no subscription). `data-state` is the e2e hook.
 */
export function LiveStatus() {
  const { t } = useTranslation();
  const status = useLiveStatus();
  if (status === 'off') return null;
  return (
    <span
      className="live-status"
      role="status"
      data-testid="live-status"
      data-state={status}
      title={t('live.hint')}
    >
      <span className="live-status-dot" aria-hidden="true" />
      <span className="live-status-text">{t(`live.${status}`)}</span>
    </span>
  );
}
