import { KECAMATAN } from '@peta/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useKecamatanFilter } from '../search/use-kecamatan-filter.ts';
import { useThematicActions } from '../state/store.ts';

const BY_NAME = [...KECAMATAN].sort((a, b) => a.name.localeCompare(b.name, 'id'));

/**
 * A select labelled "Kecamatan": narrows the map, the search suggestions and the kelurahan list
 * to one kecamatan (the store's `kecamatanFilter`); "Semua kecamatan" lifts it.
 */
export function KecamatanFilter() {
  const { t } = useTranslation();
  const id = useId();
  const kecamatanFilter = useKecamatanFilter();
  const { setKecamatanFilter } = useThematicActions();
  return (
    <div className="field">
      <label htmlFor={id}>{t('filter.label')}</label>
      <select
        id={id}
        value={kecamatanFilter ?? ''}
        onChange={(event) => {
          const { value } = event.target;
          setKecamatanFilter(KECAMATAN.find((k) => k.code === value)?.code ?? null);
        }}
      >
        <option value="">{t('filter.all')}</option>
        {BY_NAME.map(({ code, name }) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
