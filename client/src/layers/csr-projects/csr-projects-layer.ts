import { CATEGORY_COLORS, CSR_SECTORS, type CsrProject, type CsrSector } from '@peta/shared';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc.ts';
import { createPointDeckLayer } from '../points/create-point-deck-layer.ts';
import {
  definePointLayer,
  pointColor,
  type PointLegendSpec,
} from '../points/define-point-layer.tsx';
import { usePointData } from '../points/use-point-data.ts';
import { CsrProjectTooltip } from './CsrProjectTooltip.tsx';

/** The projects of one year (their `year`: when they were carried out). */
const pickProjects = (projects: readonly CsrProject[], year: number) => ({
  year,
  points: projects.filter((project) => project.year === year),
});

/** Sector colours (Okabe-Ito). */
const legend: PointLegendSpec<CsrProject, CsrSector> = {
  categories: CSR_SECTORS,
  categoryOf: (project) => project.sector,
  colors: CATEGORY_COLORS.csrSector,
  labelOf: (t, sector) => t(`layers.categories.csrSector.${sector}`),
};

/** Proyek CSR/TSP: the year's company projects, coloured by sector. */
export const csrProjectsLayer = definePointLayer<CsrProject, CsrSector>({
  id: 'csr-projects',
  period: 'year',
  useData: (year) => {
    const trpc = useTRPC();
    return usePointData(useQuery(trpc.csrProjects.list.queryOptions()), year, pickProjects);
  },
  createDeckLayer: (data, context) =>
    createPointDeckLayer('csr-projects', data, context, {
      colorOf: (project) => pointColor(legend, project),
      radius: { units: 'pixels', size: 6 },
    }),
  legend,
  Tooltip: CsrProjectTooltip,
});
