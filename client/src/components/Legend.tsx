import { useTranslation } from 'react-i18next';
import { layerName } from '../layers/layer-text.ts';
import type { LayerState } from '../layers/thematic-layer.ts';
import { LegendChoropleth } from './LegendChoropleth.tsx';
import { LegendPoints } from './LegendPoints.tsx';

/** Props of {@link Legend}. */
export interface LegendProps {
  state: LayerState;
  /** Ground metres per pixel at the map's zoom, for size keys in metres. */
  metresPerPixel: number;
}

/**
 * One layer's legend, `data-testid="legend-<slug>"` with `data-state` pending/error/success;
 * while there is no data yet, the layer's name with a loading or retry message.
 */
export function Legend({ state, metresPerPixel }: LegendProps) {
  const { t } = useTranslation();
  const { id, model, status, definition } = state;
  const name = layerName(definition, t);
  return (
    <section
      className="legend"
      data-testid={`legend-${id}`}
      data-state={status}
      aria-label={name}
      aria-busy={status === 'pending'}
    >
      {model?.kind === 'choropleth' && <LegendChoropleth model={model} />}
      {model?.kind === 'points' && <LegendPoints model={model} metresPerPixel={metresPerPixel} />}
      {!model && (
        <>
          <h3 className="legend-title">{name}</h3>
          {status === 'error' ? (
            <p className="legend-note" role="alert">
              {t('layers.legend.error')}{' '}
              <button type="button" className="link-button" onClick={state.retry}>
                {t('layers.legend.retry')}
              </button>
            </p>
          ) : (
            <p className="legend-note">{t('layers.legend.loading')}</p>
          )}
        </>
      )}
    </section>
  );
}
