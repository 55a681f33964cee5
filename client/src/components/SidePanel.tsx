import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Boundaries } from '../map/load-boundaries.ts';
import { useSelection } from '../state/store.ts';
import { KelurahanPicker } from './KelurahanPicker.tsx';
import { SelectionPanel } from './SelectionPanel.tsx';

/** Props of {@link SidePanel}. */
export interface SidePanelProps {
  /** Undefined while the boundaries load. */
  boundaries: Boundaries | undefined;
}

/** The panel beside the map: kelurahan picker and the selected kelurahan. */
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
      {boundaries && (
        <KelurahanPicker ref={pickerRef} kelurahanByCode={boundaries.kelurahanByCode} />
      )}
      <div aria-live="polite">
        {selected ? (
          <SelectionPanel kelurahan={selected} onClose={close} />
        ) : (
          <p className="hint">{t('selection.hint')}</p>
        )}
      </div>
    </aside>
  );
}
