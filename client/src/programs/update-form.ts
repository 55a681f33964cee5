import {
  programUpdateInputSchema,
  translateValidationMessage,
  type Language,
  type ProgramEditableState,
  type ProgramStatus,
  type ProgramUpdateInput,
} from '@peta/shared';

/** One obstacle as the form edits it. `key` tells React rows apart; `id` is the stored row. */
export interface ObstacleDraft {
  readonly key: string;
  readonly id?: number;
  readonly description: string;
  readonly resolved: boolean;
}

/** What the update form holds: numbers as typed, so a half-typed value is never lost. */
export interface UpdateFormValues {
  readonly status: ProgramStatus;
  readonly physicalProgress: string;
  readonly financialProgress: string;
  readonly obstacles: readonly ObstacleDraft[];
  readonly note: string;
}

/** The form's fields, in form order; also the keys of its error messages. */
export const UPDATE_FORM_FIELDS = [
  'status',
  'physicalProgress',
  'financialProgress',
  'obstacles',
  'note',
] as const;
export type UpdateFormField = (typeof UPDATE_FORM_FIELDS)[number];

/** Error messages per field, and `form` for one that belongs to no field. */
export type UpdateFormErrors = Partial<Record<UpdateFormField | 'form', string>>;

/**
 * An edit in progress: the values, and the version and values it started from. `base` is what
 * tells "the user changed this" from "it was like this", for the update input and for
 * reapplying the user's changes after a conflict.
 */
export interface UpdateFormState {
  readonly baseVersion: number;
  readonly base: UpdateFormValues;
  readonly values: UpdateFormValues;
}

/** The part of a program the form edits. */
export type FormSource = Pick<
  ProgramEditableState,
  'status' | 'physicalProgress' | 'financialProgress' | 'obstacles'
>;

/** The form's values for a program state (empty note). */
export function formValuesOf(state: FormSource): UpdateFormValues {
  return {
    status: state.status,
    physicalProgress: String(state.physicalProgress),
    financialProgress: String(state.financialProgress),
    obstacles: state.obstacles.map((o) => ({
      key: `id-${String(o.id)}`,
      id: o.id,
      description: o.description,
      resolved: o.resolved,
    })),
    note: '',
  };
}

/** A fresh edit of `state` at `version`. */
export function startEdit(state: FormSource, version: number): UpdateFormState {
  const values = formValuesOf(state);
  return { baseVersion: version, base: values, values };
}

/**
 * A typed percentage as a number: "45", "45.5" and "45,5" (Indonesian decimal comma) read as
 * numbers; blank or anything else is null.
 */
export function parsePercent(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$|^-?\.\d+$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** The obstacles the update would send: trimmed, with rows added but left blank dropped. */
export function obstacleInputs(obstacles: readonly ObstacleDraft[]) {
  return obstacles
    .filter((o) => o.id !== undefined || o.description.trim() !== '')
    .map((o) => ({
      ...(o.id !== undefined && { id: o.id }),
      description: o.description.trim(),
      resolved: o.resolved,
    }));
}

const sameObstacles = (a: readonly ObstacleDraft[], b: readonly ObstacleDraft[]) =>
  JSON.stringify(obstacleInputs(a)) === JSON.stringify(obstacleInputs(b));

/**
 * True when the form holds exactly what the edit started from: nothing typed, no row added
 * (even a blank one, which the user may be about to fill in).
 */
export function isUntouched(state: UpdateFormState): boolean {
  return JSON.stringify(state.values) === JSON.stringify(state.base);
}

/** True when saving would change something (a note alone counts); blank new rows do not. */
export function isDirty(state: UpdateFormState): boolean {
  return state.values.note.trim() !== '' || changedFormFields(state).length > 0;
}

/** The program fields the user changed in this edit (the note aside), in form order. */
export function changedFormFields(
  state: UpdateFormState,
): ('status' | 'physicalProgress' | 'financialProgress' | 'obstacles')[] {
  const { base, values } = state;
  return [
    ...(values.status !== base.status ? (['status'] as const) : []),
    ...(values.physicalProgress.trim() !== base.physicalProgress.trim()
      ? (['physicalProgress'] as const)
      : []),
    ...(values.financialProgress.trim() !== base.financialProgress.trim()
      ? (['financialProgress'] as const)
      : []),
    ...(sameObstacles(values.obstacles, base.obstacles) ? [] : (['obstacles'] as const)),
  ];
}

/** The result of {@link toUpdateInput}: the input to send, or the messages to show. */
export type UpdateInputResult =
  | { readonly ok: true; readonly input: ProgramUpdateInput }
  | { readonly ok: false; readonly errors: UpdateFormErrors };

/**
 * The `programs.update` input of an edit: only the fields the user changed (so an update never
 * rewrites what someone else may have changed), the note, and `expectedVersion` = the version
 * the edit started from. Checked with the shared zod schema, whose messages go next to the
 * fields in the UI `language`; `notANumber` is the message for a percentage that is not a number.
 */
export function toUpdateInput(
  programId: string,
  state: UpdateFormState,
  notANumber: string,
  language: Language,
): UpdateInputResult {
  const { base, values } = state;
  const errors: UpdateFormErrors = {};
  const physical = parsePercent(values.physicalProgress);
  const financial = parsePercent(values.financialProgress);
  if (physical === null) errors.physicalProgress = notANumber;
  if (financial === null) errors.financialProgress = notANumber;
  const candidate = {
    id: programId,
    expectedVersion: state.baseVersion,
    note: values.note,
    ...(values.status !== base.status && { status: values.status }),
    ...(physical !== null &&
      physical !== parsePercent(base.physicalProgress) && { physicalProgress: physical }),
    ...(financial !== null &&
      financial !== parsePercent(base.financialProgress) && { financialProgress: financial }),
    ...(!sameObstacles(values.obstacles, base.obstacles) && {
      obstacles: obstacleInputs(values.obstacles),
    }),
  };
  const parsed = programUpdateInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = UPDATE_FORM_FIELDS.find((f) => f === issue.path[0]) ?? 'form';
      errors[field] ??= translateValidationMessage(issue.message, language);
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}

/** The server's field messages (zod `fieldErrors`) for the form's fields. */
export function formErrorsOf(fieldErrors: Readonly<Record<string, readonly string[]>>) {
  const errors: UpdateFormErrors = {};
  for (const field of UPDATE_FORM_FIELDS) {
    const first = fieldErrors[field]?.[0];
    if (first !== undefined) errors[field] = first;
  }
  return errors;
}
