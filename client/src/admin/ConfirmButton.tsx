import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link ConfirmButton}. */
export interface ConfirmButtonProps {
  /** The action, e.g. "Nonaktifkan". */
  label: string;
  /** The question asked before acting, naming what is affected. */
  prompt: string;
  /** The button that carries the action out, e.g. "Ya, nonaktifkan". */
  confirmLabel: string;
  /** True while the action runs: the button stays focusable but does nothing. */
  pending: boolean;
  onConfirm: () => void;
}

/**
 * A destructive action in two steps: the button opens an inline question with confirm and
 * cancel (focus on cancel, Escape cancels), so nothing is lost to a stray click.
 */
export function ConfirmButton({
  label,
  prompt,
  confirmLabel,
  pending,
  onConfirm,
}: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className="button button-small button-danger-outline"
        aria-disabled={pending}
        onClick={() => {
          if (!pending) setAsking(true);
        }}
      >
        {pending ? t('admin.working') : label}
      </button>
    );
  }
  return (
    <span
      className="admin-confirm"
      role="group"
      aria-label={label}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setAsking(false);
      }}
    >
      <span className="admin-confirm-prompt">{prompt}</span>
      <button
        type="button"
        className="button button-small button-danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button
        ref={cancelRef}
        type="button"
        className="button button-small button-secondary"
        onClick={() => {
          setAsking(false);
        }}
      >
        {t('admin.cancel')}
      </button>
    </span>
  );
}
