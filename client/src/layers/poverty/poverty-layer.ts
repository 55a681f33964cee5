import { defineIndicatorLayer } from '../choropleth/define-indicator-layer.ts';

/** Kemiskinan: % of residents in poverty per kelurahan (count = poor people), per year. */
export const povertyLayer = defineIndicatorLayer('poverty');
