import { PROGRAMS, type KelurahanArtifact, type SamplesArtifact } from '@peta/shared';
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './database.ts';
import {
  FOLLOW_UP_SEED,
  FUNDING_SEED,
  MILESTONE_SEED,
  OBSTACLE_SEED,
} from './program-details-seed.ts';
import {
  programFollowUps,
  programFunding,
  programMilestones,
  programObstacles,
} from './program-details-schema.ts';
import { seedBuiltInIndicators } from '../datasets/seed-built-in-indicators.ts';
import { seedSampleVersions } from '../datasets/seed-sample-versions.ts';
import { csrProjects, floodSpots, kelurahan, programSites, programs } from './schema.ts';

async function isEmpty(db: Db, table: PgTable): Promise<boolean> {
  const rows = await db
    .select({ one: sql`1` })
    .from(table)
    .limit(1);
  return rows.length === 0;
}

/** Program funding, milestones, obstacles and follow-ups from DOMAIN.md, into empty tables. */
async function seedProgramDetails(tx: Db): Promise<void> {
  if (await isEmpty(tx, programFunding)) await tx.insert(programFunding).values([...FUNDING_SEED]);
  if (await isEmpty(tx, programMilestones)) {
    await tx
      .insert(programMilestones)
      .values(MILESTONE_SEED.map((m, i) => ({ ...m, position: i })));
  }
  if (await isEmpty(tx, programObstacles)) {
    await tx.insert(programObstacles).values(OBSTACLE_SEED.map((o, i) => ({ ...o, position: i })));
  }
  if (await isEmpty(tx, programFollowUps)) {
    const createdAt = new Date();
    await tx.insert(programFollowUps).values(FOLLOW_UP_SEED.map((f) => ({ ...f, createdAt })));
  }
}

/**
 * Brings reference data up to date: kelurahan from the boundary artefact (upserted, so a new
 * boundary edition flows in), the 11 programs from DOMAIN.md, the built-in catalogue entries,
 * the sample datasets (each inserted once: later edits and imports made in the app are never
 * overwritten; indicator samples become sample dataset versions), and the program details
 * (funding, milestones, obstacles, follow-ups) likewise.
 */
export async function seedDatabase(
  db: Db,
  artifact: KelurahanArtifact,
  samples: SamplesArtifact,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(kelurahan)
      .values(
        artifact.kelurahan.map((k) => ({
          code: k.code,
          name: k.name,
          kecamatan: k.kecamatan,
          kecamatanCode: k.kecamatanCode,
          areaKm2: k.areaKm2,
        })),
      )
      .onConflictDoUpdate({
        target: kelurahan.code,
        set: {
          name: sql`excluded.name`,
          kecamatan: sql`excluded.kecamatan`,
          kecamatanCode: sql`excluded.kecamatan_code`,
          areaKm2: sql`excluded.area_km2`,
        },
      });
    await tx
      .insert(programs)
      .values(
        PROGRAMS.map((p) => ({
          id: p.id,
          number: p.number,
          name: p.name,
          leadOpd: p.leadOpd,
          supportingOpds: [...p.supportingOpds],
          funding: p.funding,
          status: p.status,
          physicalProgress: p.physicalProgress,
          financialProgress: p.financialProgress,
          reportedProgress: p.reportedProgress,
          source: p.source,
          progressEstimated: p.progressEstimated,
          updatedAt: new Date(`${p.reportedAt}T00:00:00+07:00`),
        })),
      )
      .onConflictDoNothing({ target: programs.id });
    await seedBuiltInIndicators(tx);
    await seedSampleVersions(tx, samples);
    // Sample datasets fill empty tables only, so rows removed or replaced later stay so.
    if (await isEmpty(tx, floodSpots)) await tx.insert(floodSpots).values(samples.floodSpots);
    if (await isEmpty(tx, csrProjects)) await tx.insert(csrProjects).values(samples.csrProjects);
    if (await isEmpty(tx, programSites)) await tx.insert(programSites).values(samples.programSites);
    await seedProgramDetails(tx);
  });
}
