import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlacesInKelurahan } from '../panel/use-kelurahan-places.ts';
import { KelurahanPanelRetry } from './KelurahanPanelRetry.tsx';
import { KelurahanPanelSource } from './KelurahanPanelSource.tsx';

/** What one list item shows. */
export interface PlaceDescription {
  name: string;
  /** Key facts, shown joined by " · ". */
  facts: ReactNode[];
  /** The data year, where the source does not say it. */
  year?: number;
}

/** Props of {@link KelurahanPanelPlaceList}. */
export interface KelurahanPanelPlaceListProps<T> {
  heading: string;
  /** `data-testid` of the list's wrapper. */
  testId: string;
  places: PlacesInKelurahan<T>;
  describe: (item: T) => PlaceDescription;
}

type Place = { id: string; source: string; isSample: boolean };

/**
 * A heading with the count and the points of one kind inside the kelurahan, each with its key
 * facts and source (badged "data contoh" where sample), or "Tidak ada".
 */
export function KelurahanPanelPlaceList<T extends Place>({
  heading,
  testId,
  places,
  describe,
}: KelurahanPanelPlaceListProps<T>) {
  const { t } = useTranslation();
  const { items } = places;
  return (
    <div className="place-list" data-testid={testId}>
      <h4>
        {heading}
        {items && <span className="place-count"> ({items.length})</span>}
      </h4>
      {places.isError ? (
        <KelurahanPanelRetry onRetry={places.refetch} />
      ) : items === undefined ? (
        <p className="muted">{t('panel.loading')}</p>
      ) : items.length === 0 ? (
        <p className="muted">{t('panel.none')}</p>
      ) : (
        <ul>
          {items.map((item) => {
            const { name, facts, year } = describe(item);
            return (
              <li key={item.id}>
                <span className="place-name">{name}</span>
                <span className="place-facts">
                  {facts.map((fact, i) => (
                    <Fragment key={i}>
                      {i > 0 && ' · '}
                      {fact}
                    </Fragment>
                  ))}
                </span>
                <KelurahanPanelSource source={item.source} year={year} isSample={item.isSample} />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
