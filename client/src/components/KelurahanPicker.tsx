import { KECAMATAN } from '@peta/shared';
import { useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { KelurahanInfo } from '../map/load-boundaries.ts';
import { inKecamatan, useKecamatanFilter } from '../search/use-kecamatan-filter.ts';
import { useSelection } from '../state/store.ts';

/** Props of {@link KelurahanPicker}. */
export interface KelurahanPickerProps {
  kelurahanByCode: ReadonlyMap<string, KelurahanInfo>;
  ref?: Ref<HTMLSelectElement>;
}

/**
 * A list of the kelurahan grouped by kecamatan, narrowed by the kecamatan filter: the keyboard
 * way to select one.
 */
export function KelurahanPicker({ kelurahanByCode, ref }: KelurahanPickerProps) {
  const { t } = useTranslation();
  const { selectedKelurahan, selectKelurahan, clearSelection } = useSelection();
  const kecamatanFilter = useKecamatanFilter();
  const groups = useMemo(
    () => groupByKecamatan(inKecamatan(kelurahanByCode.values(), kecamatanFilter)),
    [kelurahanByCode, kecamatanFilter],
  );
  const listed = groups.some((g) => g.kelurahan.some((k) => k.code === selectedKelurahan));
  return (
    <div className="field">
      <label htmlFor="kelurahan-picker">{t('picker.label')}</label>
      <select
        ref={ref}
        id="kelurahan-picker"
        value={listed ? (selectedKelurahan ?? '') : ''}
        onChange={(event) => {
          const code = event.target.value;
          if (code === '') clearSelection();
          else selectKelurahan(code, 'list');
        }}
      >
        <option value="">{t('picker.placeholder')}</option>
        {groups.map(({ code, name, kelurahan }) => (
          <optgroup key={code} label={t('picker.kecamatanGroup', { name })}>
            {kelurahan.map((k) => (
              <option key={k.code} value={k.code}>
                {k.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

function groupByKecamatan(kelurahan: readonly KelurahanInfo[]) {
  const all = [...kelurahan].sort((a, b) => a.name.localeCompare(b.name, 'id'));
  return KECAMATAN.map(({ code, name }) => ({
    code,
    name,
    kelurahan: all.filter((k) => k.kecamatanCode === code),
  }))
    .filter((group) => group.kelurahan.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
}
