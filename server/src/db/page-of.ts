import type { Page } from '@peta/shared';

/** `limit` and `cursor` of a paged query, as its input schema parsed them. */
export interface PageInput {
  readonly limit: number;
  readonly cursor?: number | undefined;
}

/**
 * The page of `rows`, which were queried with `limit + 1`: the extra row only tells that there
 * is a next page, which starts after the cursor of the page's last item.
 */
export function pageOf<T>(
  rows: readonly T[],
  limit: number,
  cursorOf: (item: T) => number,
): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last !== undefined ? cursorOf(last) : null,
  };
}
