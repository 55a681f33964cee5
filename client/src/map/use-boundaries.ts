import { useQuery } from '@tanstack/react-query';
import { loadBoundaries } from './load-boundaries.ts';

/** The boundary topology through TanStack Query: loaded once, kept for the session. */
export function useBoundaries() {
  return useQuery({
    queryKey: ['geodata', 'boundaries'],
    queryFn: ({ signal }) => loadBoundaries(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
