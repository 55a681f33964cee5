import { useTranslation } from 'react-i18next';
import { legendTitle } from '../legend-title.ts';
import { formatNumber } from '../format.ts';
import { SourceNote } from '../SourceNote.tsx';
import type { ChoroplethModel } from '../thematic-layer.ts';
import { choroplethSources } from './choropleth-sources.ts';
import { useChoroplethFormat } from './use-choropleth-format.ts';

/** Props of {@link ChoroplethTooltipRows}. */
export interface ChoroplethTooltipRowsProps {
  /** The hovered kelurahan. */
  code: string;
  /** Visible choropleths, topmost first. */
  models: readonly ChoroplethModel[];
}

/** The hovered kelurahan's value, count, class and source in each visible choropleth. */
export function ChoroplethTooltipRows({ code, models }: ChoroplethTooltipRowsProps) {
  return (
    <>
      {models.map((model) => (
        <ChoroplethTooltipRow key={model.id} code={code} model={model} />
      ))}
    </>
  );
}

function ChoroplethTooltipRow({ code, model }: { code: string; model: ChoroplethModel }) {
  const { t, i18n } = useTranslation();
  const format = useChoroplethFormat(model.definition, model.scale);
  const { scale, data, definition } = model;
  const entry = data.values.get(code);
  const classIndex = scale.classIndexOf(entry?.value);
  const legendEntry = scale.legend()[classIndex];
  const title = legendTitle(model, t);
  const countValue = entry?.count ?? null;
  const countNumber = countValue === null ? null : formatNumber(i18n.language, countValue, 0);
  const count =
    countNumber === null
      ? null
      : definition.countUnit === null
        ? countNumber
        : t(`panel.unit.${definition.countUnit}`, { value: countNumber });
  return (
    <div className="tooltip-layer">
      <p>
        <span
          className="tooltip-swatch"
          style={{ backgroundColor: scale.colorOf(entry?.value) }}
          aria-hidden="true"
        />
        <strong>{title}:</strong> {entry ? format.value(entry.value) : t('layers.tooltip.noData')}
        {count !== null && ` · ${count}`}
      </p>
      {entry && legendEntry && (
        <p>
          {t('layers.tooltip.class', {
            index: classIndex + 1,
            classes: scale.classes,
            range: format.range(legendEntry.from, legendEntry.to),
          })}
        </p>
      )}
      {entry && <SourceNote sources={choroplethSources(t, model)} isSample={data.isSample} />}
    </div>
  );
}
