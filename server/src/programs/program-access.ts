import { canEditProgram, type Actor, type ProgramOwnership } from '@peta/shared';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { programs } from '../db/schema.ts';
import type { ProgramRow } from './program-state.ts';

/** The program row, locked for the rest of the transaction; NOT_FOUND when there is none. */
export async function lockProgram(tx: Db, id: string): Promise<ProgramRow> {
  const [row] = await tx.select().from(programs).where(eq(programs.id, id)).for('update');
  if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: `Program "${id}" tidak ditemukan` });
  return row;
}

/** FORBIDDEN unless the actor may edit the program (admin, or its lead/supporting OPD). */
export function assertCanEditProgram(actor: Actor, program: ProgramOwnership & { name: string }) {
  if (!canEditProgram(actor, program)) {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: `Akun Anda tidak boleh mengubah program "${program.name}": bukan OPD pelaksana atau pendukungnya`,
    });
  }
}
