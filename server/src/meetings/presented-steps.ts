/**
 * Where each open meeting's presenter is: the 0-based step of the meeting's steps (the
 * "since last meeting" step, then the agenda). Kept in memory, not in the database: it is a view
 * position, not part of the meeting record, and a slide move every minute would flood the audit
 * log. After a restart followers simply stay where they are until the presenter moves again.
 */
export class PresentedSteps {
  readonly #steps = new Map<number, number>();

  get(meetingId: number): number | null {
    return this.#steps.get(meetingId) ?? null;
  }

  set(meetingId: number, step: number): void {
    this.#steps.set(meetingId, step);
  }

  /** Forgets the position (the meeting ended, or its agenda changed so the index means another step). */
  clear(meetingId: number): void {
    this.#steps.delete(meetingId);
  }
}
