import {
  CATEGORY_COLORS,
  PROGRAM_STATUSES,
  type ProgramSite,
  type ProgramStatus,
} from '@peta/shared';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc.ts';
import { createPointDeckLayer } from '../points/create-point-deck-layer.ts';
import {
  definePointLayer,
  pointColor,
  type PointLegendSpec,
} from '../points/define-point-layer.tsx';
import { usePointData } from '../points/use-point-data.ts';
import { ProgramSiteTooltip } from './ProgramSiteTooltip.tsx';

/** Sites carry the status last reported, not a history: every site, whatever the year. */
const pickSites = (sites: readonly ProgramSite[]) => ({ year: null, points: [...sites] });

/** Status colours (Okabe-Ito). */
const legend: PointLegendSpec<ProgramSite, ProgramStatus> = {
  categories: PROGRAM_STATUSES,
  categoryOf: (site) => site.status,
  colors: CATEGORY_COLORS.programStatus,
  labelOf: (t, status) => t(`layers.categories.programStatus.${status}`),
};

/**
 * Lokasi program prioritas: where the 11 programs happen, coloured by status. Larger than CSR
 * points and outlined dark, so the two layers stay apart where they meet.
 */
export const programSitesLayer = definePointLayer<ProgramSite, ProgramStatus>({
  id: 'program-sites',
  period: 'current',
  useData: (year) => {
    const trpc = useTRPC();
    return usePointData(useQuery(trpc.programSites.list.queryOptions()), year, pickSites);
  },
  createDeckLayer: (data, context) =>
    createPointDeckLayer('program-sites', data, context, {
      colorOf: (site) => pointColor(legend, site),
      radius: { units: 'pixels', size: 7 },
      outline: '#1f2933',
      outlineWidth: 2,
    }),
  legend,
  Tooltip: ProgramSiteTooltip,
});
