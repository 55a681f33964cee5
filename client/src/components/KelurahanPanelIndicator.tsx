import type { IndicatorEntry } from '@peta/shared';
import { useTranslation } from 'react-i18next';
import { provenanceLine } from '../layers/choropleth/provenance-line.ts';
import { entryName } from '../layers/layer-text.ts';
import { useIndicatorFormat } from '../panel/use-indicator-format.ts';
import { useIndicatorSeries } from '../panel/use-indicator-series.ts';
import { KelurahanPanelCity } from './KelurahanPanelCity.tsx';
import { KelurahanPanelRetry } from './KelurahanPanelRetry.tsx';
import { KelurahanPanelSource } from './KelurahanPanelSource.tsx';
import { TrendChart } from './TrendChart.tsx';

/** Props of {@link KelurahanPanelIndicator}. */
export interface KelurahanPanelIndicatorProps {
  /** The catalogue entry: name, unit, polarity, years with data. */
  entry: IndicatorEntry;
  kelurahanCode: string;
  year: number;
}

/**
 * One indicator of the kelurahan in the selected year: value, count, rank among the kelurahan
 * ("peringkat N dari 57", 1 = worst by the entry's polarity), the dataset version's provenance
 * with the "data contoh" badge for sample data, the city figure, and the trend over the years
 * with data. E2E hooks: `data-testid="indicator-<slug>"` with `value`, `count` and `rank`
 * inside, each with the raw number in `data-raw`.
 */
export function KelurahanPanelIndicator({
  entry,
  kelurahanCode,
  year,
}: KelurahanPanelIndicatorProps) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const { status, yearData, current, rank, ranked, series, refetch } = useIndicatorSeries(
    entry,
    kelurahanCode,
    year,
  );
  const title = entryName({ id: entry.nameId, en: entry.nameEn }, t);
  const known = series.flatMap(({ year: y, value }) => (value === null ? [] : [{ y, value }]));
  const first = known[0];
  const last = known.at(-1);
  const trend =
    first && last
      ? t('panel.trend', {
          title,
          first: first.y,
          firstValue: format.value(entry, first.value),
          last: last.y,
          lastValue: format.value(entry, last.value),
        })
      : t('panel.trendEmpty', { title });
  const provenance = yearData?.provenance ?? null;
  const trendLabel = provenance?.isSample ? `${trend} (${t('panel.sample')})` : trend;

  return (
    <div className="indicator" data-testid={`indicator-${entry.slug}`}>
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
      {status === 'success' && !current && (
        <p className="muted" data-testid="no-data">
          {t('panel.noData', { year })}
        </p>
      )}
      {current && (
        <dl className="indicator-figures">
          <div>
            <dt>{t('panel.value')}</dt>
            <dd data-testid="value" data-raw={current.value}>
              {format.value(entry, current.value)}
            </dd>
          </div>
          {current.count !== null && (
            <div>
              <dt>{t('panel.count')}</dt>
              <dd data-testid="count" data-raw={current.count}>
                {format.count(entry, current.count)}
              </dd>
            </div>
          )}
        </dl>
      )}
      {current && provenance && (
        <KelurahanPanelSource
          source={provenanceLine(provenance, t)}
          isSample={provenance.isSample}
        />
      )}
      <KelurahanPanelCity entry={entry} year={year} />
      <TrendChart points={series} selectedYear={year} label={trendLabel} />
    </div>
  );
}
