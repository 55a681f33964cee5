import { CITY_TIME_ZONE } from '@peta/shared';

/** Data older than this is shown as stale (live updates and the minute refetch both failed). */
export const STALE_AFTER_MS = 3 * 60_000;

const clockFormats = new Map<string, Intl.DateTimeFormat>();

function format(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}\u0000${JSON.stringify(options)}`;
  let formatter = clockFormats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { ...options, timeZone: CITY_TIME_ZONE });
    clockFormats.set(key, formatter);
  }
  return formatter;
}

const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** The clock's time in Malang, `14.05` (Indonesian) or `14:05` (English). */
export function formatClockTime(now: Date, language: string): string {
  return format(language, TIME).format(now);
}

/** The clock's date in Malang: `Senin, 8 Desember 2025`. */
export function formatClockDate(now: Date, language: string): string {
  return format(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(now);
}

const dayOf = (instant: Date, language: string) =>
  format(language, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

/**
 * When the data on screen was fetched, in Malang time: `14.05` on the same day as `now`,
 * `7 Des, 14.05` before (`WIB` is added by the caller's translation).
 */
export function formatDataTime(updatedAt: number, now: Date, language: string): string {
  const then = new Date(updatedAt);
  if (dayOf(then, language) === dayOf(now, language)) return formatClockTime(then, language);
  return format(language, { day: 'numeric', month: 'short', ...TIME }).format(then);
}

/** True when data fetched at `updatedAt` is older than {@link STALE_AFTER_MS} at `now`. */
export function isStale(updatedAt: number, now: Date): boolean {
  return now.getTime() - updatedAt > STALE_AFTER_MS;
}
