import { isChoroplethLayerId, type LayerId } from '@peta/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { layerName } from '../layers/layer-text.ts';
import { useLayerRegistry, type LayerRegistry } from '../layers/registry.ts';
import type { ThematicLayer } from '../layers/thematic-layer.ts';
import { useThematic, useThematicActions } from '../state/store.ts';
import { LayerPanelClassification } from './LayerPanelClassification.tsx';
import { LayerPanelSlider } from './LayerPanelSlider.tsx';
import { LayerPanelWeights } from './LayerPanelWeights.tsx';

/**
 * The map layers: a checkbox per layer named after it ("Kemiskinan", "Titik banjir", …), one
 * per indicator of the catalogue plus the point layers and the index; a visible layer shows
 * its opacity, a choropleth its classification, the index its weights.
 * Choropleths show one at a time: stacked translucent fills would mix into colours that no
 * legend explains, so checking one unchecks the others. Point layers combine freely.
 */
export function LayerPanel() {
  const { t } = useTranslation();
  const headingId = useId();
  const { layers } = useThematic();
  const { toggleLayer } = useThematicActions();
  const { registry, isError, refetch } = useLayerRegistry();
  const toggle = (id: LayerId) => {
    const showing = !layers.some((layer) => layer.id === id);
    if (showing && isChoroplethLayerId(id)) {
      for (const layer of layers) if (isChoroplethLayerId(layer.id)) toggleLayer(layer.id);
    }
    toggleLayer(id);
  };
  return (
    <section className="layer-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="side-panel-heading">
        {t('layers.heading')}
      </h2>
      <p className="hint">{t('layers.controls.oneChoropleth')}</p>
      {!registry && !isError && <p className="muted">{t('layers.legend.loading')}</p>}
      {!registry && isError && (
        <p role="alert">
          {t('layers.legend.error')}{' '}
          <button type="button" className="link-button" onClick={refetch}>
            {t('layers.legend.retry')}
          </button>
        </p>
      )}
      {registry && (
        <ul className="layer-list">
          {registry.layers.map((layer) => (
            <LayerPanelItem
              key={layer.id}
              layer={layer}
              registry={registry}
              opacity={layers.find((visible) => visible.id === layer.id)?.opacity ?? null}
              onToggle={toggle}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Props of {@link LayerPanelItem}. */
interface LayerPanelItemProps {
  layer: ThematicLayer;
  registry: LayerRegistry;
  /** Null while the layer is hidden. */
  opacity: number | null;
  onToggle: (id: LayerId) => void;
}

/** One layer: its checkbox and, while visible, its settings. */
function LayerPanelItem({ layer, registry, opacity, onToggle }: LayerPanelItemProps) {
  const { t } = useTranslation();
  const { setLayerOpacity } = useThematicActions();
  const { id, definition } = layer;
  const name = layerName(definition, t);
  return (
    <li className="layer-item" data-testid={`layer-item-${id}`}>
      <label className="layer-toggle">
        <input
          type="checkbox"
          checked={opacity !== null}
          onChange={() => {
            onToggle(id);
          }}
        />
        {name}
      </label>
      {opacity !== null && (
        <div
          className="layer-controls"
          role="group"
          aria-label={t('layers.controls.label', { layer: name })}
        >
          <LayerPanelSlider
            label={t('layers.controls.opacity')}
            name={t('layers.controls.opacityOf', { layer: name })}
            value={opacity}
            onChange={(value) => {
              setLayerOpacity(id, value);
            }}
          />
          {definition.kind === 'choropleth' && (
            <LayerPanelClassification definition={definition} layerName={name} />
          )}
          {definition.kind === 'choropleth' && definition.indicator === null && (
            <LayerPanelWeights indicators={registry.indicators} />
          )}
        </div>
      )}
    </li>
  );
}
