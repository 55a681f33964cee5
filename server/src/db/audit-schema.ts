import { bigint, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { displayTokens, users } from './auth-schema.ts';
import { timestamptz } from './columns.ts';

/**
 * Every mutation in the system, written in the same transaction as the change. A trigger
 * (migration 0002) rejects UPDATE, DELETE and TRUNCATE.
 */
export const auditLog = pgTable('audit_log', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  at: timestamptz('at').notNull(),
  actorUserId: integer('actor_user_id').references(() => users.id),
  actorDisplayTokenId: integer('actor_display_token_id').references(() => displayTokens.id),
  actorName: text('actor_name').notNull(),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  before: jsonb('before'),
  after: jsonb('after'),
});
