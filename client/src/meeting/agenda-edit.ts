import { PROGRAMS, type MeetingAgendaStep } from '@peta/shared';

/** The default agenda: the 11 programs in the order of the Pj. Wali Kota's list. */
export function defaultAgenda(): MeetingAgendaStep[] {
  return [...PROGRAMS]
    .sort((a, b) => a.number - b.number)
    .map((p) => ({ kind: 'program', programId: p.id }));
}

/** The agenda with step `index` moved `delta` places (unchanged when it would leave the list). */
export function moveAgendaStep(
  agenda: readonly MeetingAgendaStep[],
  index: number,
  delta: number,
): MeetingAgendaStep[] {
  const target = index + delta;
  const moved = agenda[index];
  if (moved === undefined || target < 0 || target >= agenda.length) return [...agenda];
  const rest = agenda.filter((_, i) => i !== index);
  return [...rest.slice(0, target), moved, ...rest.slice(target)];
}

/** The agenda without step `index`. */
export function removeAgendaStep(
  agenda: readonly MeetingAgendaStep[],
  index: number,
): MeetingAgendaStep[] {
  return agenda.filter((_, i) => i !== index);
}

/** True when the agenda already has this program or kelurahan. */
export function hasAgendaStep(
  agenda: readonly MeetingAgendaStep[],
  step: MeetingAgendaStep,
): boolean {
  return agenda.some((s) =>
    s.kind === 'program'
      ? step.kind === 'program' && s.programId === step.programId
      : step.kind === 'kelurahan' && s.kelurahanCode === step.kelurahanCode,
  );
}

/** The agenda with `step` appended, unless it is already there. */
export function addAgendaStep(
  agenda: readonly MeetingAgendaStep[],
  step: MeetingAgendaStep,
): MeetingAgendaStep[] {
  return hasAgendaStep(agenda, step) ? [...agenda] : [...agenda, step];
}
