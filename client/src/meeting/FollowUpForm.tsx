import { OPD_NAMES } from '@peta/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../routes/FieldError.tsx';
import { readTrpcError } from '../routes/read-trpc-error.ts';
import { useTRPC } from '../trpc.ts';
import { FormActions } from './FormActions.tsx';

/** Props of {@link FollowUpForm}. */
export interface FollowUpFormProps {
  meetingId: number;
  programId: string;
  /** The OPD chosen at first: the program's lead OPD. */
  defaultOpd: string;
}

/**
 * Adds a follow-up to the program from the running meeting (admin): what, which OPD, by when.
 * The fields stay on error, next to the server's message. E2e hook: `data-testid="follow-up-form"`.
 */
export function FollowUpForm({ meetingId, programId, defaultOpd }: FollowUpFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [description, setDescription] = useState('');
  const [ownerOpd, setOwnerOpd] = useState(() =>
    OPD_NAMES.includes(defaultOpd) ? defaultOpd : OPD_NAMES[0],
  );
  const [dueDate, setDueDate] = useState('');
  const [saved, setSaved] = useState(false);
  const ids = { description: useId(), owner: useId(), due: useId(), error: useId() };
  const add = useMutation(
    trpc.meetings.addFollowUp.mutationOptions({
      onSuccess: async () => {
        setDescription('');
        setDueDate('');
        setSaved(true);
        await Promise.all([
          queryClient.invalidateQueries(trpc.meetings.byId.queryFilter({ id: meetingId })),
          queryClient.invalidateQueries(trpc.programs.byId.queryFilter({ id: programId })),
        ]);
      },
    }),
  );
  const error = add.error ? readTrpcError(add.error) : null;
  const fieldError = (field: string) => error?.fieldErrors[field]?.[0];
  const anyFieldError = ['description', 'ownerOpd', 'dueDate'].some((f) => fieldError(f));

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    add.mutate({ meetingId, programId, description, ownerOpd, dueDate: dueDate || null });
  };
  const edited = () => {
    setSaved(false);
  };

  return (
    <details className="meeting-form-toggle">
      <summary className="button button-secondary">{t('meeting.followUpForm.open')}</summary>
      <form className="meeting-form" onSubmit={submit} data-testid="follow-up-form">
        <div className="form-field">
          <label htmlFor={ids.description}>{t('meeting.followUpForm.description')}</label>
          <textarea
            id={ids.description}
            rows={2}
            value={description}
            aria-invalid={fieldError('description') ? true : undefined}
            aria-describedby={fieldError('description') ? `${ids.description}-error` : undefined}
            onChange={(event) => {
              setDescription(event.target.value);
              edited();
            }}
          />
          <FieldError id={`${ids.description}-error`} message={fieldError('description')} />
        </div>
        <div className="meeting-form-row">
          <div className="form-field">
            <label htmlFor={ids.owner}>{t('meeting.followUpForm.owner')}</label>
            <select
              id={ids.owner}
              value={ownerOpd}
              onChange={(event) => {
                setOwnerOpd(event.target.value);
                edited();
              }}
            >
              {OPD_NAMES.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
            <FieldError id={`${ids.owner}-error`} message={fieldError('ownerOpd')} />
          </div>
          <div className="form-field">
            <label htmlFor={ids.due}>{t('meeting.followUpForm.dueDate')}</label>
            <input
              id={ids.due}
              type="date"
              value={dueDate}
              aria-invalid={fieldError('dueDate') ? true : undefined}
              onChange={(event) => {
                setDueDate(event.target.value);
                edited();
              }}
            />
            <FieldError id={`${ids.due}-error`} message={fieldError('dueDate')} />
          </div>
        </div>
        {error && !anyFieldError && (
          <p className="form-error" role="alert" id={ids.error}>
            {error.message}
          </p>
        )}
        <FormActions
          submit={t('meeting.followUpForm.submit')}
          submitting={t('meeting.followUpForm.submitting')}
          pending={add.isPending}
          savedMessage={saved ? t('meeting.followUpForm.saved') : null}
        />
      </form>
    </details>
  );
}
