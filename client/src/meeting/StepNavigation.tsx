import { useTranslation } from 'react-i18next';

/** Props of {@link StepNavigation}. */
export interface StepNavigationProps {
  /** 0-based. */
  index: number;
  count: number;
  /** What the current step is, for the announcement. */
  label: string;
  onPrevious: () => void;
  onNext: () => void;
}

/**
 * Previous / Next and "Langkah 3 dari 12". The position is a polite live region, so a screen
 * reader hears each step change, whichever key or button made it.
 */
export function StepNavigation({ index, count, label, onPrevious, onNext }: StepNavigationProps) {
  const { t } = useTranslation();
  return (
    <nav className="meeting-nav" aria-label={t('meeting.steps.navigation')}>
      <button
        type="button"
        className="button button-large button-secondary"
        aria-disabled={index === 0}
        onClick={onPrevious}
      >
        <span aria-hidden="true">← </span>
        {t('meeting.steps.previous')}
      </button>
      <div className="meeting-position">
        <p aria-live="polite" data-testid="meeting-position">
          <strong>{t('meeting.steps.position', { current: index + 1, total: count })}</strong>
          <span className="visually-hidden">: {label}</span>
        </p>
        <p className="meeting-keys-hint">{t('meeting.steps.keysHint')}</p>
      </div>
      <button
        type="button"
        className="button button-large"
        aria-disabled={index === count - 1}
        onClick={onNext}
      >
        {t('meeting.steps.next')}
        <span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
