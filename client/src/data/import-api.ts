import type {
  ImportCommitInput,
  ImportCommitResult,
  ImportMapping,
  ImportPreview,
} from '@peta/shared';
import { languageHeaders } from '../i18n/i18n.ts';

/** The preview endpoint (multipart); see README "Scripting API". */
export const IMPORT_PREVIEW_URL = '/api/import/preview';

/** The commit endpoint of one preview. */
export const importCommitUrl = (importId: string) =>
  `/api/import/${encodeURIComponent(importId)}/commit`;

/** Required on every import request: forces a CORS preflight a foreign page never gets. */
export const UPLOAD_HEADER = { 'X-Peta-Upload': '1' } as const;

/** A refused or failed import request, with the server's message where it gave one. */
export class ImportRequestError extends Error {
  constructor(
    message: string,
    /** HTTP status; 0 when the server was not reached. */
    readonly status: number,
  ) {
    super(message);
    this.name = 'ImportRequestError';
  }
}

/** Messages for failures the server does not word itself. */
export interface ImportRequestMessages {
  readonly network: string;
  readonly status: (status: number) => string;
}

/** The `{ error: { message } }` (or `{ error: "…" }`) of an error answer, else null. */
export function readErrorMessage(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const { error } = body;
  if (typeof error === 'string' && error !== '') return error;
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const { message } = error;
    if (typeof message === 'string' && message !== '') return message;
  }
  return null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** What one preview request sends. */
export interface PreviewRequest {
  readonly file: File;
  readonly indicator: string;
  readonly sheet?: string | undefined;
  readonly mapping?: ImportMapping | undefined;
}

/**
 * Uploads the file for a preview with XMLHttpRequest, whose upload progress fetch cannot
 * report. `onProgress` gets the share sent, 0–1. Nothing is stored by the server until the
 * preview is committed.
 */
export function requestPreview(
  request: PreviewRequest,
  messages: ImportRequestMessages,
  onProgress: (share: number) => void,
  signal?: AbortSignal,
): Promise<ImportPreview> {
  const form = new FormData();
  form.append('indicator', request.indicator);
  if (request.sheet !== undefined) form.append('sheet', request.sheet);
  if (request.mapping !== undefined) form.append('mapping', JSON.stringify(request.mapping));
  // The file last: a streaming server reads the small fields before the file arrives.
  form.append('file', request.file, request.file.name);

  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', IMPORT_PREVIEW_URL);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries({ ...languageHeaders(), ...UPLOAD_HEADER })) {
      xhr.setRequestHeader(name, value);
    }
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.upload.onload = () => {
      onProgress(1);
    };
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && body !== null) {
        resolve(body as ImportPreview);
      } else {
        reject(
          new ImportRequestError(readErrorMessage(body) ?? messages.status(xhr.status), xhr.status),
        );
      }
    };
    xhr.onerror = () => {
      reject(new ImportRequestError(messages.network, 0));
    };
    xhr.onabort = () => {
      reject(new DOMException('Upload aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', () => {
      xhr.abort();
    });
    xhr.send(form);
  });
}

/** Saves a preview as new active dataset version(s): the only step that writes. */
export async function requestCommit(
  importId: string,
  input: ImportCommitInput,
  messages: ImportRequestMessages,
): Promise<ImportCommitResult> {
  let response: Response;
  try {
    response = await fetch(importCommitUrl(importId), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', ...languageHeaders(), ...UPLOAD_HEADER },
      body: JSON.stringify(input),
    });
  } catch {
    throw new ImportRequestError(messages.network, 0);
  }
  const body = parseJson(await response.text());
  if (!response.ok || body === null) {
    throw new ImportRequestError(
      readErrorMessage(body) ?? messages.status(response.status),
      response.status,
    );
  }
  return body as ImportCommitResult;
}
