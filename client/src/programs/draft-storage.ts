import type { UpdateFormState } from './update-form.ts';

const KEY_PREFIX = 'peta.programDraft.v1.';

/** The storage a draft lives in: `sessionStorage` in the app, a stub in tests. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The browser's session storage, or null where it is unavailable (private mode, disabled). */
export function sessionDraftStorage(): DraftStorage | null {
  try {
    return globalThis.sessionStorage;
  } catch {
    return null;
  }
}

const keyOf = (programId: string) => `${KEY_PREFIX}${programId}`;

const isDraft = (value: unknown): value is UpdateFormState => {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Partial<UpdateFormState>;
  const isValues = (v: unknown) =>
    typeof v === 'object' &&
    v !== null &&
    ['status', 'physicalProgress', 'financialProgress', 'note'].every(
      (k) => typeof (v as Record<string, unknown>)[k] === 'string',
    ) &&
    Array.isArray((v as Record<string, unknown>).obstacles);
  return typeof draft.baseVersion === 'number' && isValues(draft.base) && isValues(draft.values);
};

/** The unsaved edit of a program kept in this tab, or null. */
export function loadDraft(storage: DraftStorage | null, programId: string): UpdateFormState | null {
  try {
    const text = storage?.getItem(keyOf(programId));
    if (!text) return null;
    const parsed: unknown = JSON.parse(text);
    return isDraft(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Keeps the edit until it is saved (survives a reload or a crash of the tab's page). */
export function saveDraft(
  storage: DraftStorage | null,
  programId: string,
  draft: UpdateFormState,
): void {
  try {
    storage?.setItem(keyOf(programId), JSON.stringify(draft));
  } catch {
    // Storage full or unavailable: the form keeps the text in memory all the same.
  }
}

/** Forgets the edit (after it was saved). */
export function clearDraft(storage: DraftStorage | null, programId: string): void {
  try {
    storage?.removeItem(keyOf(programId));
  } catch {
    // As in saveDraft.
  }
}
