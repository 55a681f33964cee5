import { useTranslation } from 'react-i18next';

/** "Data gagal dimuat" with the server's reason and a retry button. */
export function AdminLoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <p className="admin-error" role="alert">
      {t('admin.loadError')} {message}{' '}
      <button type="button" className="link-button" onClick={onRetry}>
        {t('admin.retry')}
      </button>
    </p>
  );
}
