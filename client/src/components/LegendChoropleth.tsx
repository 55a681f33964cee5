import { NO_DATA_COLOR } from '@peta/shared';
import { useTranslation } from 'react-i18next';
import { legendTitle } from '../layers/legend-title.ts';
import { choroplethSources } from '../layers/choropleth/choropleth-sources.ts';
import { useChoroplethFormat } from '../layers/choropleth/use-choropleth-format.ts';
import { compositePartsLine } from '../layers/composite-parts-line.ts';
import { layerMeasure } from '../layers/layer-text.ts';
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
  const format = useChoroplethFormat(model.definition, model.scale);
  const { definition, data, scale, opacity } = model;
  const weights = compositePartsLine(data, t, i18n.language);
  const sources = choroplethSources(t, model);
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
        measure={layerMeasure(definition, t)}
        sources={sources}
        isSample={data.isSample}
      >
        {weights !== null && <p className="legend-measure">{weights}</p>}
        {sources.length === 0 && (
          <p className="legend-note" data-testid="legend-no-year-data">
            {t('layers.legend.noDataYear', { year: data.year })}
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
