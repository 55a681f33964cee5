import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link LayerPanelSlider}. */
export interface LayerPanelSliderProps {
  /** Visible label, e.g. "Opasitas". */
  label: string;
  /** Accessible name; contains the label and says which layer, e.g. "Opasitas Kemiskinan". */
  name: string;
  /** 0–1, shown as a whole percentage ("75 %"). */
  value: number;
  onChange: (value: number) => void;
}

/** A labelled 0–100 % range input in 5 % steps with its value beside it. */
export function LayerPanelSlider({ label, name, value, onChange }: LayerPanelSliderProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const percent = Math.round(value * 100);
  const valueText = t('layers.controls.percent', {
    value: new Intl.NumberFormat(i18n.language).format(percent),
  });
  return (
    <div className="layer-slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={100}
        step={5}
        value={percent}
        aria-label={name}
        aria-valuetext={valueText}
        onChange={(event) => {
          onChange(Number(event.target.value) / 100);
        }}
      />
      <output htmlFor={id}>{valueText}</output>
    </div>
  );
}
