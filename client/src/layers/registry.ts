import type { LayerId } from '@peta/shared';
import { csrProjectsLayer } from './csr-projects/csr-projects-layer.ts';
import { floodSpotsLayer } from './flood-spots/flood-spots-layer.ts';
import { povertyLayer } from './poverty/poverty-layer.ts';
import { priorityIndexLayer } from './priority-index/priority-index-layer.ts';
import { programSitesLayer } from './program-sites/program-sites-layer.ts';
import { rtlhLayer } from './rtlh/rtlh-layer.ts';
import { stuntingLayer } from './stunting/stunting-layer.ts';
import type { ThematicLayer } from './thematic-layer.ts';

/** Every map layer by its slug (shared LAYER_IDS): the one list the map, legend and tooltip use. */
export const LAYER_REGISTRY: Readonly<Record<LayerId, ThematicLayer>> = {
  poverty: povertyLayer,
  stunting: stuntingLayer,
  rtlh: rtlhLayer,
  'flood-spots': floodSpotsLayer,
  'csr-projects': csrProjectsLayer,
  'program-sites': programSitesLayer,
  'priority-index': priorityIndexLayer,
};
