import { message } from '@peta/shared';
import type { UserCreateInput, UserRecord, UserRole } from '@peta/shared';
import { users } from '../db/auth-schema.ts';
import { singleRow, transact, type ChangeScope } from '../db/transact.ts';
import { LocalizedError, isUniqueViolation } from '../errors.ts';
import { hashPassword } from './password.ts';

type UserRow = typeof users.$inferSelect;

/** The columns of a user that may leave the server: everything but the password hash. */
export const publicUserColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  opd: users.opd,
  disabled: users.disabled,
  createdAt: users.createdAt,
  lastLoginAt: users.lastLoginAt,
};

/** A user row as the API returns it. */
export function toUserRecord(row: Omit<UserRow, 'passwordHash'>): UserRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role as UserRole,
    opd: row.opd,
    disabled: row.disabled,
    createdAt: row.createdAt.toISOString(),
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
  };
}

/**
 * Creates an account (password hashed with scrypt), audited as `action`. A taken username is a
 * CONFLICT. Used by `users.create`, `pnpm user:add` and the first-start admin.
 */
export async function createUser(
  scope: ChangeScope,
  input: UserCreateInput,
  action: string,
): Promise<UserRecord> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await transact(scope, async (change) => {
      const row = singleRow(
        await change.tx
          .insert(users)
          .values({
            username: input.username,
            displayName: input.displayName ?? input.username,
            role: input.role,
            opd: input.opd ?? null,
            passwordHash,
            createdAt: change.at,
          })
          .returning(publicUserColumns),
      );
      const record = toUserRecord(row);
      await change.audit({ action, entity: 'user', entityId: row.id, after: record });
      change.publish({ kind: 'user', id: String(row.id) });
      return record;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new LocalizedError('CONFLICT', message('usernameTaken', { username: input.username }));
    }
    throw error;
  }
}
