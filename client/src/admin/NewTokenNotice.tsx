import { useTranslation } from 'react-i18next';
import { CopyField } from './CopyField.tsx';
import { buildDisplayUrl } from './display-url.ts';

/** Props of {@link NewTokenNotice}. */
export interface NewTokenNoticeProps {
  label: string;
  token: string;
  onDone: () => void;
}

/**
 * The fresh display token and its ready-made wall-screen URL, shown this once (the server
 * keeps only a hash), with copy buttons and a warning saying so.
 */
export function NewTokenNotice({ label, token, onDone }: NewTokenNoticeProps) {
  const { t } = useTranslation();
  return (
    <div className="admin-new-token" role="region" aria-labelledby="admin-new-token-title">
      <p id="admin-new-token-title" className="admin-new-token-title">
        {t('admin.tokens.newTitle', { label })}
      </p>
      <p className="admin-warning">{t('admin.tokens.onceWarning')}</p>
      <CopyField
        key={token}
        id="admin-new-token"
        label={t('admin.tokens.token')}
        value={token}
        copyLabel={t('admin.tokens.copyToken')}
        focusOnMount
        testId="new-token"
      />
      <CopyField
        key={`url-${token}`}
        id="admin-new-token-url"
        label={t('admin.tokens.url')}
        value={buildDisplayUrl(window.location.origin, token)}
        copyLabel={t('admin.tokens.copyUrl')}
      />
      <button type="button" className="button button-secondary" onClick={onDone}>
        {t('admin.tokens.done')}
      </button>
    </div>
  );
}
