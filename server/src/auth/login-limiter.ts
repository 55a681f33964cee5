/** Failures allowed per username and address, and per address alone, in one window. */
export interface LoginLimiterOptions {
  readonly maxFailures: number;
  readonly maxFailuresPerAddress: number;
  readonly windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimiterOptions = {
  maxFailures: 5,
  maxFailuresPerAddress: 50,
  windowMs: 15 * 60 * 1000,
};

interface Window {
  failures: number;
  resetAt: number;
}

/**
 * Counts failed logins in memory (one server process serves everything) per username + client
 * address and per address, in fixed windows. Only failures count; a success clears its key.
 */
export class LoginLimiter {
  readonly #windows = new Map<string, Window>();
  readonly #options: LoginLimiterOptions;

  constructor(options: LoginLimiterOptions = DEFAULT_LOGIN_LIMITS) {
    this.#options = options;
  }

  /** Milliseconds until `username` may try again from `address`; 0 when it may now. */
  retryAfterMs(username: string, address: string, now = Date.now()): number {
    const waits = this.#limits(username, address).map(([key, max]) => {
      const window = this.#windows.get(key);
      return window && window.resetAt > now && window.failures >= max ? window.resetAt - now : 0;
    });
    return Math.max(0, ...waits);
  }

  /** Records a failed attempt. */
  fail(username: string, address: string, now = Date.now()): void {
    this.#prune(now);
    for (const [key] of this.#limits(username, address)) {
      const window = this.#windows.get(key);
      if (window && window.resetAt > now) window.failures += 1;
      else this.#windows.set(key, { failures: 1, resetAt: now + this.#options.windowMs });
    }
  }

  /** Forgets the failures of `username` from `address` after a successful login. */
  succeed(username: string, address: string): void {
    this.#windows.delete(userKey(username, address));
  }

  #limits(username: string, address: string): [string, number][] {
    return [
      [userKey(username, address), this.#options.maxFailures],
      [`address\u0000${address}`, this.#options.maxFailuresPerAddress],
    ];
  }

  #prune(now: number): void {
    if (this.#windows.size < 10_000) return;
    for (const [key, window] of this.#windows) if (window.resetAt <= now) this.#windows.delete(key);
  }
}

function userKey(username: string, address: string): string {
  return `user\u0000${username.toLowerCase()}\u0000${address}`;
}
