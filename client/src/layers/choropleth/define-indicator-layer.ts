import type { Indicator } from '@peta/shared';
import { defineChoroplethLayer, type ChoroplethLayer } from './define-choropleth-layer.ts';
import { useIndicatorData } from './use-indicator-data.ts';

/** A choropleth of one indicator (`indicators.byYear`); its layer slug is the indicator's. */
export function defineIndicatorLayer(indicator: Indicator): ChoroplethLayer {
  return defineChoroplethLayer({
    id: indicator,
    useData: (year) => useIndicatorData(indicator, year),
  });
}
