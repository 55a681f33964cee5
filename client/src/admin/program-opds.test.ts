import { OPD_NAMES, OPDS } from '@peta/shared';
import { describe, expect, it } from 'vitest';
import { listProgramOpds, PROGRAM_OPDS } from './program-opds.ts';

describe('listProgramOpds', () => {
  it('lists each lead or supporting OPD once, by name, with its full name', () => {
    const opds = listProgramOpds(
      [
        { leadOpd: 'DLH', supportingOpds: ['Forum TSP'] },
        { leadOpd: 'Dishub', supportingOpds: ['DLH', 'BKAD'] },
      ],
      OPDS,
    );
    expect(opds.map((o) => o.name)).toEqual(['BKAD', 'Dishub', 'DLH', 'Forum TSP']);
    expect(opds.find((o) => o.name === 'DLH')?.fullName).toBe('Dinas Lingkungan Hidup');
  });

  it('offers only names the server accepts for an opd account', () => {
    expect(PROGRAM_OPDS.length).toBeGreaterThan(0);
    for (const opd of PROGRAM_OPDS) expect(OPD_NAMES).toContain(opd.name);
  });
});
