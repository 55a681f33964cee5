import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DisplayClock } from './DisplayClock.tsx';

/** Props of {@link DisplayMessage}. */
export interface DisplayMessageProps {
  /** The headline; omitted for the plain "connecting" screen. */
  title?: string;
  children: ReactNode;
}

/**
 * The one calm full-screen message of the display (connecting, or what to do about a link that
 * does not work), with the clock. A status, not an alert: nobody at a wall can dismiss a dialog.
 */
export function DisplayMessage({ title, children }: DisplayMessageProps) {
  const { t } = useTranslation();
  return (
    <main className="display-message" data-testid="display-message">
      <div className="display-message-top">
        <p className="display-eyebrow">{t('display.title')}</p>
        <DisplayClock />
      </div>
      <div className="display-message-body" role="status">
        {title && <h1>{title}</h1>}
        {children}
      </div>
    </main>
  );
}
