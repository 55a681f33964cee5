import type { Indicator } from '@peta/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useIndicatorFormat } from '../panel/use-indicator-format.ts';
import { useTRPC } from '../trpc.ts';

/** Which figure of a kelurahan the published city series compares with. */
const CITY_COMPARES: Record<Indicator, 'value' | 'count'> = {
  poverty: 'value',
  stunting: 'value',
  // The city publishes units repaired per year, not the backlog.
  rtlh: 'count',
};

/** Props of {@link KelurahanPanelCity}. */
export interface KelurahanPanelCityProps {
  indicator: Indicator;
  year: number;
}

/**
 * The published city figure(s) of the year for comparison (`indicators.cityTrend`), each with
 * its real source and, for stunting, its method (e-PPGBM, SSGI). Nothing where none exists.
 */
export function KelurahanPanelCity({ indicator, year }: KelurahanPanelCityProps) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const trpc = useTRPC();
  const city = useQuery(trpc.indicators.cityTrend.queryOptions({ indicator }));
  const figures = city.data?.filter((f) => f.year === year) ?? [];
  if (figures.length === 0) return null;
  const compares = CITY_COMPARES[indicator];
  return (
    <ul className="city-figures" data-testid="city">
      {figures.map((f) => {
        const main =
          compares === 'value'
            ? format.value(indicator, f.value)
            : format.count(indicator, f.count ?? f.value);
        const withCount =
          compares === 'value' && f.count !== null
            ? `${main} · ${format.count(indicator, f.count)}`
            : main;
        return (
          <li key={f.method ?? f.source}>
            <span className="city-label">
              {t(`panel.indicator.${indicator}.city`, { year })}
              {f.method !== null && ` (${f.method})`}:
            </span>{' '}
            <strong data-raw={compares === 'value' ? f.value : (f.count ?? f.value)}>
              {f.approximate ? t('panel.approximate', { value: withCount }) : withCount}
            </strong>
            <span className="city-source"> — {f.source}</span>
          </li>
        );
      })}
    </ul>
  );
}
