import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../routes/FieldError.tsx';
import { readTrpcError } from '../routes/read-trpc-error.ts';
import { useTRPC } from '../trpc.ts';
import { FormActions } from './FormActions.tsx';

/** Props of {@link DecisionForm}. */
export interface DecisionFormProps {
  meetingId: number;
  /** The program the decision is about; omitted for a general decision. */
  programId?: string;
}

/**
 * Records a decision of the running meeting (admin). The text stays on error, next to the
 * server's message; it clears once saved. E2e hook: `data-testid="decision-form"`.
 */
export function DecisionForm({ meetingId, programId }: DecisionFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [saved, setSaved] = useState(false);
  const fieldId = useId();
  const errorId = useId();
  const record = useMutation(
    trpc.meetings.recordDecision.mutationOptions({
      onSuccess: async () => {
        setText('');
        setSaved(true);
        await queryClient.invalidateQueries(trpc.meetings.byId.queryFilter({ id: meetingId }));
      },
    }),
  );
  const error = record.error ? readTrpcError(record.error) : null;
  const textError = error?.fieldErrors.text?.[0];

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    record.mutate({ meetingId, text, ...(programId === undefined ? {} : { programId }) });
  };

  return (
    <details className="meeting-form-toggle">
      <summary className="button button-secondary">{t('meeting.decisionForm.open')}</summary>
      <form className="meeting-form" onSubmit={submit} data-testid="decision-form">
        <div className="form-field">
          <label htmlFor={fieldId}>{t('meeting.decisionForm.label')}</label>
          <textarea
            id={fieldId}
            rows={3}
            value={text}
            aria-invalid={textError ? true : undefined}
            aria-describedby={textError ? errorId : undefined}
            onChange={(event) => {
              setText(event.target.value);
              setSaved(false);
            }}
          />
          <FieldError id={errorId} message={textError} />
        </div>
        {error && !textError && (
          <p className="form-error" role="alert">
            {error.message}
          </p>
        )}
        <FormActions
          submit={t('meeting.decisionForm.submit')}
          submitting={t('meeting.decisionForm.submitting')}
          pending={record.isPending}
          savedMessage={saved ? t('meeting.decisionForm.saved') : null}
        />
      </form>
    </details>
  );
}
