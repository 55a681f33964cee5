import { type Actor, canEditProgram, message, type ProgramOwnership } from '@peta/shared';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { programs } from '../db/schema.ts';
import type { ProgramRow } from './program-state.ts';
import { LocalizedError } from '../errors.ts';

/** The program row, locked for the rest of the transaction; NOT_FOUND when there is none. */
export async function lockProgram(tx: Db, id: string): Promise<ProgramRow> {
  const [row] = await tx.select().from(programs).where(eq(programs.id, id)).for('update');
  if (!row) throw new LocalizedError('NOT_FOUND', message('programNotFound', { id }));
  return row;
}

/** FORBIDDEN unless the actor may edit the program (admin, or its lead/supporting OPD). */
export function assertCanEditProgram(actor: Actor, program: ProgramOwnership & { name: string }) {
  if (!canEditProgram(actor, program)) {
    throw new LocalizedError('FORBIDDEN', message('programEditForbidden', { name: program.name }));
  }
}
