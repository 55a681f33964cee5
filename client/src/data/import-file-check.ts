import { IMPORT_MAX_BYTES } from '@peta/shared';

/** Why a chosen file is refused before upload. */
export type ImportFileProblem = 'empty' | 'tooBig' | 'wrongType';

const EXTENSIONS = ['.csv', '.xlsx'] as const;

/**
 * Checks a file in the browser before it is sent: a CSV or XLSX by name, not empty and at
 * most {@link IMPORT_MAX_BYTES}. The server checks the content again; this only spares the
 * user a long upload that would be refused.
 */
export function checkImportFile(file: { name: string; size: number }): ImportFileProblem | null {
  const name = file.name.toLowerCase();
  if (!EXTENSIONS.some((extension) => name.endsWith(extension))) return 'wrongType';
  if (file.size === 0) return 'empty';
  if (file.size > IMPORT_MAX_BYTES) return 'tooBig';
  return null;
}

/** {@link IMPORT_MAX_BYTES} in whole megabytes, for messages. */
export const IMPORT_MAX_MB = Math.round(IMPORT_MAX_BYTES / (1024 * 1024));
