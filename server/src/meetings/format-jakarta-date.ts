const JAKARTA_DATE = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: 'Asia/Jakarta',
});

/** The calendar date in Malang (WIB) as `YYYY-MM-DD`, e.g. for titles and file names. */
export function formatJakartaDate(date: Date): string {
  return JAKARTA_DATE.format(date);
}
