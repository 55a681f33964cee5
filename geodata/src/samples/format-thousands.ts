/** Formats an integer with Indonesian thousands separators: 38300 → "38.300". */
export function formatThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
