import type { IndicatorEntry } from '@peta/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { cityComparison } from '../layers/city-comparison.ts';
import { useIndicatorFormat } from '../panel/use-indicator-format.ts';
import { useTRPC } from '../trpc.ts';

/** Props of {@link KelurahanPanelCity}. */
export interface KelurahanPanelCityProps {
  entry: IndicatorEntry;
  year: number;
}

/**
 * The published city figure(s) of the year for comparison (`indicators.cityTrend`), each with
 * its real source and, for stunting, its method (e-PPGBM, SSGI). Nothing where none exists
 * (an indicator added to the catalogue has no published series).
 */
export function KelurahanPanelCity({ entry, year }: KelurahanPanelCityProps) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const trpc = useTRPC();
  const city = useQuery(trpc.indicators.cityTrend.queryOptions({ indicator: entry.slug }));
  const figures = city.data?.filter((f) => f.year === year) ?? [];
  if (figures.length === 0) return null;
  const { compares, label } = cityComparison(entry.slug);
  return (
    <ul className="city-figures" data-testid="city">
      {figures.map((f) => {
        const main =
          compares === 'value'
            ? format.value(entry, f.value)
            : format.count(entry, f.count ?? f.value);
        const withCount =
          compares === 'value' && f.count !== null
            ? `${main} · ${format.count(entry, f.count)}`
            : main;
        return (
          <li key={f.method ?? f.source}>
            <span className="city-label">
              {t(`panel.city.${label}`, { year })}
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
