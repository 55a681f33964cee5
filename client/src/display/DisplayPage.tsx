import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { usePageTitle } from '../routes/use-page-title.ts';
import './display.css';
import { parseDisplayConfig } from './display-config.ts';
import { DisplayMessage } from './DisplayMessage.tsx';
import { DisplayShell } from './DisplayShell.tsx';
import { useDisplaySession } from './use-display-session.ts';
import { useIdlePointer } from './use-idle-pointer.ts';
import { usePageLanguage } from './use-page-language.ts';
import { usePageTheme } from './use-page-theme.ts';
import { useViewportZoom } from './use-viewport-zoom.ts';

/** The mouse pointer is hidden after this long without moving. */
const POINTER_IDLE_MS = 3000;

/**
 * `/layar?token=…`: wall-display mode. Signs in with the token from the URL (no login form),
 * then rotates through the views the URL names (display-config.ts) in type sized from the
 * screen, kept current by the live updates. Read-only. When the link does not work it shows
 * one calm message and keeps trying.
 */
export function DisplayPage() {
  const { t } = useTranslation();
  const search = useSearch();
  const config = useMemo(() => parseDisplayConfig(search), [search]);
  usePageTheme(config.theme);
  usePageLanguage(config.language);
  usePageTitle(t('display.title'));
  const access = useDisplaySession(config.token);
  const idle = useIdlePointer(POINTER_IDLE_MS);
  const zoom = useViewportZoom();
  return (
    <div
      className={idle ? 'display display-idle' : 'display'}
      style={{ '--display-zoom': zoom } as CSSProperties}
      data-testid="display"
      data-access={access}
    >
      {access === 'ready' && <DisplayShell config={config} />}
      {access === 'starting' && (
        <DisplayMessage>
          <p>{t('display.starting')}</p>
        </DisplayMessage>
      )}
      {(access === 'no-token' || access === 'rejected') && (
        <DisplayMessage
          title={
            access === 'no-token'
              ? t('display.message.noTokenTitle')
              : t('display.message.rejectedTitle')
          }
        >
          <p>{t('display.message.what')}</p>
          {access === 'rejected' && <p className="muted">{t('display.message.retrying')}</p>}
        </DisplayMessage>
      )}
    </div>
  );
}
