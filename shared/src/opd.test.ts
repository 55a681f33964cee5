import { describe, expect, it } from 'vitest';
import { findOpdName, OPD_NAMES, OPDS, opdNameSchema } from './opd.ts';
import { PROGRAMS } from './programs.ts';

describe('OPD list', () => {
  it('has the 28 perangkat daerah with unique names, plus partner bodies', () => {
    expect(OPDS.filter((o) => !o.partner)).toHaveLength(28);
    expect(new Set(OPD_NAMES).size).toBe(OPD_NAMES.length);
  });

  it('knows every lead and supporting OPD of the 11 programs', () => {
    for (const program of PROGRAMS) {
      for (const name of [program.leadOpd, ...program.supportingOpds]) {
        expect(OPD_NAMES, `${program.id}: ${name}`).toContain(name);
      }
    }
  });

  it('matches names ignoring case and spaces, and refuses unknown ones', () => {
    expect(findOpdName('  dlh ')).toBe('DLH');
    expect(findOpdName('dinsos-p3ap2kb')).toBe('Dinsos-P3AP2KB');
    expect(findOpdName('Dinas X')).toBeNull();
    expect(opdNameSchema.safeParse('Dinas X').error?.issues[0]?.message).toBe(
      'OPD tidak dikenal; pilih dari daftar perangkat daerah',
    );
  });
});
