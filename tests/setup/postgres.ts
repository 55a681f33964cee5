import type { TestProject } from 'vitest/node';
import { findPostgresBin } from './find-postgres.ts';
import { startThrowawayPostgres } from './throwaway-postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the PostgreSQL server the tests use, or null when none is available. */
    postgresUrl: string | null;
  }
}

/**
 * Vitest global setup: server tests run on PGlite and on a real PostgreSQL server — the one in
 * DATABASE_URL, else a throwaway one started from the machine's binaries.
 */
export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const given = process.env.DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return undefined;
  }
  const binDir = findPostgresBin();
  if (!binDir) {
    const bar = '!'.repeat(78);
    console.warn(
      `\n${bar}\n!! NO POSTGRESQL: DATABASE_URL is unset and no initdb/pg_ctl was found.\n` +
        `!! The PostgreSQL variants of the server tests are SKIPPED. Install postgresql\n` +
        `!! (apt-get install -y postgresql) or set DATABASE_URL to run them.\n${bar}\n`,
    );
    project.provide('postgresUrl', null);
    return undefined;
  }
  const server = await startThrowawayPostgres(binDir);
  console.log(`PostgreSQL for tests: ${server.url} (binaries in ${binDir})`);
  project.provide('postgresUrl', server.url);
  return () => {
    server.stop();
  };
}
