import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useHover } from '../state/store.ts';
import type { KelurahanInfo } from './load-boundaries.ts';

/** Props of {@link KelurahanTooltip}. */
export interface KelurahanTooltipProps {
  kelurahanByCode: ReadonlyMap<string, KelurahanInfo>;
}

/** Distance in pixels between the pointer and the tooltip, and from the tooltip to the edge. */
const OFFSET = 14;
const MARGIN = 8;

/**
 * "Kelurahan X · Kecamatan Y" next to the pointer, only while a kelurahan is hovered. Placed
 * below right of the pointer, flipped and clamped so it stays inside the map.
 */
export function KelurahanTooltip({ kelurahanByCode }: KelurahanTooltipProps) {
  const { t } = useTranslation();
  const hover = useHover();
  const ref = useRef<HTMLDivElement>(null);
  const kelurahan = hover ? kelurahanByCode.get(hover.code) : undefined;
  const text = kelurahan
    ? t('map.tooltip', { name: kelurahan.name, kecamatan: kelurahan.kecamatan })
    : '';

  useLayoutEffect(() => {
    const tooltip = ref.current;
    const area = tooltip?.offsetParent;
    if (!tooltip || !area || !hover) return;
    const place = (pointer: number, size: number, room: number) => {
      const after = pointer + OFFSET;
      const start = after + size <= room - MARGIN ? after : pointer - OFFSET - size;
      return `${Math.max(MARGIN, Math.min(start, room - MARGIN - size))}px`;
    };
    tooltip.style.left = place(hover.x, tooltip.offsetWidth, area.clientWidth);
    tooltip.style.top = place(hover.y, tooltip.offsetHeight, area.clientHeight);
  }, [hover, text]);

  if (!kelurahan) return null;
  return (
    <div ref={ref} role="tooltip" className="kelurahan-tooltip">
      {text}
    </div>
  );
}
