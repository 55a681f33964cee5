/** One choice of a {@link SegmentedSwitch}. */
export interface SegmentedOption<T extends string> {
  readonly value: T;
  readonly label: string;
  /** A longer name, as a tooltip (e.g. "English" for "EN"). */
  readonly title?: string;
  /** The language the label is written in. */
  readonly lang?: string;
}

/** Props of {@link SegmentedSwitch}. */
export interface SegmentedSwitchProps<T extends string> {
  /** Names the group for screen readers. */
  label: string;
  options: readonly SegmentedOption<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** A row of toggle buttons of which one is pressed, on the brand-coloured bars (header, toolbars). */
export function SegmentedSwitch<T extends string>({
  label,
  options,
  value,
  onChange,
}: SegmentedSwitchProps<T>) {
  return (
    <div className="segmented-switch" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          lang={option.lang}
          title={option.title}
          aria-pressed={option.value === value}
          onClick={() => {
            onChange(option.value);
          }}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
