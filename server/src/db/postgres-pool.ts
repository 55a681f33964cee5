import pg from 'pg';
import { describeDatabaseError } from './database-unavailable.ts';

/** Limits on every PostgreSQL session the app opens, in milliseconds; 0 turns one off. */
export interface PostgresTimeouts {
  /** `statement_timeout`: the longest one statement may run. */
  readonly statementMs: number;
  /** `lock_timeout`: the longest a statement waits for a lock another transaction holds. */
  readonly lockMs: number;
  /** `idle_in_transaction_session_timeout`: ends a session left idle inside a transaction. */
  readonly idleInTransactionMs: number;
  /** How long a request waits for a connection before it fails (with a 503). */
  readonly connectMs: number;
}

/** 15 s per statement, 5 s per lock wait, 30 s idle in a transaction, 5 s to connect. */
export const DEFAULT_POSTGRES_TIMEOUTS: PostgresTimeouts = {
  statementMs: 15_000,
  lockMs: 5_000,
  idleInTransactionMs: 30_000,
  connectMs: 5_000,
};

type ConnectCallback = Parameters<pg.Pool['connect']>[0];
type Release = (error?: Error | boolean) => void;

/**
 * A pool that a lost connection cannot crash or drain. pg emits 'error' on a client whose
 * connection fails (`pg_terminate_backend`, a restart) and pg-pool listens only while the
 * client is idle: unheard, the error kills the process. So every client has a listener for its
 * whole life, and a client checked out by promise-style `connect()` (drizzle's transactions) goes
 * back to the pool as broken the moment its connection fails — drizzle never releases a client
 * whose `begin` failed, and each such failure would otherwise leak a connection until the pool
 * is exhausted. The caller's own `release()` afterwards does nothing.
 */
class SelfHealingPool extends pg.Pool {
  /** Clients whose connection has failed, with the error. */
  readonly #failed = new WeakMap<pg.ClientBase, Error>();
  /** The release of each client checked out by promise-style `connect()`. */
  readonly #checkedOut = new WeakMap<pg.ClientBase, Release>();

  constructor(config: pg.PoolConfig) {
    super(config);
    this.on('connect', (client) => {
      client.on('error', (error) => {
        this.#failed.set(client, error);
        this.#checkedOut.get(client)?.(error);
      });
    });
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | undefined {
    if (callback) {
      // pg-pool's own `query()`: it releases the client with the error itself.
      super.connect(callback);
      return undefined;
    }
    return super.connect().then((client) => this.#releasedWhenBroken(client));
  }

  #releasedWhenBroken(client: pg.PoolClient): Promise<pg.PoolClient> | pg.PoolClient {
    const failed = this.#failed.get(client);
    if (failed) {
      // It failed between being handed out and now: discard it and take another.
      client.release(failed);
      return this.connect();
    }
    const release = client.release.bind(client);
    let released = false;
    const releaseOnce: Release = (error) => {
      if (released) return;
      released = true;
      this.#checkedOut.delete(client);
      release(error);
    };
    this.#checkedOut.set(client, releaseOnce);
    client.release = releaseOnce;
    return client;
  }
}

/**
 * The connection pool to PostgreSQL at `url`. A connection lost while idle or in use is logged
 * and replaced on next use; the server going away never crashes the process.
 */
export function createPostgresPool(url: string, timeouts: PostgresTimeouts): pg.Pool {
  const pool = new SelfHealingPool({
    connectionString: url,
    max: 10,
    fallback_application_name: 'peta-prioritas',
    statement_timeout: timeouts.statementMs,
    lock_timeout: timeouts.lockMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    connectionTimeoutMillis: timeouts.connectMs,
    // TCP keepalive notices a peer that vanished without closing (a network cut, a killed VM).
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  pool.on('error', (error) => {
    console.error(`PostgreSQL connection lost: ${describeDatabaseError(error)}`);
  });
  return pool;
}
