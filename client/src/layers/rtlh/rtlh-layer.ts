import { defineIndicatorLayer } from '../choropleth/define-indicator-layer.ts';

/** RTLH: unfit houses not yet repaired at year end (count = units repaired that year). */
export const rtlhLayer = defineIndicatorLayer('rtlh');
