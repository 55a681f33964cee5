import { sql, TransactionRollbackError } from 'drizzle-orm';
import type { Db } from './database.ts';

/**
 * Resolves when the database accepts a write; rejects with the database's error when it is
 * down, closed, read-only (a standby, `default_transaction_read_only`) or cannot take locks.
 * The write is a row in a temporary table, in a transaction that is always rolled back, so it
 * leaves nothing behind and needs no table of its own.
 */
export async function checkWritable(db: Db): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      await tx.execute(sql`create temporary table peta_write_probe (n int) on commit drop`);
      await tx.execute(sql`insert into peta_write_probe values (1)`);
      tx.rollback();
    });
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
}
