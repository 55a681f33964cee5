import { CATEGORY_COLORS, FLOOD_HANDLING_STATUSES, type FloodSpot } from '@peta/shared';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc.ts';
import { createPointDeckLayer } from '../points/create-point-deck-layer.ts';
import {
  definePointLayer,
  pointColor,
  type PointLegendSpec,
} from '../points/define-point-layer.tsx';
import { usePointData } from '../points/use-point-data.ts';
import { FloodSpotTooltip } from './FloodSpotTooltip.tsx';
import { floodSpotsAsOf } from './flood-spots-as-of.ts';

type HandlingStatus = FloodSpot['handlingStatus'];

/** Circle size limits in pixels: visible when zoomed out, not covering streets when zoomed in. */
const MIN_PIXELS = 3;
const MAX_PIXELS = 36;

/**
 * Circle radius in metres for a depth in cm: the area grows with the depth, so 150 cm reads as
 * about twice as bad as 40 cm; ≈ 8 px for 75 cm at the zoom that shows the whole city.
 */
export function floodRadiusMetres(depthCm: number): number {
  return 15 * Math.sqrt(Math.max(depthCm, 1));
}

const pickFloodSpots = (spots: readonly FloodSpot[], year: number) => ({
  year,
  points: floodSpotsAsOf(spots, year),
});

/** Handling status colours and a depth size key. */
const legend: PointLegendSpec<FloodSpot, HandlingStatus> = {
  categories: FLOOD_HANDLING_STATUSES,
  categoryOf: (spot) => spot.handlingStatus,
  colors: CATEGORY_COLORS.floodHandlingStatus,
  labelOf: (t, status) => t(`layers.categories.floodHandlingStatus.${status}`),
  sizeKey: {
    values: [25, 75, 150],
    radiusMetres: floodRadiusMetres,
    minPixels: MIN_PIXELS,
    maxPixels: MAX_PIXELS,
  },
};

/** Titik banjir: BPBD flood spots as of the year, sized by last depth, coloured by handling. */
export const floodSpotsLayer = definePointLayer<FloodSpot, HandlingStatus>({
  id: 'flood-spots',
  period: 'untilYear',
  useData: (year) => {
    const trpc = useTRPC();
    return usePointData(useQuery(trpc.floodSpots.list.queryOptions()), year, pickFloodSpots);
  },
  createDeckLayer: (data, context) =>
    createPointDeckLayer('flood-spots', data, context, {
      colorOf: (spot) => pointColor(legend, spot),
      radius: {
        units: 'meters',
        of: (spot) => floodRadiusMetres(spot.depthCm),
        minPixels: MIN_PIXELS,
        maxPixels: MAX_PIXELS,
      },
    }),
  legend,
  Tooltip: FloodSpotTooltip,
});
