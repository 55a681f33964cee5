import { PROGRAM_STATUSES, type ProgramStatus, type ProgramSummary } from '@peta/shared';

/** Orders of the board: program number, physical progress (highest first), latest update first. */
export const BOARD_SORTS = ['number', 'progress', 'updated'] as const;
export type BoardSort = (typeof BOARD_SORTS)[number];

/** The board's filter and order; kept in the URL (`?opd=DLH&status=pelaksanaan&sort=progress`). */
export interface BoardFilter {
  /** Programs this OPD leads or supports; null = all. */
  readonly opd: string | null;
  readonly status: ProgramStatus | null;
  readonly sort: BoardSort;
}

/** A program on the board: its summary and, once loaded, its supporting OPDs. */
export interface BoardProgram {
  readonly summary: ProgramSummary;
  readonly supportingOpds: readonly string[];
}

const isStatus = (value: string | null): value is ProgramStatus =>
  (PROGRAM_STATUSES as readonly (string | null)[]).includes(value);

const isSort = (value: string | null): value is BoardSort =>
  (BOARD_SORTS as readonly (string | null)[]).includes(value);

/** The filter in the URL's search parameters; unknown values fall back to "all" / number. */
export function readBoardFilter(params: URLSearchParams): BoardFilter {
  const status = params.get('status');
  const sort = params.get('sort');
  return {
    opd: params.get('opd') || null,
    status: isStatus(status) ? status : null,
    sort: isSort(sort) ? sort : 'number',
  };
}

/** The search parameters of a filter; defaults are left out so the plain board is `/program`. */
export function writeBoardFilter(filter: BoardFilter): Record<string, string> {
  return {
    ...(filter.opd !== null && { opd: filter.opd }),
    ...(filter.status !== null && { status: filter.status }),
    ...(filter.sort !== 'number' && { sort: filter.sort }),
  };
}

/** Every OPD that leads or supports a program, alphabetically: the OPD filter's options. */
export function boardOpds(programs: readonly BoardProgram[]): string[] {
  const names = new Set(programs.flatMap((p) => [p.summary.leadOpd, ...p.supportingOpds]));
  return [...names].sort((a, b) => a.localeCompare(b, 'id'));
}

const COMPARE: Record<BoardSort, (a: ProgramSummary, b: ProgramSummary) => number> = {
  number: (a, b) => a.number - b.number,
  progress: (a, b) => b.physicalProgress - a.physicalProgress || a.number - b.number,
  updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.number - b.number,
};

/** The programs `filter` keeps, in its order. */
export function filterBoard(
  programs: readonly BoardProgram[],
  filter: BoardFilter,
): BoardProgram[] {
  return programs
    .filter(
      ({ summary, supportingOpds }) =>
        (filter.status === null || summary.status === filter.status) &&
        (filter.opd === null ||
          summary.leadOpd === filter.opd ||
          supportingOpds.includes(filter.opd)),
    )
    .sort((a, b) => COMPARE[filter.sort](a.summary, b.summary));
}
