import type { MeetingDetail, ProgramHistoryEntry } from '@peta/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../components/LoadMore.tsx';
import { describeField } from '../programs/describe-field.ts';
import { useProgramFormat } from '../programs/use-program-format.ts';
import { PageMessage } from '../routes/PageMessage.tsx';
import { useTRPC } from '../trpc.ts';
import { DecisionForm } from './DecisionForm.tsx';
import { DecisionList } from './DecisionList.tsx';
import { STEP_HEADING_ID } from './step-heading.ts';

/** Props of {@link SinceLastStep}. */
export interface SinceLastStepProps {
  meeting: MeetingDetail;
  /** Shows the form for a general decision (admin, meeting open). */
  canRecord: boolean;
}

/**
 * The first step: the program updates since the previous meeting ended, per program
 * (`meetings.sinceLast`, a page at a time: "Muat lebih banyak" loads more), programs without
 * updates named in one line; and the meeting's general decisions, with the form to record one.
 */
export function SinceLastStep({ meeting, canRecord }: SinceLastStepProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const format = useProgramFormat();
  const changes = useInfiniteQuery(
    trpc.meetings.sinceLast.infiniteQueryOptions(
      { id: meeting.id },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const general = meeting.decisions.filter((d) => d.programId === null);

  let body;
  if (changes.isPending) {
    body = <PageMessage busy>{t('meeting.sinceLast.loading')}</PageMessage>;
  } else if (changes.isError) {
    body = (
      <PageMessage retry={{ label: t('meeting.retry'), onRetry: () => void changes.refetch() }}>
        {t('meeting.sinceLast.error')}
      </PageMessage>
    );
  } else {
    const [first] = changes.data.pages;
    const programs = first?.programs ?? [];
    const since = first?.since ?? null;
    const updates = changes.data.pages.flatMap((page) => page.items);
    const updated = programs.filter((p) => p.updateCount > 0);
    const quiet = programs.filter((p) => p.updateCount === 0);
    body = (
      <>
        <p className="meeting-lead">
          {since
            ? t('meeting.sinceLast.since', { time: format.dateTime(since) })
            : t('meeting.sinceLast.first')}
        </p>
        {updated.map((p) => (
          <section
            key={p.programId}
            className="program-section"
            aria-labelledby={`since-${p.programId}`}
            data-testid="since-last-program"
            data-program-id={p.programId}
          >
            <h3 id={`since-${p.programId}`}>
              {p.number}. {p.name}{' '}
              <span className="meeting-count">
                {t('meeting.sinceLast.updates', { count: p.updateCount })}
              </span>
            </h3>
            <ol className="item-list">
              {updates
                .filter((u) => u.programId === p.programId)
                .map((u) => (
                  <UpdateItem key={u.id} entry={u} />
                ))}
            </ol>
          </section>
        ))}
        <LoadMore query={changes} />
        {quiet.length > 0 && (
          <p className="muted">
            {t('meeting.sinceLast.quietPrograms', {
              names: quiet.map((p) => `${String(p.number)}. ${p.name}`).join('; '),
            })}
          </p>
        )}
      </>
    );
  }

  return (
    <article
      className="meeting-step"
      aria-labelledby={STEP_HEADING_ID}
      data-testid="meeting-step"
      data-step-kind="since-last"
    >
      <header className="meeting-step-header">
        <h2 id={STEP_HEADING_ID} className="meeting-step-title">
          {t('meeting.sinceLast.heading')}
        </h2>
      </header>
      {body}
      {(general.length > 0 || canRecord) && (
        <section className="program-section" aria-labelledby="meeting-general-title">
          <h3 id="meeting-general-title">{t('meeting.sinceLast.generalDecisions')}</h3>
          {general.length > 0 ? (
            <DecisionList decisions={general} />
          ) : (
            <p className="muted">{t('meeting.decisions.empty')}</p>
          )}
        </section>
      )}
      {canRecord && (
        <div className="meeting-forms">
          <DecisionForm meetingId={meeting.id} />
        </div>
      )}
    </article>
  );
}

function UpdateItem({ entry }: { entry: ProgramHistoryEntry }) {
  const { t } = useTranslation();
  const format = useProgramFormat();
  return (
    <li data-testid="since-last-update">
      <span className="item-meta">
        {t('meeting.sinceLast.entry', {
          name: entry.userName,
          time: format.dateTime(entry.createdAt),
        })}
      </span>
      {entry.changedFields.length > 0 ? (
        <ul className="meeting-changes">
          {entry.changedFields.map((field) => (
            <li key={field}>
              <strong>{t(`programs.fields.${field}`)}</strong>:{' '}
              {describeField(field, entry.before, t, format)}
              <span aria-label={t('programs.history.becomes')}> → </span>
              {describeField(field, entry.after, t, format)}
            </li>
          ))}
        </ul>
      ) : (
        <span className="muted">{t('meeting.sinceLast.noChanges')}</span>
      )}
      {entry.note && <span className="item-title">{entry.note}</span>}
    </li>
  );
}
