import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { useBoundaries } from '../map/use-boundaries.ts';
import { MAP_WITH_PROGRAM_SITES } from '../routes/paths.ts';
import { usePetaStore } from '../state/store.ts';
import { useTRPC } from '../trpc.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { ProgramSection } from './ProgramSection.tsx';

const ProgramSitesMap = lazy(async () => ({
  default: (await import('./ProgramSitesMap.tsx')).ProgramSitesMap,
}));

/**
 * "Lokasi": the program's sites (from `programSites.list`, the map layer's query) on a lazy
 * mini-map and as a list, with "Lihat di peta" to the full map with the sites layer on.
 */
export function ProgramLocations({ programId, name }: { programId: string; name: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const sites = useQuery({
    ...trpc.programSites.list.queryOptions(),
    select: (all) => all.filter((site) => site.programId === programId),
  });
  const kelurahan = useBoundaries().data?.kelurahanByCode;
  const label = t('programs.locations.mapLabel', { name });
  return (
    <ProgramSection id="locations" title={t('programs.locations.title')}>
      {sites.data && sites.data.length > 0 ? (
        <>
          <ErrorBoundary fallback={null}>
            <Suspense fallback={<p className="muted">{t('programs.locations.loading')}</p>}>
              <ProgramSitesMap sites={sites.data} label={label} />
            </Suspense>
          </ErrorBoundary>
          <ul className="item-list">
            {sites.data.map((site) => {
              const place = site.kelurahanCode ? kelurahan?.get(site.kelurahanCode) : undefined;
              return (
                <li key={site.id}>
                  <span className="item-title">{site.name}</span>
                  <span className="item-meta">
                    <StatusBadge status={site.status} />
                    {place && (
                      <span>{t('programs.locations.kelurahan', { name: place.name })}</span>
                    )}
                    {site.positionApproximate && (
                      <span className="muted">{t('programs.locations.approximate')}</span>
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="muted">
          {sites.isPending ? t('programs.page.loading') : t('programs.locations.empty')}
        </p>
      )}
      <p>
        <Link
          href={MAP_WITH_PROGRAM_SITES}
          onClick={() => {
            // The map reads its link only at start; in-app, switch the layer on directly.
            const { layers, toggleLayer } = usePetaStore.getState();
            if (!layers.some((layer) => layer.id === 'program-sites')) toggleLayer('program-sites');
          }}
        >
          {t('programs.locations.viewOnMap')}
        </Link>
      </p>
    </ProgramSection>
  );
}
