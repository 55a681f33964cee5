import { LoginLimiter, type LoginLimits } from './auth/login-limiter.ts';
import type { ContextDeps } from './context.ts';
import { openDatabase, type Database } from './db/database.ts';
import type { PostgresTimeouts } from './db/postgres-pool.ts';
import { seedDatabase } from './db/seed.ts';
import { loadKelurahanArtifact, loadSamplesArtifact } from './geodata-store.ts';
import { ChangeBus } from './live/change-bus.ts';
import { PresentedSteps } from './meetings/presented-steps.ts';
import { createKelurahanLocator } from './spatial/kelurahan-locator.ts';
import { memoizeLocator } from './spatial/memoize-locator.ts';

export interface ServerDeps extends ContextDeps {
  readonly database: Database;
}

export interface DepsOptions {
  readonly databaseUrl?: string | undefined;
  /** PGlite data directory; omitted = in memory. Ignored with `databaseUrl`. */
  readonly dataDir?: string | undefined;
  readonly geodataBuildDir: string;
  /** PostgreSQL session timeouts; default `DEFAULT_POSTGRES_TIMEOUTS`. */
  readonly postgresTimeouts?: PostgresTimeouts | undefined;
  /** How failed logins are slowed down; default `DEFAULT_LOGIN_LIMITS`. */
  readonly loginLimits?: LoginLimits | undefined;
}

/**
 * Opens and migrates the database, loads the boundary artefact, seeds reference data and creates
 * the in-process change bus, the login limiter (its counters are in the database) and meeting
 * presenter positions.
 */
export async function createServerDeps(options: DepsOptions): Promise<ServerDeps> {
  const geodata = await loadKelurahanArtifact(options.geodataBuildDir);
  const samples = await loadSamplesArtifact(options.geodataBuildDir);
  const database = await openDatabase({
    url: options.databaseUrl,
    dataDir: options.dataDir,
    postgresTimeouts: options.postgresTimeouts,
  });
  try {
    await seedDatabase(database.db, geodata, samples);
  } catch (error) {
    await database.close();
    throw error;
  }
  const locator = memoizeLocator(createKelurahanLocator(geodata.kelurahan));
  return {
    database,
    db: database.db,
    dbKind: database.kind,
    geodata,
    locator,
    bus: new ChangeBus(),
    loginLimiter: new LoginLimiter(database.db, options.loginLimits),
    presentedSteps: new PresentedSteps(),
  };
}
