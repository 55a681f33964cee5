import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { oldestDataUpdatedAt } from './data-updated-at.ts';

/** {@link oldestDataUpdatedAt} of the query cache, kept current. */
export function useDataUpdatedAt(): number {
  const cache = useQueryClient().getQueryCache();
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  return useSyncExternalStore(subscribe, () => oldestDataUpdatedAt(cache.getAll()));
}
