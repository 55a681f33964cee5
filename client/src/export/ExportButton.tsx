import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportMenu as ExportMenuComponent } from './ExportMenu.tsx';
import { ExportTrigger } from './ExportTrigger.tsx';
import type { MapExportSource } from './map-export-source.ts';
import './export-button.css';

// The menu (its library and all export code) is loaded when first wanted, so the map's first
// view does not grow: hovering or focusing the button fetches it, activating it opens it.
const loadMenu = () => import('./ExportMenu.tsx');

/** Props of {@link ExportButton}. */
export interface ExportButtonProps {
  /** The map view to export, read when an export runs. */
  source: RefObject<MapExportSource>;
}

/** The loaded menu, and whether it was first asked for from the keyboard. */
interface LoadedMenu {
  readonly Menu: typeof ExportMenuComponent;
  readonly keyboard: boolean;
}

/**
 * The "Ekspor" button of the map view. Until first used it is a plain button; activating it
 * loads the export menu, which then takes its place already open. The button keeps focus
 * while the menu loads.
 */
export function ExportButton({ source }: ExportButtonProps) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<LoadedMenu | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);

  if (loaded) {
    return (
      <div className="export-menu">
        <loaded.Menu source={source} openedWithKeyboard={loaded.keyboard} />
      </div>
    );
  }
  const prefetch = () => {
    void loadMenu().catch(() => undefined);
  };
  const open = (keyboard: boolean) => {
    if (loading) return;
    setLoading(true);
    setFailed(false);
    loadMenu()
      .then(({ ExportMenu }) => {
        setLoaded({ Menu: ExportMenu, keyboard });
      })
      .catch((error: unknown) => {
        console.error('Export menu failed to load', error);
        setFailed(true);
      })
      .finally(() => {
        setLoading(false);
      });
  };
  return (
    <div className="export-menu">
      <ExportTrigger
        busy={loading}
        onPointerEnter={prefetch}
        onFocus={prefetch}
        onClick={(event) => {
          // A click from Enter or Space has no pointer position (detail 0).
          open(event.detail === 0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            open(true);
          }
        }}
      />
      {failed && (
        <p className="export-status export-error" role="alert">
          {t('exports.loadError')}
        </p>
      )}
    </div>
  );
}
