import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link ExportTrigger}: a button's, plus whether an export is running. */
export interface ExportTriggerProps extends ComponentProps<'button'> {
  busy?: boolean;
}

/**
 * The "Ekspor" button over the map. The same element is drawn before the menu's code has
 * loaded and, with the menu library's props spread on it, afterwards.
 */
export function ExportTrigger({ busy = false, ref, ...props }: ExportTriggerProps) {
  const { t } = useTranslation();
  return (
    <button
      ref={ref}
      type="button"
      className="export-trigger"
      aria-haspopup="menu"
      aria-expanded={false}
      aria-busy={busy}
      data-testid="export-trigger"
      {...props}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        {busy ? <path d="M12 3a9 9 0 1 0 9 9" /> : <path d="M12 4v11M7 10l5 5 5-5M5 20h14" />}
      </svg>
      {t('exports.button')}
    </button>
  );
}
