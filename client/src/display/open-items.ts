import type { ProgramFollowUp, ProgramObstacle } from '@peta/shared';

/** Open follow-ups, the soonest due first and those without a due date last. */
export function openFollowUps(followUps: readonly ProgramFollowUp[]): ProgramFollowUp[] {
  return followUps
    .filter((f) => !f.done)
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id - b.id);
}

/** Obstacles not yet resolved, in recorded order. */
export function openObstacles(obstacles: readonly ProgramObstacle[]): ProgramObstacle[] {
  return obstacles.filter((o) => !o.resolved);
}
