/** The variable that lets the server tests run without their PostgreSQL half. */
export const ALLOW_NO_POSTGRES = 'PETA_TEST_ALLOW_NO_POSTGRES';

/** Where the PostgreSQL half of the server tests gets its server from. */
export type PostgresChoice =
  | { readonly kind: 'given'; readonly url: string }
  | { readonly kind: 'throwaway'; readonly binDir: string }
  | { readonly kind: 'skip'; readonly warning: string };

/**
 * Chooses the PostgreSQL server for the tests: `DATABASE_URL`, else a throwaway one from the
 * binaries in `binDir`. Without either the run fails, so a missing PostgreSQL never passes
 * unnoticed — unless `PETA_TEST_ALLOW_NO_POSTGRES=1` explicitly allows skipping.
 */
export function choosePostgres(
  env: Readonly<Record<string, string | undefined>>,
  binDir: string | null,
): PostgresChoice {
  const given = env.DATABASE_URL;
  if (given) return { kind: 'given', url: given };
  if (binDir) return { kind: 'throwaway', binDir };
  const missing =
    'DATABASE_URL is unset and no initdb/pg_ctl was found (PATH, /usr/local/bin, /usr/lib/postgresql).';
  if (env[ALLOW_NO_POSTGRES] === '1') {
    return {
      kind: 'skip',
      warning: `NO POSTGRESQL: ${missing} The PostgreSQL variants of the server tests are SKIPPED (${ALLOW_NO_POSTGRES}=1).`,
    };
  }
  throw new Error(
    `No PostgreSQL for the server tests: ${missing}\n` +
      `Install it (as root: apt-get install -y postgresql), or set DATABASE_URL to an admin URL of ` +
      `a server, or run with ${ALLOW_NO_POSTGRES}=1 to skip the PostgreSQL half on purpose.`,
  );
}
