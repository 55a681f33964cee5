import type { Indicator } from '@peta/shared';
import { useTranslation } from 'react-i18next';
import { useIndicatorFormat } from '../panel/use-indicator-format.ts';
import { useIndicatorSeries } from '../panel/use-indicator-series.ts';
import { KelurahanPanelCity } from './KelurahanPanelCity.tsx';
import { KelurahanPanelRetry } from './KelurahanPanelRetry.tsx';
import { KelurahanPanelSource } from './KelurahanPanelSource.tsx';
import { TrendChart } from './TrendChart.tsx';

/** The figures of a record shown, each under `data-testid` of its name. */
const FIGURES = ['value', 'count'] as const;

/** Props of {@link KelurahanPanelIndicator}. */
export interface KelurahanPanelIndicatorProps {
  indicator: Indicator;
  kelurahanCode: string;
  year: number;
}

/**
 * One indicator of the kelurahan in the selected year: value, count, rank among the 57, source
 * with the "data contoh" badge, the city figure, and the 2019–2025 trend. E2E hooks:
 * `data-testid="indicator-<slug>"` with `value`, `count` and `rank` inside, each with the raw
 * number in `data-raw`.
 */
export function KelurahanPanelIndicator({
  indicator,
  kelurahanCode,
  year,
}: KelurahanPanelIndicatorProps) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const { status, current, rank, ranked, series, refetch } = useIndicatorSeries(
    indicator,
    kelurahanCode,
    year,
  );
  const title = t(`panel.indicator.${indicator}.title`);
  const known = series.flatMap(({ year: y, value }) => (value === null ? [] : [{ y, value }]));
  const first = known[0];
  const last = known.at(-1);
  const trend =
    first && last
      ? t('panel.trend', {
          title,
          first: first.y,
          firstValue: format.value(indicator, first.value),
          last: last.y,
          lastValue: format.value(indicator, last.value),
        })
      : t('panel.trendEmpty', { title });
  const trendLabel = current?.isSample ? `${trend} (${t('panel.sample')})` : trend;

  return (
    <div className="indicator" data-testid={`indicator-${indicator}`}>
      <div className="indicator-header">
        <h4>{title}</h4>
        {current && rank !== undefined && (
          <p
            className="indicator-rank"
            data-testid="rank"
            data-raw={rank}
            title={t('panel.rankHint')}
          >
            {t('panel.rank', { rank, total: ranked })}
          </p>
        )}
      </div>
      {status === 'pending' && <p className="muted">{t('panel.loading')}</p>}
      {status === 'error' && <KelurahanPanelRetry onRetry={refetch} />}
      {status === 'success' && !current && <p className="muted">{t('panel.noData', { year })}</p>}
      {current && (
        <>
          <dl className="indicator-figures">
            {FIGURES.map((figure) => (
              <div key={figure}>
                <dt>{t(`panel.indicator.${indicator}.${figure}`)}</dt>
                <dd data-testid={figure} data-raw={current[figure]}>
                  {format[figure](indicator, current[figure])}
                </dd>
              </div>
            ))}
          </dl>
          <KelurahanPanelSource source={current.source} year={year} isSample={current.isSample} />
        </>
      )}
      <KelurahanPanelCity indicator={indicator} year={year} />
      <TrendChart points={series} selectedYear={year} label={trendLabel} />
    </div>
  );
}
