import { NO_DATA_COLOR, PRIORITY_COMPONENTS } from '@peta/shared';
import { useTranslation } from 'react-i18next';
import { legendTitle } from '../layers/legend-title.ts';
import { choroplethSources } from '../layers/choropleth/choropleth-sources.ts';
import { useChoroplethFormat } from '../layers/choropleth/use-choropleth-format.ts';
import { formatNumber } from '../layers/format.ts';
import type { ChoroplethModel } from '../layers/thematic-layer.ts';
import { LegendHeader } from './LegendHeader.tsx';
import { LegendTable, type LegendRow } from './LegendTable.tsx';

/** Props of {@link LegendChoropleth}. */
export interface LegendChoroplethProps {
  model: ChoroplethModel;
}

/**
 * A choropleth's classes from `model.scale.legend()`, the scale the map is coloured with: one
 * row per class (`data-testid="legend-class"`, `data-from`/`data-to` raw bounds, empty where
 * open, `data-count` kelurahan in it), then no-data kelurahan if any.
 */
export function LegendChoropleth({ model }: LegendChoroplethProps) {
  const { t, i18n } = useTranslation();
  const format = useChoroplethFormat(model.id, model.scale);
  const { id, data, scale, opacity } = model;
  const { weights } = data;
  const rows: LegendRow[] = scale.legend().map((entry) => ({
    key: String(entry.index),
    data: {
      'data-testid': 'legend-class',
      'data-from': entry.from ?? '',
      'data-to': entry.to ?? '',
      'data-count': entry.count,
    },
    color: entry.color,
    label: format.range(entry.from, entry.to),
    count: entry.count,
  }));
  if (scale.noDataCount > 0) {
    rows.push({
      key: 'no-data',
      data: { 'data-testid': 'legend-no-data', 'data-count': scale.noDataCount },
      color: NO_DATA_COLOR,
      label: t('layers.legend.noData'),
      count: scale.noDataCount,
    });
  }
  return (
    <>
      <LegendHeader
        title={legendTitle(model, t)}
        measure={t(`layers.measures.${id}`)}
        sources={choroplethSources(t, model)}
        isSample={data.isSample}
      >
        {weights && (
          <p className="legend-measure">
            {t('layers.legend.weights', {
              weights: PRIORITY_COMPONENTS.map(
                (c) =>
                  `${t(`layers.components.${c}`)} ${formatNumber(i18n.language, weights[c] * 100, 0)} %`,
              ).join(', '),
            })}
          </p>
        )}
      </LegendHeader>
      <LegendTable
        columns={[t('layers.legend.value'), t('layers.legend.kelurahan')]}
        rows={rows}
        opacity={opacity}
      />
    </>
  );
}
