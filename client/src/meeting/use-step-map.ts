import { useQuery } from '@tanstack/react-query';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import type { Boundaries } from '../map/load-boundaries.ts';
import { usePetaStore } from '../state/store.ts';
import { useTRPC } from '../trpc.ts';
import { stepKey, type MeetingStep } from './meeting-steps.ts';
import { framePadding, stepBbox } from './step-camera.ts';

const SITES_LAYER = 'program-sites';
const FLY_MS = 1600;

/**
 * Closest a step frames: the base map has no streets, so nearer than this a room loses sight of
 * the neighbouring kelurahan and their names.
 */
const STEP_MAX_ZOOM = 14.5;

const sitesLayerOn = () => usePetaStore.getState().layers.some((l) => l.id === SITES_LAYER);

/**
 * The map follows the step: it flies to the program's sites (with the program-sites layer on),
 * to the kelurahan (selected), or to the whole city. On leaving the meeting, the layer is put
 * back as it was and the selection cleared.
 */
export function useStepMap(
  map: MaplibreMap | null,
  step: MeetingStep,
  boundaries: Boundaries,
): void {
  const trpc = useTRPC();
  // First, so it sees the layer as it was before this page turned it on.
  useEffect(() => {
    const wasOn = sitesLayerOn();
    return () => {
      const { toggleLayer, clearSelection } = usePetaStore.getState();
      if (!wasOn && sitesLayerOn()) toggleLayer(SITES_LAYER);
      clearSelection();
    };
  }, []);

  const sites = useQuery(trpc.programSites.list.queryOptions());
  // A string, so a live refetch with the same sites does not move the camera again.
  const target = stepBbox(step, sites.data, boundaries)?.join(',') ?? null;
  const key = stepKey(step);

  useEffect(() => {
    if (!map || target === null) return;
    const [west = 0, south = 0, east = 0, north = 0] = target.split(',').map(Number);
    map.fitBounds([west, south, east, north], {
      padding: framePadding(map),
      maxZoom: STEP_MAX_ZOOM,
      duration: FLY_MS,
    });
    // The key too: returning to a step flies back even when the box is the same.
  }, [map, target, key]);

  const kelurahanCode = step.kind === 'kelurahan' ? step.kelurahanCode : null;
  useEffect(() => {
    const { selectKelurahan, clearSelection } = usePetaStore.getState();
    // Origin "map": this hook frames the kelurahan itself, with the meeting's padding.
    if (kelurahanCode) selectKelurahan(kelurahanCode, 'map');
    else clearSelection();
  }, [kelurahanCode]);

  const programStep = step.kind === 'program';
  useEffect(() => {
    if (programStep && !sitesLayerOn()) usePetaStore.getState().toggleLayer(SITES_LAYER);
  }, [programStep]);
}
