import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLayerRegistry } from '../layers/registry.ts';
import { useThematic, useThematicActions } from '../state/store.ts';
import { selectableYears } from './selectable-years.ts';

/**
 * A select labelled "Tahun data": the indicator year the map, legend and panel show. Offers
 * the years the visible indicators have data for (from the catalogue); a visible indicator
 * without data in the chosen year shows "tidak ada data".
 */
export function YearSelector() {
  const { t } = useTranslation();
  const id = useId();
  const { year, layers } = useThematic();
  const { setYear } = useThematicActions();
  const { registry } = useLayerRegistry();
  const years = selectableYears(registry, layers, year);
  return (
    <div className="field">
      <label htmlFor={id}>{t('year.label')}</label>
      <select
        id={id}
        value={year}
        onChange={(event) => {
          setYear(Number(event.target.value));
        }}
      >
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
