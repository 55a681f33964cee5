import {
  createColorScale,
  NO_DATA_COLOR,
  type ImportPreview,
  type IndicatorEntry,
} from '@peta/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoundaries } from '../map/use-boundaries.ts';
import { valuesOfYear } from './mapping-edits.ts';
import { createSvgProjection, svgPathOf } from './svg-outline.ts';

/** Width of the map's drawing box; CSS scales it to the space there is. */
const WIDTH = 320;

/**
 * A small map of the values the preview would save for one year: the kelurahan boundaries
 * as SVG, coloured with the indicator's default palette; kelurahan without a value in grey.
 * Cheap on purpose: no WebGL, no tiles.
 */
export function PreviewMap({ preview, entry }: { preview: ImportPreview; entry: IndicatorEntry }) {
  const { t } = useTranslation();
  const boundaries = useBoundaries();
  const [year, setYear] = useState<number | null>(null);
  const shownYear = year !== null && preview.years.includes(year) ? year : preview.years.at(-1);
  const outlines = useMemo(() => {
    if (!boundaries.data) return null;
    const projection = createSvgProjection(boundaries.data.bbox, WIDTH);
    return {
      height: projection.height,
      paths: boundaries.data.kelurahan.features.map((f) => ({
        code: f.properties.code,
        name: f.properties.name,
        d: svgPathOf(f.geometry, projection),
      })),
    };
  }, [boundaries.data]);
  if (outlines === null || shownYear === undefined) return null;

  const values = valuesOfYear(preview.rows, shownYear);
  const scale = createColorScale({
    values: [...values.values()],
    method: entry.classification.method === 'fixed' ? 'fixed' : 'quantile',
    classes: entry.classification.classes,
    palette: entry.classification.palette,
    fixedBreaks: entry.classification.fixedBreaks,
  });
  return (
    <section className="admin-section data-preview-map" aria-labelledby="data-map-heading">
      <div className="admin-section-header">
        <h3 id="data-map-heading">{t('data.wizard.map.heading', { year: shownYear })}</h3>
        {preview.years.length > 1 && (
          <select
            aria-label={t('data.wizard.rows.year')}
            value={shownYear}
            onChange={(e) => {
              setYear(Number(e.target.value));
            }}
          >
            {preview.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        )}
      </div>
      <svg
        className="data-map-svg"
        viewBox={`0 0 ${WIDTH} ${outlines.height}`}
        role="img"
        aria-label={t('data.wizard.map.label', { year: shownYear })}
        data-testid="preview-map"
      >
        {outlines.paths.map(({ code, name, d }) => {
          const value = values.get(code);
          return (
            <path key={code} d={d} fill={scale.colorOf(value)} data-code={code}>
              <title>
                {name}: {value ?? t('data.wizard.map.noData')}
              </title>
            </path>
          );
        })}
      </svg>
      <ul className="data-map-legend">
        {scale.legend().map((entryOfLegend) => (
          <li key={entryOfLegend.index}>
            <span className="data-swatch" style={{ background: entryOfLegend.color }} />
            {entryOfLegend.from ?? '…'} – {entryOfLegend.to ?? '…'}
          </li>
        ))}
        <li>
          <span className="data-swatch" style={{ background: NO_DATA_COLOR }} />
          {t('data.wizard.map.noData')}
        </li>
      </ul>
    </section>
  );
}
