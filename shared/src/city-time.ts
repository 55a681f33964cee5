/** Kota Malang's time zone: WIB, UTC+7 all year. Every date and time shown or stamped uses it. */
export const CITY_TIME_ZONE = 'Asia/Jakarta';

const CITY_DATE = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: CITY_TIME_ZONE,
});

/** The calendar date in Malang as `YYYY-MM-DD` (titles, file names), whatever the machine's zone. */
export function formatCityDate(date: Date): string {
  return CITY_DATE.format(date);
}
