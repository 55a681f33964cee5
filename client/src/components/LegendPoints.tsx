import { useTranslation } from 'react-i18next';
import { layerMeasure } from '../layers/layer-text.ts';
import { legendTitle } from '../layers/legend-title.ts';
import type { PointModel } from '../layers/thematic-layer.ts';
import { LegendHeader } from './LegendHeader.tsx';
import { LegendSizeKey } from './LegendSizeKey.tsx';
import { LegendTable } from './LegendTable.tsx';

/** Props of {@link LegendPoints}. */
export interface LegendPointsProps {
  model: PointModel;
  metresPerPixel: number;
}

/**
 * A point layer's categories with their colours and point counts
 * (`data-testid="legend-category"`, `data-category`, `data-count`), and its size key if sized.
 */
export function LegendPoints({ model, metresPerPixel }: LegendPointsProps) {
  const { t } = useTranslation();
  const year = model.year ?? '';
  return (
    <>
      <LegendHeader
        title={legendTitle(model, t)}
        measure={layerMeasure(model.definition, t)}
        sources={model.sources}
        isSample={model.isSample}
      />
      {model.pointCount === 0 && (
        <p className="legend-note">{t('layers.legend.empty', { year })}</p>
      )}
      <LegendTable
        columns={[t('layers.legend.category'), t('layers.legend.points')]}
        rows={model.categories.map((category) => ({
          key: category.key,
          data: {
            'data-testid': 'legend-category',
            'data-category': category.key,
            'data-count': category.count,
          },
          color: category.color,
          label: category.label(t),
          count: category.count,
        }))}
        opacity={model.opacity}
        round
      />
      {model.sizeKey && <LegendSizeKey sizeKey={model.sizeKey} metresPerPixel={metresPerPixel} />}
    </>
  );
}
