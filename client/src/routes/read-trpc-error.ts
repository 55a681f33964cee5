import type { ProgramConflictCurrent } from '@peta/shared';

/** What the server's error formatter (server/src/trpc.ts) puts in a tRPC error. */
export interface ServerError {
  /** The server's message in the UI language, "field: message" for the first zod issue. */
  readonly message: string;
  /** The tRPC code, e.g. `CONFLICT`, `TOO_MANY_REQUESTS`; null for network failures. */
  readonly code: string | null;
  /** Zod messages per top-level input field. */
  readonly fieldErrors: Readonly<Record<string, readonly string[]>>;
  /** CONFLICT of `programs.update`: the state saved meanwhile. */
  readonly current: ProgramConflictCurrent | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function stringLists(value: unknown): Record<string, string[]> {
  if (!isRecord(value)) return {};
  const lists: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(value)) {
    if (Array.isArray(messages)) {
      lists[key] = messages.filter((m): m is string => typeof m === 'string');
    }
  }
  return lists;
}

/** Reads a tRPC client error (or anything thrown) into {@link ServerError}. */
export function readTrpcError(error: unknown): ServerError {
  const message =
    isRecord(error) && typeof error.message === 'string' && error.message !== ''
      ? error.message
      : String(error);
  const data = isRecord(error) && isRecord(error.data) ? error.data : {};
  const zodError = isRecord(data.zodError) ? data.zodError : {};
  return {
    message,
    code: typeof data.code === 'string' ? data.code : null,
    fieldErrors: stringLists(zodError.fieldErrors),
    current: isRecord(data.current) ? (data.current as unknown as ProgramConflictCurrent) : null,
  };
}
