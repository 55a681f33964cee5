import {
  formatMessage,
  message,
  type Message,
  type MessageKey,
  type MessageParamsArg,
} from './message.ts';
import type { z } from 'zod';
import { DEFAULT_LANGUAGE, type Language } from './language.ts';

/** Every text {@link validationMessage} has given out, with the message it words. */
const issued = new Map<string, Message>();

/**
 * A zod message for a shared schema: the Indonesian text, so every reader of a zod issue gets
 * Bahasa Indonesia by default; {@link translateValidationMessage} words it in another language.
 */
export function validationMessage<K extends MessageKey>(
  key: K,
  ...params: MessageParamsArg<K>
): string {
  const worded = message(key, ...params);
  const text = formatMessage(worded, DEFAULT_LANGUAGE);
  issued.set(text, worded);
  return text;
}

/**
 * A zod issue message in `language`: a text from {@link validationMessage} is translated; any
 * other text (zod's own messages) is returned as it is.
 */
export function translateValidationMessage(text: string, language: Language): string {
  const worded = issued.get(text);
  return worded ? formatMessage(worded, language) : text;
}

/** The first issue of a failed parse as "field: message" in `language`, the way a form shows it. */
export function firstIssueMessage(error: z.ZodError, language: Language): string {
  const issue = error.issues[0];
  if (!issue) return formatMessage(message('invalidInput'), language);
  const text = translateValidationMessage(issue.message, language);
  const field = issue.path.join('.');
  return field ? `${field}: ${text}` : text;
}
