import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { users } from '../db/auth-schema.ts';
import { generatePassword } from './password.ts';
import { SYSTEM_ACTOR } from './session-actor.ts';
import { createUser } from './create-user.ts';

export const INITIAL_ADMIN_USERNAME = 'admin';

export interface InitialAdminOptions {
  /** `ADMIN_PASSWORD`; when absent a random password is generated and logged once. */
  readonly password?: string | undefined;
  readonly log: (message: string) => void;
}

/**
 * On a database with no users, creates the `admin` account so someone can sign in. Does nothing
 * once any user exists, so the generated password is printed exactly once.
 */
export async function ensureInitialAdmin(db: Db, options: InitialAdminOptions): Promise<boolean> {
  const [existing] = await db
    .select({ one: sql`1` })
    .from(users)
    .limit(1);
  if (existing) return false;
  const password = options.password ?? generatePassword();
  await createUser(
    { db, actor: SYSTEM_ACTOR },
    {
      username: INITIAL_ADMIN_USERNAME,
      password,
      role: 'admin',
      displayName: 'Administrator Bappeda',
    },
    'initial-admin',
  );
  if (options.password) {
    options.log(
      `No users yet: created "${INITIAL_ADMIN_USERNAME}" with the password from ADMIN_PASSWORD.`,
    );
  } else {
    options.log(
      [
        `No users yet: created "${INITIAL_ADMIN_USERNAME}" with a random password (shown only this once):`,
        `    ${password}`,
        'Sign in and change it, or set ADMIN_PASSWORD before the first start.',
      ].join('\n'),
    );
  }
  return true;
}
