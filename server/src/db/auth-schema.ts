import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.ts';

/** Accounts. Never deleted (history and audit point at them); disabled instead. */
export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    role: text('role').notNull(),
    /** The OPD an `opd` account is bound to. */
    opd: text('opd'),
    /** `scrypt$N$r$p$salt$hash`; never selected by a procedure that returns rows. */
    passwordHash: text('password_hash').notNull(),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    lastLoginAt: timestamptz('last_login_at'),
  },
  (t) => [
    check('users_role_check', sql`${t.role} in ('admin', 'opd', 'viewer')`),
    check('users_opd_check', sql`(${t.role} = 'opd') = (${t.opd} is not null)`),
  ],
);

/** Read-only tokens for wall displays; only a SHA-256 of the token is kept. */
export const displayTokens = pgTable('display_tokens', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  label: text('label').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  createdBy: integer('created_by').references(() => users.id),
  lastUsedAt: timestamptz('last_used_at'),
  revokedAt: timestamptz('revoked_at'),
});

/** Server-side sessions, keyed by a SHA-256 of the cookie token; held by a user or a display. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id').references(() => users.id),
    displayTokenId: integer('display_token_id').references(() => displayTokens.id),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [
    check('sessions_one_holder', sql`(${t.userId} is null) <> (${t.displayTokenId} is null)`),
    index('sessions_user_id_idx').on(t.userId),
    index('sessions_display_token_id_idx').on(t.displayTokenId),
    index('sessions_expires_at_idx').on(t.expiresAt),
  ],
);
