import { CATALOGUE_EN } from './catalogue-en.ts';
import { CATALOGUE_ID } from './catalogue-id.ts';
import { formatJakartaTime } from '../format-jakarta-time.ts';
import type { Language } from './language.ts';

/** The texts of every language, one per {@link MessageKey}. */
export const MESSAGE_CATALOGUES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> =
  { id: CATALOGUE_ID, en: CATALOGUE_EN };

export type MessageKey = keyof typeof CATALOGUE_ID;

/** A parameter value; a date is written in Malang time, in the words of the language. */
export type MessageParam = string | number | Date;

type ParamNames<Text extends string> = Text extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;

/** `[params]` for a key whose text has `{{name}}` parameters, else `[]`. */
export type MessageParamsArg<K extends MessageKey> = [
  ParamNames<(typeof CATALOGUE_ID)[K]>,
] extends [never]
  ? []
  : [params: Readonly<Record<ParamNames<(typeof CATALOGUE_ID)[K]>, MessageParam>>];

/** A catalogue message with its parameters, to be worded in the reader's language. */
export interface Message {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, MessageParam>>;
  /** Put before the text as "field: text", the way forms read a message for one field. */
  readonly field?: string;
}

/** The message `key` with the parameters its Indonesian text names. */
export function message<K extends MessageKey>(key: K, ...params: MessageParamsArg<K>): Message {
  return { key, params: params[0] ?? {} };
}

/** `message` as the message of one input field ("field: text"). */
export function fieldMessage(field: string, message: Message): Message {
  return { ...message, field };
}

/** The text of `message` in `language`, its parameters filled in. */
export function formatMessage(message: Message, language: Language): string {
  const text = MESSAGE_CATALOGUES[language][message.key].replace(
    /\{\{(\w+)\}\}/g,
    (placeholder, name: string) => {
      const value = message.params[name];
      if (value === undefined) return placeholder;
      return value instanceof Date ? formatJakartaTime(value, language) : String(value);
    },
  );
  return message.field === undefined ? text : `${message.field}: ${text}`;
}
