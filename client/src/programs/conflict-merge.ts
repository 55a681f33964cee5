import {
  changedFormFields,
  type ObstacleDraft,
  type UpdateFormState,
  type UpdateFormValues,
} from './update-form.ts';

/**
 * The obstacles after reapplying the user's edits (`mine`, started from `base`) onto `theirs`:
 * obstacles the user removed are removed, the ones they edited take their text (added again
 * when the other person removed them), the ones they added are added; everything else is as
 * the other person left it.
 */
export function mergeObstacles(
  base: readonly ObstacleDraft[],
  mine: readonly ObstacleDraft[],
  theirs: readonly ObstacleDraft[],
): ObstacleDraft[] {
  const baseById = new Map(base.flatMap((o) => (o.id === undefined ? [] : [[o.id, o]])));
  const mineIds = new Set(mine.flatMap((o) => (o.id === undefined ? [] : [o.id])));
  const removedByMe = new Set([...baseById.keys()].filter((id) => !mineIds.has(id)));
  const merged = theirs.filter((o) => o.id === undefined || !removedByMe.has(o.id));
  for (const item of mine) {
    const before = item.id === undefined ? undefined : baseById.get(item.id);
    const edited =
      before === undefined ||
      before.description !== item.description ||
      before.resolved !== item.resolved;
    if (!edited) continue;
    const at = item.id === undefined ? -1 : merged.findIndex((o) => o.id === item.id);
    if (at >= 0) merged[at] = { ...item };
    else merged.push({ key: item.key, description: item.description, resolved: item.resolved });
  }
  return merged;
}

/**
 * After a CONFLICT: the user's edit moved onto the newer version. Every field the user changed
 * keeps the user's value; every other field takes the newer version's (`theirs`); the note is
 * the user's. The result starts from `theirsVersion`, so saving it is an ordinary update.
 */
export function reapplyOnConflict(
  mine: UpdateFormState,
  theirs: UpdateFormValues,
  theirsVersion: number,
): UpdateFormState {
  const { base, values } = mine;
  const changed = changedFormFields(mine);
  const pick = <K extends 'status' | 'physicalProgress' | 'financialProgress'>(field: K) =>
    changed.includes(field) ? values[field] : theirs[field];
  return {
    baseVersion: theirsVersion,
    base: theirs,
    values: {
      status: pick('status'),
      physicalProgress: pick('physicalProgress'),
      financialProgress: pick('financialProgress'),
      obstacles: mergeObstacles(base.obstacles, values.obstacles, theirs.obstacles),
      note: values.note,
    },
  };
}
