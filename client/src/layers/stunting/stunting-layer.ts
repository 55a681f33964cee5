import { defineIndicatorLayer } from '../choropleth/define-indicator-layer.ts';

/**
 * Stunting: e-PPGBM prevalence % per kelurahan (count = stunted children), per year. Fixed
 * breaks <5, 5–8, 8–10, 10–14, ≥14 % by default (LAYERS.stunting).
 */
export const stuntingLayer = defineIndicatorLayer('stunting');
