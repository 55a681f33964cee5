/** Kota Malang keeps WIB (UTC+7) all year; there is no daylight saving time. */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The day number (days since 1970-01-01) of an instant, counted in Malang's calendar. */
function wibDayNumber(instant: Date): number {
  return Math.floor((instant.getTime() + WIB_OFFSET_MS) / DAY_MS);
}

/** Today's date in Malang as `YYYY-MM-DD`, the format of due dates. */
export function wibToday(now: Date): string {
  return new Date(wibDayNumber(now) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Whole calendar days (in Malang) from `iso` to `now`: 0 for earlier today, 1 for yesterday.
 * Never negative, so a clock slightly behind the server's shows 0.
 */
export function daysSince(iso: string, now: Date): number {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return 0;
  return Math.max(0, wibDayNumber(now) - wibDayNumber(then));
}

/** Something with a due date that can be finished: a follow-up or a milestone. */
export interface DueItem {
  readonly dueDate: string | null;
  readonly done: boolean;
}

/** Open and due before today (a task due today is not late yet). */
export function isOverdue(item: DueItem, now: Date): boolean {
  return !item.done && item.dueDate !== null && item.dueDate < wibToday(now);
}

/** How many of `items` are overdue. */
export function countOverdue(items: readonly DueItem[], now: Date): number {
  return items.filter((item) => isOverdue(item, now)).length;
}
