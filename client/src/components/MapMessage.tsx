import type { ReactNode } from 'react';

/** Props of {@link MapMessage}. */
export interface MapMessageProps {
  children: ReactNode;
  /** A progress message (polite status) rather than an error (alert). */
  busy?: boolean;
  /** Shows a retry button with this label. */
  retry?: { label: string; onRetry: () => void };
}

/** A message centred over the map area: loading, or an error with an optional retry. */
export function MapMessage({ children, busy = false, retry }: MapMessageProps) {
  return (
    <div className="map-message" role={busy ? 'status' : 'alert'}>
      <p>{children}</p>
      {retry && (
        <button type="button" className="button" onClick={retry.onRetry}>
          {retry.label}
        </button>
      )}
    </div>
  );
}
