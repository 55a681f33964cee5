import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { loginAttempts, loginKnownAddresses } from '../db/login-attempt-schema.ts';

/** How failed sign-ins are slowed down (see README, "Accounts and access"). */
export interface LoginLimits {
  /** Failures one account may have (from addresses it is not known at) before slowing down. */
  readonly accountFailures: number;
  /** Failures one address may have, over all accounts, before slowing down. */
  readonly addressFailures: number;
  /** The wait after the first failure past a limit; it doubles with every further one. */
  readonly firstDelayMs: number;
  /** The longest wait between two attempts. */
  readonly maxDelayMs: number;
  /** A count is forgotten after this long without an attempt. */
  readonly forgetAfterMs: number;
  /** An address where an account signed in within this time is known to that account. */
  readonly knownAddressMs: number;
}

const MINUTE = 60 * 1000;

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  accountFailures: 5,
  addressFailures: 100,
  firstDelayMs: 30 * 1000,
  maxDelayMs: 15 * MINUTE,
  forgetAfterMs: 24 * 60 * MINUTE,
  knownAddressMs: 30 * 24 * 60 * MINUTE,
};

/** What an attempt is counted against; `account` and `knownAddress` use the account limit. */
export type LimitKind = 'account' | 'knownAddress' | 'address' | 'passwordChange' | 'display';

/** One counter: its kind and whom it counts (a username, an address, a user id …). */
export interface LimitKey {
  readonly kind: LimitKind;
  readonly id: string;
}

/** A counter that reached its limit, or a doubling of it, with a failure: worth one audit row. */
export interface LimitReached {
  readonly key: LimitKey;
  readonly failures: number;
}

/** An attempt that was counted in advance: report how it ended. */
export interface CountedAttempt {
  /** The counters that this failure brought to their limit or a doubling of it. */
  readonly reached: readonly LimitReached[];
  /** A success: the attempt was no failure. Clears the first key's count, un-counts the rest. */
  succeeded(): Promise<void>;
}

/** Either the attempt may go on, or the caller must wait `retryAfterMs`. */
export type Reservation =
  | { readonly ok: true; readonly attempt: CountedAttempt }
  | { readonly ok: false; readonly retryAfterMs: number };

const ADDRESS_KINDS: ReadonlySet<LimitKind> = new Set(['address', 'display']);

function counterKey({ kind, id }: LimitKey): string {
  return `${kind}:${id}`;
}

/** True when `failures` is the limit or the limit doubled any number of times. */
function isLimitOrDoubling(failures: number, limit: number): boolean {
  if (failures < limit) return false;
  const ratio = failures / limit;
  return Number.isInteger(ratio) && (ratio & (ratio - 1)) === 0;
}

/**
 * Failed sign-ins, counted in the database BEFORE the password is checked: {@link reserve}
 * takes one attempt from every counter atomically (`insert … on conflict do update … where`
 * allowed), so parallel requests or a batch cannot run more password checks than the limits
 * allow. Past its limit a counter does not lock out but asks for a wait that doubles with every
 * further failure (up to `maxDelayMs`); a success clears the account's count.
 */
export class LoginLimiter {
  readonly #db: Db;
  readonly #limits: LoginLimits;
  readonly #now: () => Date;

  constructor(
    db: Db,
    limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
    now: () => Date = () => new Date(),
  ) {
    this.#db = db;
    this.#limits = limits;
    this.#now = now;
  }

