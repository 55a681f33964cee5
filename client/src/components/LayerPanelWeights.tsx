import { FLOOD_COMPONENT, weightOf, type IndicatorEntry } from '@peta/shared';
import { useTranslation } from 'react-i18next';
import { entryName } from '../layers/layer-text.ts';
import { useThematic, useThematicActions } from '../state/store.ts';
import { LayerPanelSlider } from './LayerPanelSlider.tsx';

/** Props of {@link LayerPanelWeights}. */
export interface LayerPanelWeightsProps {
  /** The catalogue's indicators in use: one weight each, then flood spots. */
  indicators: readonly IndicatorEntry[];
}

/**
 * The weights of the indeks prioritas, one slider per catalogue indicator and one for flood
 * spots. An indicator added to the catalogue starts at 0 (the hint says so) until raised.
 */
export function LayerPanelWeights({ indicators }: LayerPanelWeightsProps) {
  const { t } = useTranslation();
  const { weights } = useThematic();
  const { setWeights } = useThematicActions();
  const components = [
    ...indicators.map((entry) => ({
      id: entry.slug,
      label: entryName({ id: entry.nameId, en: entry.nameEn }, t),
      better: entry.polarity === 'higher-better',
    })),
    { id: FLOOD_COMPONENT, label: t('layers.components.flood'), better: false },
  ];
  return (
    <fieldset className="layer-weights">
      <legend>{t('layers.controls.weights')}</legend>
      {components.map(({ id, label, better }) => (
        <LayerPanelSlider
          key={id}
          label={better ? t('layers.controls.weightBetter', { component: label }) : label}
          name={t('layers.controls.weightOf', { component: label })}
          value={weightOf(weights, id)}
          onChange={(value) => {
            setWeights({ ...weights, [id]: value });
          }}
        />
      ))}
      <p className="hint">{t('layers.controls.weightsHint')}</p>
      <p className="hint">{t('layers.controls.weightsNew')}</p>
    </fieldset>
  );
}
