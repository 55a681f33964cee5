import { LAYER_IDS, isChoroplethLayerId, type LayerId } from '@peta/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useThematic, useThematicActions } from '../state/store.ts';
import { LayerPanelClassification } from './LayerPanelClassification.tsx';
import { LayerPanelSlider } from './LayerPanelSlider.tsx';
import { LayerPanelWeights } from './LayerPanelWeights.tsx';

/**
 * The map layers: a checkbox per layer named after it ("Kemiskinan", "Titik banjir", …); a
 * visible layer shows its opacity, a choropleth its classification, the index its weights.
 * Choropleths show one at a time: stacked translucent fills would mix into colours that no
 * legend explains, so checking one unchecks the others. Point layers combine freely.
 */
export function LayerPanel() {
  const { t } = useTranslation();
  const headingId = useId();
  const { layers } = useThematic();
  const { toggleLayer } = useThematicActions();
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
      <ul className="layer-list">
        {LAYER_IDS.map((id) => (
          <LayerPanelItem
            key={id}
            id={id}
            opacity={layers.find((layer) => layer.id === id)?.opacity ?? null}
            onToggle={toggle}
          />
        ))}
      </ul>
    </section>
  );
}

/** Props of {@link LayerPanelItem}. */
interface LayerPanelItemProps {
  id: LayerId;
  /** Null while the layer is hidden. */
  opacity: number | null;
  onToggle: (id: LayerId) => void;
}

/** One layer: its checkbox and, while visible, its settings. */
function LayerPanelItem({ id, opacity, onToggle }: LayerPanelItemProps) {
  const { t } = useTranslation();
  const { setLayerOpacity } = useThematicActions();
  const name = t(`layers.names.${id}`);
  return (
    <li className="layer-item">
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
          {isChoroplethLayerId(id) && <LayerPanelClassification id={id} layerName={name} />}
          {id === 'priority-index' && <LayerPanelWeights />}
        </div>
      )}
    </li>
  );
}
