/**
 * Text a spreadsheet would run as a formula (OWASP's list: `-2+3+cmd|…` runs too, and a
 * leading tab or CR is skipped by some readers before they look for `=`).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text cell as CSV and XLSX exports write it: prefixed with `'` when it starts like a formula,
 * so a spreadsheet keeps it as text. Only for text: number cells are written as numbers, so
 * `-12.5` is never touched.
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
