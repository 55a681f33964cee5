const JAKARTA = new Intl.DateTimeFormat('id-ID', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Asia/Jakarta',
});

/** A time as officials in Malang read it, e.g. "8 Des 2025, 14.05 WIB". */
export function formatJakartaTime(date: Date): string {
  return `${JAKARTA.format(date)} WIB`;
}
