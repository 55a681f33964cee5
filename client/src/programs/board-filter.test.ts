import type { ProgramSummary } from '@peta/shared';
import { describe, expect, it } from 'vitest';
import {
  boardOpds,
  filterBoard,
  readBoardFilter,
  writeBoardFilter,
  type BoardProgram,
} from './board-filter.ts';

const program = (
  number: number,
  patch: Partial<ProgramSummary>,
  supportingOpds: string[] = [],
): BoardProgram => ({
  summary: {
    id: `p${String(number)}`,
    number,
    name: `Program ${String(number)}`,
    leadOpd: 'DLH',
    status: 'pelaksanaan',
    physicalProgress: 50,
    financialProgress: 50,
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...patch,
  },
  supportingOpds,
});

const programs = [
  program(1, { leadOpd: 'Diskopindag', status: 'tertunda', physicalProgress: 10 }),
  program(2, { physicalProgress: 90, updatedAt: '2025-02-01T00:00:00.000Z' }, ['Forum TSP']),
  program(3, { leadOpd: 'DPUPRPKP', physicalProgress: 80, updatedAt: '2025-03-01T00:00:00.000Z' }),
];

describe('board filter in the URL', () => {
  it('reads valid values and falls back on unknown ones', () => {
    expect(readBoardFilter(new URLSearchParams('opd=DLH&status=selesai&sort=updated'))).toEqual({
      opd: 'DLH',
      status: 'selesai',
      sort: 'updated',
    });
    expect(readBoardFilter(new URLSearchParams('status=hilang&sort=acak'))).toEqual({
      opd: null,
      status: null,
      sort: 'number',
    });
  });

  it('writes only what differs from the defaults', () => {
    expect(writeBoardFilter({ opd: null, status: null, sort: 'number' })).toEqual({});
    expect(writeBoardFilter({ opd: 'DLH', status: 'tertunda', sort: 'progress' })).toEqual({
      opd: 'DLH',
      status: 'tertunda',
      sort: 'progress',
    });
  });
});

describe('filterBoard', () => {
  const ids = (list: BoardProgram[]) => list.map((p) => p.summary.number);

  it('filters by lead or supporting OPD and by status', () => {
    expect(ids(filterBoard(programs, { opd: 'DLH', status: null, sort: 'number' }))).toEqual([2]);
    expect(ids(filterBoard(programs, { opd: 'Forum TSP', status: null, sort: 'number' }))).toEqual([
      2,
    ]);
    expect(ids(filterBoard(programs, { opd: null, status: 'tertunda', sort: 'number' }))).toEqual([
      1,
    ]);
  });

  it('sorts by number, by physical progress and by the latest update', () => {
    const all = { opd: null, status: null } as const;
    expect(ids(filterBoard(programs, { ...all, sort: 'number' }))).toEqual([1, 2, 3]);
    expect(ids(filterBoard(programs, { ...all, sort: 'progress' }))).toEqual([2, 3, 1]);
    expect(ids(filterBoard(programs, { ...all, sort: 'updated' }))).toEqual([3, 2, 1]);
  });

  it('lists every leading and supporting OPD once, alphabetically', () => {
    expect(boardOpds(programs)).toEqual(['Diskopindag', 'DLH', 'DPUPRPKP', 'Forum TSP']);
  });
});
