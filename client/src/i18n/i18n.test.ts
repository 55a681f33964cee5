import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { id } from './id.ts';

/** `[dotted path, value]` of every leaf of a nested message object. */
function leavesOf(messages: object, prefix = ''): [string, unknown][] {
  return Object.entries(messages).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'object' && value !== null
      ? leavesOf(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

const variablesOf = (text: unknown) =>
  [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]);

describe('i18n resources', () => {
  it('id and en have the same keys', () => {
    const keys = (messages: object) => leavesOf(messages).map(([path]) => path);
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });

  it('has only non-empty strings', () => {
    for (const messages of [id, en]) {
      for (const [path, value] of leavesOf(messages)) {
        expect(typeof value === 'string' && value.length > 0, path).toBe(true);
      }
    }
  });

  it('uses the same interpolation variables in both languages', () => {
    const variables = (messages: object) =>
      leavesOf(messages).map(([path, value]) => [path, variablesOf(value)]);
    expect(variables(en)).toEqual(variables(id));
  });
});
