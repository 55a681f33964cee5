import type { TestProject } from 'vitest/node';
import { choosePostgres } from './choose-postgres.ts';
import { findPostgresBin } from './find-postgres.ts';
import { startThrowawayPostgres } from './throwaway-postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the PostgreSQL server the tests use, or null when skipping was allowed. */
    postgresUrl: string | null;
  }
}

/**
 * Vitest global setup: server tests run on PGlite and on a real PostgreSQL server — the one in
 * DATABASE_URL, else a throwaway one started from the machine's binaries. Without one the run
 * fails unless skipping is explicitly allowed (see {@link choosePostgres}).
 */
export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const choice = choosePostgres(process.env, process.env.DATABASE_URL ? null : findPostgresBin());
  switch (choice.kind) {
    case 'given':
      project.provide('postgresUrl', choice.url);
      return undefined;
    case 'skip': {
      const bar = '!'.repeat(78);
      console.warn(`\n${bar}\n!! ${choice.warning}\n${bar}\n`);
      project.provide('postgresUrl', null);
      return undefined;
    }
    case 'throwaway': {
      const server = await startThrowawayPostgres(choice.binDir);
      console.log(`PostgreSQL for tests: ${server.url} (binaries in ${choice.binDir})`);
      project.provide('postgresUrl', server.url);
      return () => {
        server.stop();
      };
    }
  }
}
