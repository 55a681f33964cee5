import type { Messages } from './messages.ts';

/** English UI strings. Domain words (kelurahan, kecamatan, OPD) stay as they are. */
export const en: Messages = {
  app: {
    title: 'Peta Prioritas Kota Malang',
    subtitle: 'Malang City Government',
  },
  language: {
    label: 'Language',
    id: 'Bahasa Indonesia',
    en: 'English',
  },
  map: {
    label: 'Map of the kelurahan of Kota Malang',
    loading: 'Loading boundaries…',
    loadError: 'The boundaries could not be loaded.',
    webglError: 'The map cannot be shown: this browser does not support WebGL2.',
    retry: 'Try again',
    controls: 'Map controls',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitCity: 'Show the whole city',
    tooltip: 'Kelurahan {{name}} · Kecamatan {{kecamatan}}',
  },
  sidePanel: {
    label: 'Side panel',
    heading: 'Area',
  },
  picker: {
    label: 'Choose a kelurahan',
    placeholder: '— Choose a kelurahan —',
    kecamatanGroup: 'Kecamatan {{name}}',
  },
  selection: {
    hint: 'Click a kelurahan on the map or choose one from the list to see its details.',
    kind: 'Kelurahan',
    close: 'Close',
    closeHint: 'Close the panel (Esc)',
    kecamatan: 'Kecamatan',
    area: 'Area',
    areaValue: '{{value}} km²',
    areaLoading: 'Loading…',
    areaUnavailable: 'Not available',
    code: 'Area code',
  },
};
