import { PROGRAMS, type MeetingAgendaStep } from '@peta/shared';
import { describe, expect, it } from 'vitest';
import { addAgendaStep, defaultAgenda, moveAgendaStep, removeAgendaStep } from './agenda-edit.ts';

const p = (programId: string): MeetingAgendaStep => ({ kind: 'program', programId });
const k = (kelurahanCode: string): MeetingAgendaStep => ({ kind: 'kelurahan', kelurahanCode });

describe('agenda editing', () => {
  it('starts with the 11 programs in order', () => {
    const agenda = defaultAgenda();
    expect(agenda).toHaveLength(11);
    expect(agenda.map((s) => (s.kind === 'program' ? s.programId : ''))).toEqual(
      PROGRAMS.map((x) => x.id),
    );
    expect(agenda[0]).toEqual(p('pasar-besar'));
  });

  it('moves a step up and down, not past either end', () => {
    const agenda = [p('a'), p('b'), p('c')];
    expect(moveAgendaStep(agenda, 2, -1)).toEqual([p('a'), p('c'), p('b')]);
    expect(moveAgendaStep(agenda, 0, 1)).toEqual([p('b'), p('a'), p('c')]);
    expect(moveAgendaStep(agenda, 0, -1)).toEqual(agenda);
    expect(moveAgendaStep(agenda, 2, 1)).toEqual(agenda);
    expect(agenda).toEqual([p('a'), p('b'), p('c')]);
  });

  it('removes a step and adds a kelurahan once', () => {
    const agenda = [p('a'), p('b')];
    expect(removeAgendaStep(agenda, 0)).toEqual([p('b')]);
    const added = addAgendaStep(agenda, k('3573010001'));
    expect(added).toEqual([p('a'), p('b'), k('3573010001')]);
    expect(addAgendaStep(added, k('3573010001'))).toEqual(added);
    expect(addAgendaStep(added, p('a'))).toEqual(added);
  });
});
