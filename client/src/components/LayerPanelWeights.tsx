import { PRIORITY_COMPONENTS } from '@peta/shared';
import { useTranslation } from 'react-i18next';
import { useThematic, useThematicActions } from '../state/store.ts';
import { LayerPanelSlider } from './LayerPanelSlider.tsx';

/** The four weights of the indeks prioritas, one slider each. */
export function LayerPanelWeights() {
  const { t } = useTranslation();
  const { weights } = useThematic();
  const { setWeights } = useThematicActions();
  return (
    <fieldset className="layer-weights">
      <legend>{t('layers.controls.weights')}</legend>
      {PRIORITY_COMPONENTS.map((component) => {
        const label = t(`layers.components.${component}`);
        return (
          <LayerPanelSlider
            key={component}
            label={label}
            name={t('layers.controls.weightOf', { component: label })}
            value={weights[component]}
            onChange={(value) => {
              setWeights({ ...weights, [component]: value });
            }}
          />
        );
      })}
      <p className="hint">{t('layers.controls.weightsHint')}</p>
    </fieldset>
  );
}
