import type { ProgramConflictCurrent, ProgramDetail } from '@peta/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asLanguage } from '../i18n/i18n.ts';
import { readTrpcError } from '../routes/read-trpc-error.ts';
import { useTRPC } from '../trpc.ts';
import { reapplyOnConflict } from './conflict-merge.ts';
import { programHistoryFilters } from './program-history-filters.ts';
import { clearDraft, loadDraft, saveDraft, sessionDraftStorage } from './draft-storage.ts';
import {
  formErrorsOf,
  formValuesOf,
  isDirty,
  isUntouched,
  startEdit,
  toUpdateInput,
  type UpdateFormErrors,
  type UpdateFormState,
  type UpdateFormValues,
} from './update-form.ts';

/** A one-line message above the form. */
export type FormNotice =
  | { readonly kind: 'restored' }
  | { readonly kind: 'saved'; readonly version: number }
  | { readonly kind: 'reapplied'; readonly version: number };

/**
 * The update form of a program. Until the user types, it shows the program as it is now (live
 * updates included); from the first change on it keeps the user's edit, with the version it
 * started from, in memory and in sessionStorage until saved. Errors and conflicts never touch
 * the edit.
 */
export function useUpdateForm(detail: ProgramDetail) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [storage] = useState(sessionDraftStorage);
  const [edit, setEdit] = useState<UpdateFormState | null>(() => loadDraft(storage, detail.id));
  const [notice, setNotice] = useState<FormNotice | null>(() =>
    edit ? { kind: 'restored' } : null,
  );
  const [errors, setErrors] = useState<UpdateFormErrors>({});
  const [conflict, setConflict] = useState<ProgramConflictCurrent | null>(null);
  const state = edit ?? startEdit(detail, detail.version);

  const keep = (next: UpdateFormState) => {
    if (isUntouched(next)) {
      setEdit(null);
      clearDraft(storage, detail.id);
    } else {
      setEdit(next);
      saveDraft(storage, detail.id, next);
    }
  };

  const mutation = useMutation(
    trpc.programs.update.mutationOptions({
      onSuccess: (result) => {
        setEdit(null);
        clearDraft(storage, detail.id);
        setConflict(null);
        setNotice({ kind: 'saved', version: result.version });
        // The live event does the same, but the saver must not depend on the connection.
        void queryClient.invalidateQueries(trpc.programs.byId.queryFilter({ id: detail.id }));
        for (const filter of programHistoryFilters(trpc, detail.id)) {
          void queryClient.invalidateQueries(filter);
        }
        void queryClient.invalidateQueries(trpc.programs.list.queryFilter());
      },
      onError: (error) => {
        const read = readTrpcError(error);
        if (read.code === 'CONFLICT' && read.current) {
          setConflict(read.current);
          return;
        }
        const fields = formErrorsOf(read.fieldErrors);
        setErrors(Object.keys(fields).length > 0 ? fields : { form: read.message });
      },
    }),
  );

  return {
    /** The edit on screen (the program as it is, until the user changes something). */
    edit: state,
    values: state.values,
    baseVersion: state.baseVersion,
    /** The program changed since the edit started (a conflict is coming on save). */
    stale: edit !== null && detail.version > edit.baseVersion,
    errors,
    conflict,
    notice,
    saving: mutation.isPending,
    change: (patch: Partial<UpdateFormValues>) => {
      keep({ ...state, values: { ...state.values, ...patch } });
      setNotice(null);
    },
    submit: () => {
      setNotice(null);
      if (!isDirty(state)) {
        setErrors({ form: t('programs.form.nothingToSave') });
        return;
      }
      const result = toUpdateInput(
        detail.id,
        state,
        t('programs.form.notANumber'),
        asLanguage(i18n.language),
      );
      setErrors(result.ok ? {} : result.errors);
      if (result.ok) mutation.mutate(result.input);
    },
    /** Moves the user's edit onto the version the conflict reported. */
    reapply: () => {
      if (!conflict) return;
      keep(reapplyOnConflict(state, formValuesOf(conflict), conflict.version));
      setConflict(null);
      setErrors({});
      setNotice({ kind: 'reapplied', version: conflict.version });
    },
  };
}

/** What {@link useUpdateForm} returns. */
export type UpdateForm = ReturnType<typeof useUpdateForm>;
