import { parseArgs } from 'node:util';
import {
  findOpdName,
  OPD_NAMES,
  passwordSchema,
  USER_ROLES,
  usernameSchema,
  type UserCreateInput,
  type UserRole,
} from '@peta/shared';
import { generatePassword } from '../auth/password.ts';
import { CLI_ACTOR } from '../auth/session-actor.ts';
import { createUser } from '../auth/create-user.ts';
import { openDatabase } from '../db/database.ts';
import { parseEnv } from '../env.ts';
import { acquireDataDirLock, type DataDirLock } from '../lifecycle/data-dir-lock.ts';
import { explainDataDirError } from '../lifecycle/explain-data-dir-error.ts';
import { readHiddenLine, readStdin } from './read-password.ts';

const USAGE = `Usage: pnpm user:add --username NAME --role admin|opd|viewer [--opd OPD]
                     [--display-name "Full Name"] [--password-stdin]

The password comes from standard input with --password-stdin; otherwise it is asked for
(not echoed) on an interactive terminal; otherwise a random one is generated and printed once.
The database is DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite, default ./data); with PGlite,
stop the server first (only one process may open the data directory; user:add refuses while
the server runs), or add the account in the running app's admin screen at /admin.`;

class UsageError extends Error {}

/** Checks the options and returns the account to create (without its password yet). */
function parseOptions(argv: string[]): {
  account: Omit<UserCreateInput, 'password'>;
  passwordStdin: boolean;
} {
  const { values } = parseArgs({
    args: argv,
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      opd: { type: 'string' },
      'display-name': { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) throw new UsageError('');
  if (!values.username) throw new UsageError('--username is required.');
  const username = usernameSchema.safeParse(values.username);
  if (!username.success) {
    throw new UsageError(`--username: ${username.error.issues[0]?.message ?? 'invalid'}`);
  }
  const role = values.role;
  if (role === 'display') {
    throw new UsageError(
      'display is not an account role: create a display token in the app (Admin → Layar).',
    );
  }
  if (!role || !USER_ROLES.includes(role as UserRole)) {
    throw new UsageError(
      `--role must be one of ${USER_ROLES.join(', ')}${role ? ` (got "${role}")` : ''}.`,
    );
  }
  let opd: string | undefined;
  if (role === 'opd') {
    if (!values.opd)
      throw new UsageError(`--opd is required for role opd. Known OPDs: ${OPD_NAMES.join(', ')}`);
    opd = findOpdName(values.opd) ?? undefined;
    if (!opd)
      throw new UsageError(`Unknown OPD "${values.opd}". Known OPDs: ${OPD_NAMES.join(', ')}`);
  } else if (values.opd !== undefined) {
    throw new UsageError('--opd applies only to role opd.');
  }
  const displayName = values['display-name']?.trim();
  return {
    account: {
      username: username.data,
      role: role as UserRole,
      ...(opd !== undefined && { opd }),
      ...(displayName && { displayName }),
    },
    passwordStdin: values['password-stdin'],
  };
}

/** The password from stdin, a hidden prompt, or generated (then `generated` is true). */
async function obtainPassword(
  fromStdin: boolean,
): Promise<{ password: string; generated: boolean }> {
  let password: string;
  if (fromStdin) {
    password = (await readStdin()).replace(/\r?\n$/, '');
  } else if (process.stdin.isTTY) {
    password = await readHiddenLine('Password (empty = generate one): ');
    if (password !== '' && (await readHiddenLine('Repeat password: ')) !== password) {
      throw new UsageError('The passwords do not match.');
    }
  } else {
    password = '';
  }
  if (password === '' && !fromStdin) return { password: generatePassword(), generated: true };
  const checked = passwordSchema.safeParse(password);
  if (!checked.success)
    throw new UsageError(`Password: ${checked.error.issues[0]?.message ?? 'invalid'}`);
  return { password, generated: false };
}

async function main(argv: string[]): Promise<number> {
  let options: ReturnType<typeof parseOptions>;
  let password: Awaited<ReturnType<typeof obtainPassword>>;
  try {
    options = parseOptions(argv);
    password = await obtainPassword(options.passwordStdin);
  } catch (error) {
    if (!(error instanceof UsageError || (error instanceof TypeError && 'code' in error)))
      throw error;
    if (error.message) console.error(`user:add: ${error.message}\n`);
    console.error(USAGE);
    return error.message ? 2 : 0;
  }
  const env = parseEnv();
  let lock: DataDirLock | undefined;
  if (!env.DATABASE_URL) {
    try {
      lock = acquireDataDirLock(env.DATA_DIR, 'user:add');
    } catch (error) {
      const explanation = explainDataDirError(error, 'user:add');
      if (explanation === null) throw error;
      console.error(`user:add: ${explanation}`);
      return 1;
    }
  }
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    const user = await createUser(
      { db: database.db, actor: CLI_ACTOR },
      { ...options.account, password: password.password },
      'user:add',
    );
    console.log(
      `Created ${user.role} account "${user.username}" (id ${user.id}${user.opd ? `, OPD ${user.opd}` : ''}).`,
    );
    if (password.generated) {
      console.log(`Password (shown only this once): ${password.password}`);
    }
    return 0;
  } catch (error) {
    console.error(`user:add: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await database.close();
    lock?.release();
  }
}

process.exitCode = await main(process.argv.slice(2));
