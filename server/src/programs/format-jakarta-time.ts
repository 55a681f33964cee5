import { CITY_TIME_ZONE } from '@peta/shared';
const JAKARTA = new Intl.DateTimeFormat('id-ID', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: CITY_TIME_ZONE,
});

/** A time as officials in Malang read it, e.g. "8 Des 2025, 14.05 WIB". */
export function formatJakartaTime(date: Date): string {
  return `${JAKARTA.format(date)} WIB`;
}
