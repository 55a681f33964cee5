/** Props of {@link IconButton}. */
export interface IconButtonProps {
  id: string;
  /** The accessible name, also shown as the tooltip. */
  label: string;
  /** A symbol for sighted users; hidden from screen readers. */
  symbol: string;
  variant: 'secondary' | 'danger-outline';
  /** Announced as unavailable but kept focusable, so focus is not lost at the list's ends. */
  disabled?: boolean;
  onClick: () => void;
}

/** A small button that shows a symbol and is named by its label. */
export function IconButton({ id, label, symbol, variant, disabled, onClick }: IconButtonProps) {
  return (
    <button
      id={id}
      type="button"
      className={`button button-small button-${variant}`}
      aria-label={label}
      title={label}
      aria-disabled={disabled}
      onClick={() => {
        if (!disabled) onClick();
      }}
    >
      <span aria-hidden="true">{symbol}</span>
    </button>
  );
}
