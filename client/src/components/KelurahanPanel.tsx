import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { KelurahanInfo } from '../map/load-boundaries.ts';
import { useFormatters } from '../panel/use-formatters.ts';
import { useTRPC } from '../trpc.ts';

const KelurahanPanelDetails = lazy(() =>
  import('./KelurahanPanelDetails.tsx').then((m) => ({ default: m.KelurahanPanelDetails })),
);

/** Props of {@link KelurahanPanel}. */
export interface KelurahanPanelProps {
  kelurahan: KelurahanInfo;
  /** Clears the selection (close button or Escape). */
  onClose: () => void;
}

/**
 * The selected kelurahan: name, kecamatan, area and code, then every indicator of the selected
 * year and the points inside it. A region named after the kelurahan
 * (`data-testid="kelurahan-panel"`); Escape closes it.
 */
export function KelurahanPanel({ kelurahan, onClose }: KelurahanPanelProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);

  // On a phone the side panel is short and the controls above push a new panel out of view.
  useEffect(() => {
    const panel = ref.current;
    const scroller = panel?.parentElement;
    if (!panel || !scroller) return;
    const { top, bottom } = scroller.getBoundingClientRect();
    if (panel.getBoundingClientRect().top > top + (bottom - top) / 2) {
      panel.scrollIntoView({ block: 'start' });
    }
  }, [kelurahan.code]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [onClose]);

  return (
    <section
      ref={ref}
      className="selection-panel kelurahan-panel"
      role="region"
      aria-label={kelurahan.name}
      data-testid="kelurahan-panel"
    >
      <div className="selection-panel-header">
        <div>
          <p className="eyebrow">{t('selection.kind')}</p>
          <h2>{kelurahan.name}</h2>
          <p className="kelurahan-panel-kecamatan">
            {t('panel.kecamatan', { name: kelurahan.kecamatan })}
          </p>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label={t('selection.close')}
          title={t('selection.closeHint')}
          onClick={onClose}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M6 6l12 12M18 6L6 18" />
          </svg>
        </button>
      </div>
      <dl className="facts">
        <dt>{t('selection.area')}</dt>
        <dd>
          <KelurahanArea code={kelurahan.code} />
        </dd>
        <dt>{t('selection.code')}</dt>
        <dd className="code">{kelurahan.code}</dd>
      </dl>
      <Suspense fallback={<p className="muted">{t('panel.loading')}</p>}>
        <KelurahanPanelDetails kelurahanCode={kelurahan.code} />
      </Suspense>
    </section>
  );
}

/** The area in km² from `kelurahan.list`, formatted for the UI language. */
function KelurahanArea({ code }: { code: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const trpc = useTRPC();
  const list = useQuery(trpc.kelurahan.list.queryOptions());
  if (list.isPending) return <span className="muted">{t('selection.areaLoading')}</span>;
  const areaKm2 = list.data?.find((k) => k.code === code)?.areaKm2;
  if (areaKm2 === undefined) return <span className="muted">{t('selection.areaUnavailable')}</span>;
  return <>{t('selection.areaValue', { value: format.decimal(areaKm2, 2, 2) })}</>;
}
