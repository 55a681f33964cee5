import type { Meeting, MeetingAgendaStep } from '@peta/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoundaries } from '../map/use-boundaries.ts';
import { FieldError } from '../routes/FieldError.tsx';
import { readTrpcError } from '../routes/read-trpc-error.ts';
import { useTRPC } from '../trpc.ts';
import { AgendaEditor } from './AgendaEditor.tsx';
import { defaultAgenda } from './agenda-edit.ts';
import { PastMeetings } from './PastMeetings.tsx';

/** Props of {@link MeetingStartScreen}. */
export interface MeetingStartScreenProps {
  meetings: readonly Meeting[];
  /** Shows the form that starts a meeting (admin). */
  canRun: boolean;
}

/**
 * No meeting is running: the chair sets a title and the agenda and starts one; everyone sees
 * the earlier meetings. E2e hook: `data-testid="meeting-start"`.
 */
export function MeetingStartScreen({ meetings, canRun }: MeetingStartScreenProps) {
  const { t } = useTranslation();
  return (
    <div className="meeting-start" data-testid="meeting-start">
      {canRun ? (
        <StartForm />
      ) : (
        <section className="meeting-card">
          <h2>{t('meeting.title')}</h2>
          <p className="meeting-lead">{t('meeting.start.none')}</p>
        </section>
      )}
      <PastMeetings meetings={meetings} />
    </div>
  );
}

function StartForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const boundaries = useBoundaries().data;
  const [title, setTitle] = useState('');
  const [agenda, setAgenda] = useState<MeetingAgendaStep[]>(defaultAgenda);
  const ids = { title: useId(), titleHint: useId(), titleError: useId() };
  const start = useMutation(
    trpc.meetings.start.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.meetings.pathFilter()),
    }),
  );
  const error = start.error ? readTrpcError(start.error) : null;
  const titleError = error?.fieldErrors.title?.[0];

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = title.trim();
    start.mutate({ agenda, ...(trimmed ? { title: trimmed } : {}) });
  };

  return (
    <form
      className="meeting-card meeting-start-form"
      onSubmit={submit}
      aria-labelledby="start-title"
    >
      <h2 id="start-title">{t('meeting.start.heading')}</h2>
      <p className="meeting-lead">{t('meeting.start.intro')}</p>
      <div className="form-field">
        <label htmlFor={ids.title}>{t('meeting.start.titleLabel')}</label>
        <input
          id={ids.title}
          type="text"
          value={title}
          maxLength={200}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? `${ids.titleHint} ${ids.titleError}` : ids.titleHint}
          onChange={(event) => {
            setTitle(event.target.value);
          }}
        />
        <p className="field-hint" id={ids.titleHint}>
          {t('meeting.start.titleHint')}
        </p>
        <FieldError id={ids.titleError} message={titleError} />
      </div>
      <fieldset className="meeting-fieldset">
        <legend>{t('meeting.agenda.heading')}</legend>
        <AgendaEditor agenda={agenda} onChange={setAgenda} boundaries={boundaries} />
      </fieldset>
      {error && !titleError && (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      )}
      <p>
        <button
          type="submit"
          className="button button-large"
          disabled={start.isPending || agenda.length === 0}
        >
          {start.isPending ? t('meeting.start.submitting') : t('meeting.start.submit')}
        </button>
      </p>
    </form>
  );
}
