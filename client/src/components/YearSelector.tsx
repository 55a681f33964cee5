import { INDICATOR_YEARS } from '@peta/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useThematicActions, useYear } from '../state/store.ts';

/** A select labelled "Tahun data" (2019–2025): the indicator year the map, legend and panel show. */
export function YearSelector() {
  const { t } = useTranslation();
  const id = useId();
  const year = useYear();
  const { setYear } = useThematicActions();
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
        {INDICATOR_YEARS.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
