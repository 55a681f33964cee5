/** A URL-safe id fragment: "Jl. Kedawung / Purwantoro" → "jl-kedawung-purwantoro". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
