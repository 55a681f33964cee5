import { describe, expect, it } from 'vitest';
import { buildMeetingSteps, stepKey } from './meeting-steps.ts';

describe('buildMeetingSteps', () => {
  it('puts the since-last step before the agenda, in agenda order', () => {
    const steps = buildMeetingSteps([
      { kind: 'program', programId: 'tps' },
      { kind: 'kelurahan', kelurahanCode: '3573010001' },
      { kind: 'program', programId: 'pasar-besar' },
    ]);
    expect(steps.map(stepKey)).toEqual([
      'since-last',
      'program:tps',
      'kelurahan:3573010001',
      'program:pasar-besar',
    ]);
  });

  it('still has the since-last step when the agenda is empty', () => {
    expect(buildMeetingSteps([])).toEqual([{ kind: 'sinceLast' }]);
  });
});
