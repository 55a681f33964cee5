import type { id } from './id.ts';

/** The shape every language file must have: the keys of `id.ts`, any string values. */
export type Messages = StringLeaves<typeof id>;

type StringLeaves<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : StringLeaves<T[K]>;
};

export { LANGUAGES, type Language } from '@peta/shared';
