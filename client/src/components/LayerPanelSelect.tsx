import { useId } from 'react';

/** Props of {@link LayerPanelSelect}. */
export interface LayerPanelSelectProps<T extends string | number> {
  /** Visible label, e.g. "Metode klasifikasi". */
  label: string;
  /** Accessible name; contains the label and says which layer. */
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  disabled?: boolean;
}

/** A labelled select of typed options. */
export function LayerPanelSelect<T extends string | number>({
  label,
  name,
  value,
  options,
  onChange,
  disabled = false,
}: LayerPanelSelectProps<T>) {
  const id = useId();
  return (
    <div className="layer-select">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-label={name}
        value={String(value)}
        disabled={disabled}
        onChange={(event) => {
          const chosen = options.find((option) => String(option.value) === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={String(option.value)}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
