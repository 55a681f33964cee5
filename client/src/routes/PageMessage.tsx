import type { ReactNode } from 'react';

/** Props of {@link PageMessage}. */
export interface PageMessageProps {
  children: ReactNode;
  /** A progress message (polite status) rather than an error (alert). */
  busy?: boolean;
  /** Shows a retry button with this label. */
  retry?: { label: string; onRetry: () => void } | undefined;
}

/** A loading or error message in the flow of a page (the map has its own `MapMessage`). */
export function PageMessage({ children, busy = false, retry }: PageMessageProps) {
  return (
    <div className={busy ? 'page-message' : 'page-message page-message-error'}>
      <p role={busy ? 'status' : 'alert'}>{children}</p>
      {retry && (
        <button type="button" className="button" onClick={retry.onRetry}>
          {retry.label}
        </button>
      )}
    </div>
  );
}
