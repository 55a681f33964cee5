import { useTranslation } from 'react-i18next';
import { useIndicatorCatalogue } from '../layers/use-indicator-catalogue.ts';
import { useYear } from '../state/store.ts';
import { KelurahanPanelIndicator } from './KelurahanPanelIndicator.tsx';
import { KelurahanPanelPlaces } from './KelurahanPanelPlaces.tsx';
import { KelurahanPanelRetry } from './KelurahanPanelRetry.tsx';

/**
 * The data part of the kelurahan panel: every indicator of the catalogue in the store's year,
 * then the points inside the kelurahan. Loaded lazily, apart from the first-view bundle.
 */
export function KelurahanPanelDetails({ kelurahanCode }: { kelurahanCode: string }) {
  const { t } = useTranslation();
  const year = useYear();
  const { entries, isError, refetch } = useIndicatorCatalogue();
  return (
    <>
      <h3 className="panel-section-heading">{t('panel.indicators', { year })}</h3>
      {!entries && !isError && <p className="muted">{t('panel.loading')}</p>}
      {!entries && isError && <KelurahanPanelRetry onRetry={refetch} />}
      {entries
        ?.filter((entry) => entry.retiredAt === null)
        .map((entry) => (
          <KelurahanPanelIndicator
            key={entry.slug}
            entry={entry}
            kelurahanCode={kelurahanCode}
            year={year}
          />
        ))}
      <h3 className="panel-section-heading">{t('panel.places')}</h3>
      <KelurahanPanelPlaces kelurahanCode={kelurahanCode} />
    </>
  );
}
