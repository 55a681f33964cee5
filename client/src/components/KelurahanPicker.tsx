import { KECAMATAN } from '@peta/shared';
import { useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { KelurahanInfo } from '../map/load-boundaries.ts';
import { useSelection } from '../state/store.ts';

/** Props of {@link KelurahanPicker}. */
export interface KelurahanPickerProps {
  kelurahanByCode: ReadonlyMap<string, KelurahanInfo>;
  ref?: Ref<HTMLSelectElement>;
}

/** A list of all kelurahan grouped by kecamatan: the keyboard way to select one. */
export function KelurahanPicker({ kelurahanByCode, ref }: KelurahanPickerProps) {
  const { t } = useTranslation();
  const { selectedKelurahan, selectKelurahan, clearSelection } = useSelection();
  const groups = useMemo(() => groupByKecamatan(kelurahanByCode), [kelurahanByCode]);
  return (
    <div className="field">
      <label htmlFor="kelurahan-picker">{t('picker.label')}</label>
      <select
        ref={ref}
        id="kelurahan-picker"
        value={selectedKelurahan ?? ''}
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

function groupByKecamatan(kelurahanByCode: ReadonlyMap<string, KelurahanInfo>) {
  const all = [...kelurahanByCode.values()].sort((a, b) => a.name.localeCompare(b.name, 'id'));
  return KECAMATAN.map(({ code, name }) => ({
    code,
    name,
    kelurahan: all.filter((k) => k.kecamatanCode === code),
  })).sort((a, b) => a.name.localeCompare(b.name, 'id'));
}
