import type { KelurahanArtifact } from '@peta/shared';
import type { Db, DbKind } from './db/database.ts';
import type { KelurahanLocator } from './spatial/kelurahan-locator.ts';

/** What every procedure may use; built without HTTP in tests. */
export interface ContextDeps {
  readonly db: Db;
  readonly dbKind: DbKind;
  readonly geodata: KelurahanArtifact;
  /** Point → kelurahan spatial join. */
  readonly locator: KelurahanLocator;
}

export type Context = ContextDeps;

/** The request-independent part of the context. */
export function createContextInner(deps: ContextDeps): Context {
  return { ...deps };
}
