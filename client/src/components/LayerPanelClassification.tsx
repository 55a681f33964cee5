import {
  CLASSIFICATION_METHODS,
  MAX_CLASSES,
  MIN_CLASSES,
  PALETTE_IDS,
  type ChoroplethLayerDefinition,
} from '@peta/shared';
import { useTranslation } from 'react-i18next';
import { resolveClassification } from '../layers/choropleth/resolve-classification.ts';
import { useThematic, useThematicActions } from '../state/store.ts';
import { LayerPanelSelect } from './LayerPanelSelect.tsx';

/** Props of {@link LayerPanelClassification}. */
export interface LayerPanelClassificationProps {
  definition: ChoroplethLayerDefinition;
  /** The layer's translated name, for the controls' accessible names. */
  layerName: string;
}

const CLASS_COUNTS = Array.from(
  { length: MAX_CLASSES - MIN_CLASSES + 1 },
  (_, i) => MIN_CLASSES + i,
);

/**
 * Method, number of classes and palette of a choropleth. Fixed breaks are offered only where
 * the layer has them (its catalogue entry's breaks); they set the number of classes themselves.
 */
export function LayerPanelClassification({ definition, layerName }: LayerPanelClassificationProps) {
  const { t } = useTranslation();
  const { classification } = useThematic();
  const { setClassification: set } = useThematicActions();
  const { id } = definition;
  const current = resolveClassification(definition, classification[id]);
  const { method, classes, palette } = current;
  const update = (patch: Partial<typeof current>) => {
    set(id, { ...current, ...patch });
  };
  const { fixedBreaks } = definition.classification;
  const methods = CLASSIFICATION_METHODS.filter((m) => m !== 'fixed' || fixedBreaks);
  const fixed = method === 'fixed' && fixedBreaks !== undefined;
  return (
    <>
      <LayerPanelSelect
        label={t('layers.controls.method')}
        name={t('layers.controls.methodOf', { layer: layerName })}
        value={method}
        options={methods.map((m) => ({ value: m, label: t(`layers.methods.${m}`) }))}
        onChange={(value) => {
          update({ method: value });
        }}
      />
      <LayerPanelSelect
        label={t('layers.controls.classes')}
        name={t('layers.controls.classesOf', { layer: layerName })}
        value={fixed ? fixedBreaks.length + 1 : classes}
        options={(fixed ? [fixedBreaks.length + 1] : CLASS_COUNTS).map((n) => ({
          value: n,
          label: String(n),
        }))}
        disabled={fixed}
        onChange={(value) => {
          update({ classes: value });
        }}
      />
      <LayerPanelSelect
        label={t('layers.controls.palette')}
        name={t('layers.controls.paletteOf', { layer: layerName })}
        value={palette}
        options={PALETTE_IDS.map((p) => ({ value: p, label: t(`layers.palettes.${p}`) }))}
        onChange={(value) => {
          update({ palette: value });
        }}
      />
    </>
  );
}
