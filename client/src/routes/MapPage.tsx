import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { MapMessage } from '../components/MapMessage.tsx';
import { SidePanel } from '../components/SidePanel.tsx';
import { ExportButton } from '../export/ExportButton.tsx';
import { useMapExportSource, type MapExportSourceHooks } from '../export/use-map-export-source.ts';
import { MapView } from '../map/MapView.tsx';
import { useBoundaries } from '../map/use-boundaries.ts';

/** `/`: the map filling the page with its export menu, and the side panel. */
export function MapPage() {
  const boundaries = useBoundaries();
  const exportSource = useMapExportSource();
  return (
    <main className="app-main">
      <div className="map-area">
        <MapArea boundaries={boundaries} exportSource={exportSource} />
        {boundaries.data && <ExportButton source={exportSource.source} />}
      </div>
      <SidePanel boundaries={boundaries.data} />
    </main>
  );
}

/** Props of {@link MapArea}. */
interface MapAreaProps {
  boundaries: ReturnType<typeof useBoundaries>;
  /** Told the map, its overlay and visible layers, for the exports. */
  exportSource: Pick<MapExportSourceHooks, 'onMap' | 'onLayers'>;
}

/** The map once the boundaries are there; until then their loading or error state. */
function MapArea({ boundaries, exportSource }: MapAreaProps) {
  const { t } = useTranslation();
  const { onMap, onLayers } = exportSource;
  if (boundaries.data) {
    return (
      <ErrorBoundary fallback={<MapMessage>{t('map.webglError')}</MapMessage>}>
        <MapView boundaries={boundaries.data} onMap={onMap} onLayers={onLayers} />
      </ErrorBoundary>
    );
  }
  if (boundaries.isError) {
    const retry = { label: t('map.retry'), onRetry: () => void boundaries.refetch() };
    return <MapMessage retry={retry}>{t('map.loadError')}</MapMessage>;
  }
  return <MapMessage busy>{t('map.loading')}</MapMessage>;
}
