import { useMutation } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc.ts';
import { FormField } from './FormField.tsx';
import { NewTokenNotice } from './NewTokenNotice.tsx';
import { readFormErrors } from './read-form-errors.ts';
import { useRefreshAfterChange } from './use-refresh-after-change.ts';

const FIELDS = ['label'] as const;
const LABEL_ID = 'admin-token-label';

/** Creates a display token and then shows it once in a {@link NewTokenNotice}. */
export function DisplayTokenCreateForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useRefreshAfterChange();
  const [label, setLabel] = useState('');
  const create = useMutation(
    trpc.displayTokens.create.mutationOptions({
      onSuccess: async () => {
        setLabel('');
        await refresh('displayTokens');
      },
    }),
  );
  const errors = readFormErrors(create.error, FIELDS);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!create.isPending) create.mutate({ label });
  };

  return (
    <>
      {create.data && (
        <NewTokenNotice
          label={create.data.label}
          token={create.data.token}
          onDone={() => {
            create.reset();
            // The notice and its focused field go away; carry on where the next token starts.
            document.getElementById(LABEL_ID)?.focus();
          }}
        />
      )}
      <form className="admin-form" noValidate onSubmit={submit} aria-labelledby="admin-token-form">
        <h4 id="admin-token-form" className="admin-form-title">
          {t('admin.tokens.newToken')}
        </h4>
        <div className="admin-form-grid">
          <FormField
            id={LABEL_ID}
            label={t('admin.tokens.label')}
            hint={t('admin.tokens.labelHint')}
            error={errors.fields.label}
          >
            {(aria) => (
              <input
                {...aria}
                required
                maxLength={80}
                autoComplete="off"
                value={label}
                onChange={(e) => {
                  setLabel(e.target.value);
                }}
              />
            )}
          </FormField>
        </div>
        {errors.form !== null && (
          <p className="admin-error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="admin-form-actions">
          <button type="submit" className="button" aria-disabled={create.isPending}>
            {create.isPending ? t('admin.working') : t('admin.tokens.create')}
          </button>
        </div>
      </form>
    </>
  );
}
