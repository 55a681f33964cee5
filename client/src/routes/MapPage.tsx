import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { MapMessage } from '../components/MapMessage.tsx';
import { SidePanel } from '../components/SidePanel.tsx';
import { MapView } from '../map/MapView.tsx';
import { useBoundaries } from '../map/use-boundaries.ts';

/** `/`: the map filling the page, and the side panel. */
export function MapPage() {
  const boundaries = useBoundaries();
  return (
    <main className="app-main">
      <div className="map-area">
        <MapArea boundaries={boundaries} />
      </div>
      <SidePanel boundaries={boundaries.data} />
    </main>
  );
}

/** The map once the boundaries are there; until then their loading or error state. */
function MapArea({ boundaries }: { boundaries: ReturnType<typeof useBoundaries> }) {
  const { t } = useTranslation();
  if (boundaries.data) {
    return (
      <ErrorBoundary fallback={<MapMessage>{t('map.webglError')}</MapMessage>}>
        <MapView boundaries={boundaries.data} />
      </ErrorBoundary>
    );
  }
  if (boundaries.isError) {
    const retry = { label: t('map.retry'), onRetry: () => void boundaries.refetch() };
    return <MapMessage retry={retry}>{t('map.loadError')}</MapMessage>;
  }
  return <MapMessage busy>{t('map.loading')}</MapMessage>;
}
