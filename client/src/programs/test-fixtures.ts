import type { ObstacleDraft, UpdateFormState, UpdateFormValues } from './update-form.ts';

/** An obstacle row as the form holds it (tests). */
export const obstacle = (id: number | undefined, description: string, resolved = false) =>
  ({
    key: id === undefined ? `new-${description}` : `id-${String(id)}`,
    ...(id !== undefined && { id }),
    description,
    resolved,
  }) satisfies ObstacleDraft;

/** Form values with defaults (tests). */
export const formValues = (patch: Partial<UpdateFormValues> = {}): UpdateFormValues => ({
  status: 'pelaksanaan',
  physicalProgress: '40',
  financialProgress: '30',
  obstacles: [obstacle(1, 'Lahan belum bebas'), obstacle(2, 'Cuaca')],
  note: '',
  ...patch,
});

/** An edit at version 3 from {@link formValues} to `values` (tests). */
export const editOf = (values: Partial<UpdateFormValues>): UpdateFormState => ({
  baseVersion: 3,
  base: formValues(),
  values: formValues(values),
});
