/** Why an export failed, in words for the person who asked for it. */
export class ExportError extends Error {
  override readonly name = 'ExportError';
}
