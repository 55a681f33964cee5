import { PROGRAMS, type ProgramSeed } from '@peta/shared';

const BY_ID: ReadonlyMap<string, ProgramSeed> = new Map(PROGRAMS.map((p) => [p.id, p]));

/** The seed record of a program by id (its number and name), or undefined. */
export function programSeed(id: string): ProgramSeed | undefined {
  return BY_ID.get(id);
}
