import { defineChoroplethLayer } from '../choropleth/define-choropleth-layer.ts';
import { usePriorityIndexData } from './use-priority-index-data.ts';

/**
 * Indeks prioritas: the weighted composite of poverty, stunting, RTLH and flood-spot count,
 * 0–100 per kelurahan, following the year and the weights in the store.
 */
export const priorityIndexLayer = defineChoroplethLayer({
  id: 'priority-index',
  useData: (year, { weights }) => usePriorityIndexData(year, weights),
});
