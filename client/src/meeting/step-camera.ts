import type { ProgramSite } from '@peta/shared';
import type { Map as MaplibreMap, PaddingOptions } from 'maplibre-gl';
import type { Bbox, Boundaries } from '../map/load-boundaries.ts';
import type { MeetingStep } from './meeting-steps.ts';

/** Grown around the sites so a single site is not framed at street level (degrees). */
const SITE_MARGIN = 0.004;

/**
 * Where the map looks for a step: a program's sites (the whole city when it has none), a
 * kelurahan's box, the whole city for the since-last step. Null while the sites load.
 */
export function stepBbox(
  step: MeetingStep,
  sites: readonly ProgramSite[] | undefined,
  boundaries: Boundaries,
): Bbox | null {
  switch (step.kind) {
    case 'sinceLast':
      return boundaries.bbox;
    case 'kelurahan':
      return boundaries.kelurahanByCode.get(step.kelurahanCode)?.bbox ?? boundaries.bbox;
    case 'program': {
      if (!sites) return null;
      const own = sites.filter((s) => s.programId === step.programId);
      if (own.length === 0) return boundaries.bbox;
      const lons = own.map((s) => s.lon);
      const lats = own.map((s) => s.lat);
      return [
        Math.min(...lons) - SITE_MARGIN,
        Math.min(...lats) - SITE_MARGIN,
        Math.max(...lons) + SITE_MARGIN,
        Math.max(...lats) + SITE_MARGIN,
      ];
    }
  }
}

/**
 * Room around a framed place: a tenth of the map's short side (at most 96 px), clear of the
 * credits below and of the legend on the left (within half the map's width).
 */
export function framePadding(map: MaplibreMap): PaddingOptions {
  const container = map.getContainer();
  const width = container.clientWidth;
  const side = Math.round(Math.min(96, 0.1 * Math.min(width, container.clientHeight)));
  const attribution = container.querySelector<HTMLElement>('.maplibregl-ctrl-attrib');
  const legend = container.parentElement?.querySelector<HTMLElement>('.legend-stack');
  const legendRight = legend ? legend.offsetLeft + legend.offsetWidth : 0;
  return {
    top: side,
    right: side,
    left: Math.round(Math.min(width / 2, side + legendRight)),
    bottom: side + (attribution?.offsetHeight ?? 0),
  };
}
