import { formatMessage, translateValidationMessage, type Message } from '@peta/shared';
import type { Request, Response } from 'express';
import { languageOfRequest } from './create-context-factory.ts';

/**
 * An `{ error }` JSON answer in the language of the request: a catalogue message, or a zod
 * issue message of a shared schema; `extra` fields (e.g. `requestId`) go beside it.
 */
export function sendError(
  req: Request,
  res: Response,
  status: number,
  error: Message | string,
  extra: Readonly<Record<string, string>> = {},
): void {
  const language = languageOfRequest(req);
  res.status(status).json({
    error:
      typeof error === 'string'
        ? translateValidationMessage(error, language)
        : formatMessage(error, language),
    ...extra,
  });
}
