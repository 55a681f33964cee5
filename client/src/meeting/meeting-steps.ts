import type { MeetingAgendaStep } from '@peta/shared';

/** One screen of a running meeting: "since the last meeting" first, then each agenda step. */
export type MeetingStep = { readonly kind: 'sinceLast' } | MeetingAgendaStep;

/** The steps of a meeting with this agenda: the since-last step, then the agenda in order. */
export function buildMeetingSteps(agenda: readonly MeetingAgendaStep[]): MeetingStep[] {
  return [{ kind: 'sinceLast' }, ...agenda];
}

/** A key naming a step, stable across re-renders and live refreshes. */
export function stepKey(step: MeetingStep): string {
  switch (step.kind) {
    case 'sinceLast':
      return 'since-last';
    case 'program':
      return `program:${step.programId}`;
    case 'kelurahan':
      return `kelurahan:${step.kelurahanCode}`;
  }
}
