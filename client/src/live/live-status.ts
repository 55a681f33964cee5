import { create } from 'zustand';

/**
 * State of the live connection: `off` (signed out: no subscription), `connecting` (first
 * attempt), `live` (open), `lost` (dropped or refused; being retried).
 */
export type LiveStatus = 'off' | 'connecting' | 'live' | 'lost';

/** What the subscription reported; see {@link nextLiveStatus}. */
export type LiveSignal =
  | { readonly type: 'started' }
  | { readonly type: 'connecting'; readonly failed: boolean }
  | { readonly type: 'error' }
  | { readonly type: 'stopped' };

/**
 * The status after `signal`. A `connecting` that is not the first since the subscription
 * began is a retry — the connection had dropped or was refused — so it reads `lost` until the
 * stream is open again: the header never claims "connecting" for a connection that failed.
 */
export function nextLiveStatus(previous: LiveStatus, signal: LiveSignal): LiveStatus {
  switch (signal.type) {
    case 'started':
      return 'live';
    case 'connecting':
      return signal.failed || previous !== 'off' ? 'lost' : 'connecting';
    case 'error':
      return 'lost';
    case 'stopped':
      return 'off';
  }
}

interface LiveStatusStore {
  status: LiveStatus;
  /** Applies a signal; returns the status before it. */
  report: (signal: LiveSignal) => LiveStatus;
}

/** The live status, written by `useLiveUpdates` and read by the header indicator. */
export const useLiveStatusStore = create<LiveStatusStore>()((set, get) => ({
  status: 'off',
  report: (signal) => {
    const previous = get().status;
    set({ status: nextLiveStatus(previous, signal) });
    return previous;
  },
}));

/** The current live status. */
export const useLiveStatus = () => useLiveStatusStore((s) => s.status);
