import { languageHeaders } from '../i18n/i18n.ts';
import { ExportError } from './export-error.ts';
import { fileNameFromDisposition, withDateStamp } from './file-name.ts';

/** A file fetched from the server and the name to save it under. */
export interface ServerFile {
  readonly blob: Blob;
  readonly fileName: string;
}

/** Messages for failures the server does not word itself. */
export interface DownloadMessages {
  /** The server could not be reached. */
  readonly network: string;
  /** The server answered an error without a message; `{{status}}` is the HTTP status. */
  readonly status: (status: number) => string;
}

/** The message of an `/export` error (`{ error }`) or a CSRF refusal (`{ error: { message } }`). */
async function errorMessage(response: Response): Promise<string | null> {
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
    if (typeof body.error === 'object' && body.error !== null && 'message' in body.error) {
      const { message } = body.error;
      if (typeof message === 'string') return message;
    }
  } catch {
    // Not JSON: only the status is known.
  }
  return null;
}

/**
 * Fetches an `/export/*` file with the session cookie. The name is the server's
 * (`Content-Disposition`), else `fallbackName`, with the date added if it has none. A refusal
 * (signed out, bad request) becomes an {@link ExportError} with the server's message.
 */
export async function fetchServerFile(
  url: string,
  init: RequestInit,
  fallbackName: string,
  date: Date,
  messages: DownloadMessages,
): Promise<ServerFile> {
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'same-origin',
      ...init,
      headers: { ...languageHeaders(), ...Object.fromEntries(new Headers(init.headers)) },
    });
  } catch {
    throw new ExportError(messages.network);
  }
  if (!response.ok) {
    throw new ExportError((await errorMessage(response)) ?? messages.status(response.status));
  }
  const named = fileNameFromDisposition(response.headers.get('Content-Disposition'));
  return { blob: await response.blob(), fileName: withDateStamp(named ?? fallbackName, date) };
}

/** A blob as base64 (a `data:` URL), as the report endpoint takes the map snapshot. */
export function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === 'string') resolve(reader.result);
      else reject(new Error('FileReader gave no data URL'));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('FileReader failed'));
    };
    reader.readAsDataURL(blob);
  });
}
