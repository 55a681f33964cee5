import {
  firstIssueMessage,
  formatMessage,
  translateValidationMessage,
  type Message,
} from '@peta/shared';
import type { ZodError } from 'zod';
import type { Request, Response } from 'express';
import { languageOfRequest } from './create-context-factory.ts';

/**
 * An `{ error }` JSON answer in the language of the request: a catalogue message, a zod issue
 * message of a shared schema, or a failed parse ("field: message"); `extra` fields (e.g.
 * `requestId`) go beside it.
 */
export function sendError(
  req: Request,
  res: Response,
  status: number,
  error: Message | string | ZodError,
  extra: Readonly<Record<string, string>> = {},
): void {
  const language = languageOfRequest(req);
  res.status(status).json({
    error:
      typeof error === 'string'
        ? translateValidationMessage(error, language)
        : 'issues' in error
          ? firstIssueMessage(error, language)
          : formatMessage(error, language),
    ...extra,
  });
}
