import type { AppRouter } from '@peta/server';
import type { SessionInfo } from '@peta/shared';
import { matchQuery, QueryClient } from '@tanstack/react-query';
import { createTRPCClient } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { describe, expect, it } from 'vitest';
import { queriesAffectedBy } from './queries-affected-by.ts';

const trpc = createTRPCOptionsProxy<AppRouter>({
  client: createTRPCClient<AppRouter>({ links: [] }),
  queryClient: new QueryClient(),
});

/** Which of the queries the app may have open a change refreshes. */
function hits(event: Parameters<typeof queriesAffectedBy>[1], session: SessionInfo | null) {
  const keys = {
    list: trpc.programs.list.queryKey(),
    tps: trpc.programs.byId.queryKey({ id: 'tps' }),
    pasar: trpc.programs.byId.queryKey({ id: 'pasar-besar' }),
    tpsHistory: trpc.programs.history.queryKey({ id: 'tps', limit: 1 }),
    tpsHistoryPages: trpc.programs.history.infiniteQueryKey({ id: 'tps' }),
    pasarHistoryPages: trpc.programs.history.infiniteQueryKey({ id: 'pasar-besar' }),
    sites: trpc.programSites.list.queryKey(),
    flood: trpc.floodSpots.list.queryKey(),
    users: trpc.users.list.queryKey(),
    me: trpc.auth.me.queryKey(),
    boundaries: ['geodata', 'boundaries'],
  };
  const cache = new QueryClient();
  for (const key of Object.values(keys)) cache.setQueryData(key, 1);
  const filters = queriesAffectedBy(trpc, event, session);
  return Object.entries(keys)
    .filter(([, key]) => {
      const query = cache.getQueryCache().find({ queryKey: key, exact: true });
      return query !== undefined && filters.some((filter) => matchQuery(filter, query));
    })
    .map(([name]) => name);
}

const session: SessionInfo = {
  role: 'opd',
  name: 'Staf DLH',
  username: 'dlh',
  opd: 'DLH',
  userId: 7,
  displayTokenId: null,
  expiresAt: '2030-01-01T00:00:00.000Z',
};

describe('queriesAffectedBy', () => {
  it('refreshes the board, that program, its history and the map sites on a program change', () => {
    expect(
      hits({ kind: 'program', id: 'tps', version: 4, at: '2025-01-01T00:00:00Z' }, session),
    ).toEqual(['list', 'tps', 'tpsHistory', 'tpsHistoryPages', 'sites']);
  });

  it('refreshes the session only when the account change is about it', () => {
    const at = '2025-01-01T00:00:00Z';
    expect(hits({ kind: 'user', id: '8', at }, session)).toEqual(['users']);
    expect(hits({ kind: 'user', id: '7', at }, session)).toEqual(['users', 'me']);
    expect(hits({ kind: 'user', id: '7', at }, null)).toEqual(['users']);
  });
});
