import type { FloodSpot } from '@peta/shared';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../format.ts';
import type { PointTooltipProps } from '../points/define-point-layer.tsx';
import { PointTooltipMeta } from '../points/PointTooltipMeta.tsx';

/** A flood spot: name, last depth and date, events so far, handling status, source. */
export function FloodSpotTooltip({ point, kelurahan }: PointTooltipProps<FloodSpot>) {
  const { t, i18n } = useTranslation();
  const { language } = i18n;
  return (
    <>
      <p className="tooltip-title">{point.name}</p>
      <p>
        {t('layers.tooltip.depth', {
          value: formatNumber(language, point.depthCm, 0),
          date: formatDate(language, point.lastEventDate),
        })}
      </p>
      <p>{t('layers.tooltip.events', { value: point.events.length })}</p>
      <p>
        {t('layers.tooltip.handling', {
          status: t(`layers.categories.floodHandlingStatus.${point.handlingStatus}`),
        })}
      </p>
      <PointTooltipMeta point={point} kelurahan={kelurahan} />
    </>
  );
}
