import {
  csrProjectSeedSchema,
  floodSpotSeedSchema,
  programSiteSeedSchema,
  type CsrProject,
  type FloodSpot,
  type ProgramSite,
} from '@peta/shared';
import { asc } from 'drizzle-orm';
import { csrProjects, floodSpots, programSites } from '../db/schema.ts';
import type { KelurahanLocator } from '../spatial/kelurahan-locator.ts';
import { publicProcedure, router } from '../trpc.ts';

/** Adds the kelurahan found by the spatial join; the seed's own idea of it is never used. */
export function withKelurahan<T extends { lon: number; lat: number }>(
  rows: T[],
  locator: KelurahanLocator,
): (T & { kelurahanCode: string | null })[] {
  return rows.map((row) => ({ ...row, kelurahanCode: locator.locate(row.lon, row.lat) }));
}

export const floodSpotsRouter = router({
  /** Flood-prone spots with depth, events and handling status. */
  list: publicProcedure.query(async ({ ctx }): Promise<FloodSpot[]> => {
    const rows = await ctx.db.select().from(floodSpots).orderBy(asc(floodSpots.id));
    return withKelurahan(floodSpotSeedSchema.array().parse(rows), ctx.locator);
  }),
});

export const csrProjectsRouter = router({
  /** CSR (TSP) projects with company, sector, value and linked program. */
  list: publicProcedure.query(async ({ ctx }): Promise<CsrProject[]> => {
    const rows = await ctx.db.select().from(csrProjects).orderBy(asc(csrProjects.id));
    return withKelurahan(csrProjectSeedSchema.array().parse(rows), ctx.locator);
  }),
});

export const programSitesRouter = router({
  /** Locations of the 11 priority programs, with the program's id and the site's status. */
  list: publicProcedure.query(async ({ ctx }): Promise<ProgramSite[]> => {
    const rows = await ctx.db.select().from(programSites).orderBy(asc(programSites.id));
    return withKelurahan(programSiteSeedSchema.array().parse(rows), ctx.locator);
  }),
});
