import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useHover } from '../state/store.ts';
import type { KelurahanInfo } from './load-boundaries.ts';
import { useTooltipPlacement } from './use-tooltip-placement.ts';

/** Props of {@link KelurahanTooltip}. */
export interface KelurahanTooltipProps {
  kelurahanByCode: ReadonlyMap<string, KelurahanInfo>;
  /** Lines about the hovered kelurahan under its name, e.g. the visible layers' values. */
  details?: ((code: string) => ReactNode) | undefined;
  /** Hides the tooltip, e.g. while a point's own tooltip is shown. */
  hidden?: boolean | undefined;
}

/**
 * "Kelurahan X · Kecamatan Y" next to the pointer, only while a kelurahan is hovered. Placed
 * below right of the pointer, flipped and clamped so it stays inside the map.
 */
export function KelurahanTooltip({ kelurahanByCode, details, hidden }: KelurahanTooltipProps) {
  const { t } = useTranslation();
  const hover = useHover();
  const ref = useRef<HTMLDivElement>(null);
  const kelurahan = hover ? kelurahanByCode.get(hover.code) : undefined;
  useTooltipPlacement(ref, hover);

  if (!kelurahan || hidden) return null;
  return (
    <div ref={ref} role="tooltip" className="kelurahan-tooltip">
      <p className="tooltip-title">
        {t('map.tooltip', { name: kelurahan.name, kecamatan: kelurahan.kecamatan })}
      </p>
      {details?.(kelurahan.code)}
    </div>
  );
}
