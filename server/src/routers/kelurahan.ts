import { asc } from 'drizzle-orm';
import { kelurahan } from '../db/schema.ts';
import { publicProcedure, router } from '../trpc.ts';

export const kelurahanRouter = router({
  /** The 57 kelurahan ordered by code. */
  list: publicProcedure.query(({ ctx }) =>
    ctx.db
      .select({
        code: kelurahan.code,
        name: kelurahan.name,
        kecamatan: kelurahan.kecamatan,
        kecamatanCode: kelurahan.kecamatanCode,
        areaKm2: kelurahan.areaKm2,
      })
      .from(kelurahan)
      .orderBy(asc(kelurahan.code)),
  ),
});
