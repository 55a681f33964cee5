import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Boundaries } from '../map/load-boundaries.ts';
import { useSelection } from '../state/store.ts';
import { KecamatanFilter } from './KecamatanFilter.tsx';
import { KelurahanPanel } from './KelurahanPanel.tsx';
import { KelurahanPicker } from './KelurahanPicker.tsx';
import { LayerPanel } from './LayerPanel.tsx';
import { SearchBox } from './SearchBox.tsx';
import { YearSelector } from './YearSelector.tsx';

/** Props of {@link SidePanel}. */
export interface SidePanelProps {
  /** Undefined while the boundaries load. */
  boundaries: Boundaries | undefined;
}

/**
 * The panel beside the map: search, kecamatan filter, data year, kelurahan picker, the
 * selected kelurahan and the map layers.
 */
export function SidePanel({ boundaries }: SidePanelProps) {
  const { t } = useTranslation();
  const { selectedKelurahan, clearSelection } = useSelection();
  const panelRef = useRef<HTMLElement>(null);
  const pickerRef = useRef<HTMLSelectElement>(null);
  const selected =
    selectedKelurahan === null ? undefined : boundaries?.kelurahanByCode.get(selectedKelurahan);

  // Closing may remove the focused close button: keep focus in the panel, on the picker.
  const close = useCallback(() => {
    const focusInPanel = panelRef.current?.contains(document.activeElement) ?? false;
    clearSelection();
    if (focusInPanel) pickerRef.current?.focus();
  }, [clearSelection]);

  return (
    <aside ref={panelRef} className="side-panel" aria-label={t('sidePanel.label')}>
      <h2 className="side-panel-heading">{t('sidePanel.heading')}</h2>
      {boundaries && <SearchBox kelurahanByCode={boundaries.kelurahanByCode} />}
      <div className="side-panel-filters">
        <KecamatanFilter />
        <YearSelector />
      </div>
      {boundaries && (
        <KelurahanPicker ref={pickerRef} kelurahanByCode={boundaries.kelurahanByCode} />
      )}
      {/* Announces the choice only: a live region around the whole panel would read it all out. */}
      <p className="visually-hidden" aria-live="polite">
        {selected ? t('panel.announce', { name: selected.name }) : ''}
      </p>
      {selected ? (
        <KelurahanPanel kelurahan={selected} onClose={close} />
      ) : (
        <p className="hint">{t('selection.hint')}</p>
      )}
      <LayerPanel />
    </aside>
  );
}
