import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PATHS } from '../routes/paths.ts';
import { ThemeSwitch } from '../theme/ThemeSwitch.tsx';
import { useFullscreen } from './use-fullscreen.ts';

/** Props of {@link MeetingToolbar}. */
export interface MeetingToolbarProps {
  title: string;
  /** Says the viewer follows without running the meeting. */
  readOnly: boolean;
  /** The chair's controls (edit agenda, end). */
  children?: ReactNode;
}

/** The top bar of the meeting screen: its title, full screen, theme, exit, and the chair's controls. */
export function MeetingToolbar({ title, readOnly, children }: MeetingToolbarProps) {
  const { t } = useTranslation();
  const fullscreen = useFullscreen();
  return (
    <header className="meeting-toolbar">
      <div className="meeting-toolbar-title">
        <p className="eyebrow">{t('meeting.title')}</p>
        <h1>{title}</h1>
        {readOnly && <p className="muted">{t('meeting.readOnly')}</p>}
      </div>
      <div className="meeting-toolbar-actions">
        {children}
        {fullscreen.supported && (
          <button
            type="button"
            className="button button-secondary"
            aria-pressed={fullscreen.active}
            onClick={fullscreen.toggle}
          >
            {t('meeting.fullscreen')}
          </button>
        )}
        <ThemeSwitch />
        <Link className="button button-secondary" href={PATHS.board}>
          {t('meeting.exit')}
        </Link>
      </div>
    </header>
  );
}
