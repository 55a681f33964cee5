import { useLiveUpdates } from './use-live-updates.ts';

/** Renders nothing; keeps the app current through {@link useLiveUpdates}. Loaded lazily. */
export function LiveUpdates() {
  useLiveUpdates();
  return null;
}
