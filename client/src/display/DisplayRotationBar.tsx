import { useTranslation } from 'react-i18next';
import type { Rotation } from './use-rotation.ts';

/** Props of {@link DisplayRotationBar}. */
export interface DisplayRotationBarProps {
  rotation: Rotation;
  count: number;
  seconds: number;
}

/**
 * The foot of the display: a thin bar filling up over the current view's time, "Tampilan 3
 * dari 16", and previous / pause / next buttons (also Space and ← →). E2e hook:
 * `display-rotation` with `data-paused`.
 */
export function DisplayRotationBar({ rotation, count, seconds }: DisplayRotationBarProps) {
  const { t } = useTranslation();
  const { index, paused, run, go, togglePause } = rotation;
  return (
    <footer
      className="display-rotation"
      aria-label={t('display.rotation.label')}
      data-testid="display-rotation"
      data-paused={paused}
      data-index={index}
    >
      <div className="display-rotation-track" aria-hidden="true">
        {count > 1 && (
          <div
            key={run}
            className="display-rotation-fill"
            style={{
              animationDuration: `${String(seconds)}s`,
              animationPlayState: paused ? 'paused' : 'running',
            }}
          />
        )}
      </div>
      <div className="display-rotation-controls">
        <button
          type="button"
          aria-label={t('display.rotation.previous')}
          onClick={() => {
            go(-1);
          }}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M15 5l-7 7 7 7" />
          </svg>
        </button>
        <button type="button" aria-pressed={paused} onClick={togglePause}>
          {paused ? t('display.rotation.resume') : t('display.rotation.pause')}
        </button>
        <button
          type="button"
          aria-label={t('display.rotation.next')}
          onClick={() => {
            go(1);
          }}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M9 5l7 7-7 7" />
          </svg>
        </button>
        <span className="display-rotation-position">
          {t('display.rotation.position', { current: index + 1, total: count })}
          {paused && ` · ${t('display.rotation.paused')}`}
        </span>
        <span className="display-rotation-keys">{t('display.rotation.keys')}</span>
      </div>
    </footer>
  );
}
