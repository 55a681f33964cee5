/** What a committed change touched; clients refetch what matches. */
export const CHANGE_KINDS = ['program', 'meeting', 'user', 'displayToken', 'indicator'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One event of the `live.onChange` subscription, sent after the transaction commits. */
export interface ChangeEvent {
  readonly kind: ChangeKind;
  /** Program id, the meeting / user / display token id as a string, or an indicator slug. */
  readonly id: string;
  /** The program's new version, for program changes that produced one. */
  readonly version?: number;
  /** When the change was committed (ISO). */
  readonly at: string;
}
