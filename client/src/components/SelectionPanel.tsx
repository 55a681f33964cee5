import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { KelurahanInfo } from '../map/load-boundaries.ts';
import { useTRPC } from '../trpc.ts';

/** Props of {@link SelectionPanel}. */
export interface SelectionPanelProps {
  kelurahan: KelurahanInfo;
  /** Clears the selection (close button or Escape). */
  onClose: () => void;
}

/**
 * Facts about the selected kelurahan: name, kecamatan, area (from `kelurahan.list`) and code.
 * A region named after the kelurahan; Escape closes it.
 */
export function SelectionPanel({ kelurahan, onClose }: SelectionPanelProps) {
  const { t } = useTranslation();

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
    <section className="selection-panel" role="region" aria-label={kelurahan.name}>
      <div className="selection-panel-header">
        <div>
          <p className="eyebrow">{t('selection.kind')}</p>
          <h2>{kelurahan.name}</h2>
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
        <dt>{t('selection.kecamatan')}</dt>
        <dd>{kelurahan.kecamatan}</dd>
        <dt>{t('selection.area')}</dt>
        <dd>
          <KelurahanArea code={kelurahan.code} />
        </dd>
        <dt>{t('selection.code')}</dt>
        <dd className="code">{kelurahan.code}</dd>
      </dl>
    </section>
  );
}

/** The area in km² from the API, formatted for the UI language. */
function KelurahanArea({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const list = useQuery(trpc.kelurahan.list.queryOptions());
  if (list.isPending) return <span className="muted">{t('selection.areaLoading')}</span>;
  const areaKm2 = list.data?.find((k) => k.code === code)?.areaKm2;
  if (areaKm2 === undefined) return <span className="muted">{t('selection.areaUnavailable')}</span>;
  const value = new Intl.NumberFormat(i18n.language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(areaKm2);
  return <>{t('selection.areaValue', { value })}</>;
}