  /**
   * The counters of a password login: an account's own count at an address it recently signed
   * in from, else the account's count from anywhere and the address's count over all accounts.
   */
  async loginKeys(username: string, address: string): Promise<LimitKey[]> {
    const name = username.toLowerCase();
    const since = new Date(this.#now().getTime() - this.#limits.knownAddressMs);
    const [known] = await this.#db
      .select({ at: loginKnownAddresses.lastSuccessAt })
      .from(loginKnownAddresses)
      .where(
        and(
          eq(loginKnownAddresses.username, name),
          eq(loginKnownAddresses.address, address),
          gt(loginKnownAddresses.lastSuccessAt, since),
        ),
      );
    return known
      ? [{ kind: 'knownAddress', id: `${address} ${name}` }]
      : [
          { kind: 'account', id: name },
          { kind: 'address', id: address },
        ];
  }

  /** Remembers that `username` signed in from `address`, and forgets stale counts. */
  async rememberSuccess(username: string, address: string): Promise<void> {
    const now = this.#now();
    await this.#db
      .insert(loginKnownAddresses)
      .values({ username: username.toLowerCase(), address, lastSuccessAt: now })
      .onConflictDoUpdate({
        target: [loginKnownAddresses.username, loginKnownAddresses.address],
        set: { lastSuccessAt: now },
      });
    await this.#db
      .delete(loginAttempts)
      .where(lt(loginAttempts.lastAttemptAt, this.#ago(this.#limits.forgetAfterMs, now)));
    await this.#db
      .delete(loginKnownAddresses)
      .where(lt(loginKnownAddresses.lastSuccessAt, this.#ago(this.#limits.knownAddressMs, now)));
  }

  /**
   * Counts one attempt on each of `keys`, in order, before it is checked. When a counter asks
   * for a wait, the counts already taken are given back and nothing is checked.
   */
  async reserve(keys: readonly LimitKey[]): Promise<Reservation> {
    const taken: { key: LimitKey; failures: number }[] = [];
    for (const key of keys) {
      const failures = await this.#take(key);
      if (failures === null) {
        for (const done of taken) await this.#giveBack(done.key);
        return { ok: false, retryAfterMs: await this.#retryAfterMs(key) };
      }
      taken.push({ key, failures });
    }
    return {
      ok: true,
      attempt: {
        reached: taken.filter((t) => isLimitOrDoubling(t.failures, this.#limitOf(t.key))),
        succeeded: async () => {
          const [first, ...rest] = taken;
          if (first) {
            await this.#db
              .delete(loginAttempts)
              .where(eq(loginAttempts.key, counterKey(first.key)));
          }
          for (const done of rest) await this.#giveBack(done.key);
        },
      },
    };
  }

  #limitOf(key: LimitKey): number {
    return ADDRESS_KINDS.has(key.kind)
      ? this.#limits.addressFailures
      : this.#limits.accountFailures;
  }

  #ago(ms: number, now = this.#now()): Date {
    return new Date(now.getTime() - ms);
  }

  /** The wait, in ms, a counter at `failures` asks for after its last attempt (SQL). */
  #delaySql(failures: typeof loginAttempts.failures, limit: number) {
    const { firstDelayMs, maxDelayMs } = this.#limits;
    return sql`least(${maxDelayMs}::float8, ${firstDelayMs}::float8 * power(2::float8, least(${failures} - ${limit}, 40)))`;
  }

  /** Adds one attempt unless the counter asks for a wait; the new count, or null. */
  async #take(key: LimitKey): Promise<number | null> {
    const now = this.#now();
    const forgetBefore = this.#ago(this.#limits.forgetAfterMs, now);
    const limit = this.#limitOf(key);
    const stale = lt(loginAttempts.lastAttemptAt, forgetBefore);
    const rows = await this.#db
      .insert(loginAttempts)
      .values({ key: counterKey(key), failures: 1, lastAttemptAt: now })
      .onConflictDoUpdate({
        target: loginAttempts.key,
        set: {
          failures: sql`case when ${stale} then 1 else ${loginAttempts.failures} + 1 end`,
          lastAttemptAt: now,
        },
        setWhere: sql`${stale} or ${loginAttempts.failures} < ${limit}
          or ${loginAttempts.lastAttemptAt} + ${this.#delaySql(loginAttempts.failures, limit)}
            * interval '1 millisecond' <= ${now.toISOString()}::timestamptz`,
      })
      .returning({ failures: loginAttempts.failures });
    return rows[0]?.failures ?? null;
  }

  /** Un-counts an attempt that turned out not to be a failure, or was never checked. */
  async #giveBack(key: LimitKey): Promise<void> {
    await this.#db
      .update(loginAttempts)
      .set({ failures: sql`greatest(${loginAttempts.failures} - 1, 0)` })
      .where(eq(loginAttempts.key, counterKey(key)));
  }

  async #retryAfterMs(key: LimitKey): Promise<number> {
    const [row] = await this.#db
      .select({
        waitUntil: sql<string>`(extract(epoch from ${loginAttempts.lastAttemptAt}) * 1000
          + ${this.#delaySql(loginAttempts.failures, this.#limitOf(key))})::float8`,
      })
      .from(loginAttempts)
      .where(eq(loginAttempts.key, counterKey(key)));
    // Whole milliseconds: the epoch arithmetic in float8 is not exact.
    const waitUntil = Math.round(Number(row?.waitUntil ?? 0));
    return Math.max(1000, Math.ceil(waitUntil - this.#now().getTime()));
  }
}
