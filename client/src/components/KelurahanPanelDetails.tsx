import { INDICATORS } from '@peta/shared';
import { useTranslation } from 'react-i18next';
import { useYear } from '../state/store.ts';
import { KelurahanPanelIndicator } from './KelurahanPanelIndicator.tsx';
import { KelurahanPanelPlaces } from './KelurahanPanelPlaces.tsx';

/**
 * The data part of the kelurahan panel: every indicator in the store's year, then the points
 * inside the kelurahan. Loaded lazily, apart from the first-view bundle.
 */
export function KelurahanPanelDetails({ kelurahanCode }: { kelurahanCode: string }) {
  const { t } = useTranslation();
  const year = useYear();
  return (
    <>
      <h3 className="panel-section-heading">{t('panel.indicators', { year })}</h3>
      {INDICATORS.map((indicator) => (
        <KelurahanPanelIndicator
          key={indicator}
          indicator={indicator}
          kelurahanCode={kelurahanCode}
          year={year}
        />
      ))}
      <h3 className="panel-section-heading">{t('panel.places')}</h3>
      <KelurahanPanelPlaces kelurahanCode={kelurahanCode} />
    </>
  );
}
