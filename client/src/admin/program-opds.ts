import { OPDS, PROGRAMS, type Opd, type ProgramSeed } from '@peta/shared';

/**
 * The OPDs that lead or support at least one priority program, by name: the ones an `opd`
 * account is usually made for.
 */
export function listProgramOpds(
  programs: readonly Pick<ProgramSeed, 'leadOpd' | 'supportingOpds'>[],
  opds: readonly Opd[],
): Opd[] {
  const names = new Set(programs.flatMap((p) => [p.leadOpd, ...p.supportingOpds]));
  return [...names]
    .map((name) => opds.find((o) => o.name === name) ?? { name, fullName: name, partner: false })
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

/** {@link listProgramOpds} of the 11 programs. */
export const PROGRAM_OPDS: readonly Opd[] = listProgramOpds(PROGRAMS, OPDS);
