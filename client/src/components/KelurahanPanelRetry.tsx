import { useTranslation } from 'react-i18next';

/** "Data gagal dimuat" with a retry button, for one part of the kelurahan panel. */
export function KelurahanPanelRetry({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <p className="panel-error" role="alert">
      {t('panel.loadError')}{' '}
      <button type="button" className="link-button" onClick={onRetry}>
        {t('panel.retry')}
      </button>
    </p>
  );
}
