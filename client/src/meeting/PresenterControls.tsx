import { useTranslation } from 'react-i18next';
import type { Presenter } from './use-presenter.ts';

/** Props of {@link PresenterControls}. */
export interface PresenterControlsProps {
  presenter: Presenter;
  /** Admin in an open meeting: may present. */
  canPresent: boolean;
}

/** The toolbar's presenting switch (admins) and following state or "follow" button (others). */
export function PresenterControls({ presenter, canPresent }: PresenterControlsProps) {
  const { t } = useTranslation();
  return (
    <>
      {canPresent && (
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={presenter.presenting}
          onClick={() => {
            presenter.setPresenting(!presenter.presenting);
          }}
        >
          {t('meeting.presenter.present')}
        </button>
      )}
      {presenter.error !== null && (
        <p className="form-error" role="alert">
          {t('meeting.presenter.failed', { reason: presenter.error })}
        </p>
      )}
      {!presenter.presenting &&
        presenter.hasPresenter &&
        (presenter.following ? (
          <p className="meeting-following" role="status" data-testid="meeting-following">
            {t('meeting.presenter.following')}
          </p>
        ) : (
          <button type="button" className="button button-secondary" onClick={presenter.follow}>
            {t('meeting.presenter.follow')}
          </button>
        ))}
    </>
  );
}
