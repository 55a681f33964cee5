import { useTranslation } from 'react-i18next';
import { useFormatters } from '../panel/use-formatters.ts';
import { useKelurahanPlaces } from '../panel/use-kelurahan-places.ts';
import { KelurahanPanelPlaceList } from './KelurahanPanelPlaceList.tsx';

/** The flood spots, CSR projects and program sites inside a kelurahan, with their key facts. */
export function KelurahanPanelPlaces({ kelurahanCode }: { kelurahanCode: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { floodSpots, csrProjects, programSites, programNames } = useKelurahanPlaces(kelurahanCode);
  return (
    <>
      <KelurahanPanelPlaceList
        heading={t('panel.floodSpots')}
        testId="flood-spots"
        places={floodSpots}
        describe={(spot) => ({
          name: spot.name,
          facts: [
            t('panel.floodFacts', {
              depth: format.integer(spot.depthCm),
              date: format.date(spot.lastEventDate),
            }),
            t(`layers.categories.floodHandlingStatus.${spot.handlingStatus}`),
          ],
        })}
      />
      <KelurahanPanelPlaceList
        heading={t('panel.csrProjects')}
        testId="csr-projects"
        places={csrProjects}
        describe={(project) => ({
          name: project.title,
          facts: [
            project.company,
            <strong key="value">{format.rupiah(project.valueRp)}</strong>,
            t(`layers.categories.csrSector.${project.sector}`),
            t(`layers.categories.csrStatus.${project.status}`),
          ],
          year: project.year,
        })}
      />
      <KelurahanPanelPlaceList
        heading={t('panel.programSites')}
        testId="program-sites"
        places={programSites}
        describe={(site) => ({
          name: site.name,
          facts: [
            programNames.get(site.programId) ?? site.programId,
            t(`layers.categories.programStatus.${site.status}`),
          ],
        })}
      />
    </>
  );
}
