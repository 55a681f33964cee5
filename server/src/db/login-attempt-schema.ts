import { index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.ts';

/**
 * Failed-login counters (see auth/login-limiter.ts), one row per counted key such as
 * `account:<username>` or `address:<ip>`. Kept in the database so that they survive restarts and
 * are shared by every app process on one PostgreSQL.
 */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    key: text('key').primaryKey(),
    /** Attempts counted and not yet cleared by a success. */
    failures: integer('failures').notNull(),
    lastAttemptAt: timestamptz('last_attempt_at').notNull(),
  },
  (t) => [index('login_attempts_last_attempt_at_idx').on(t.lastAttemptAt)],
);

/** Addresses an account recently signed in from; their attempts are counted apart. */
export const loginKnownAddresses = pgTable(
  'login_known_addresses',
  {
    /** Lower-cased, as typed at login. */
    username: text('username').notNull(),
    address: text('address').notNull(),
    lastSuccessAt: timestamptz('last_success_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.username, t.address] }),
    index('login_known_addresses_last_success_at_idx').on(t.lastSuccessAt),
  ],
);
