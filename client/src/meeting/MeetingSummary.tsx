import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useProgramFormat } from '../programs/use-program-format.ts';
import { PageMessage } from '../routes/PageMessage.tsx';
import { useTRPC } from '../trpc.ts';
import { DecisionList } from './DecisionList.tsx';
import { programSeed } from './program-name.ts';

/** Props of {@link MeetingSummary}. */
export interface MeetingSummaryProps {
  id: number;
  /** The heading level of the meeting's title within the page. */
  level?: 2 | 3;
}

/**
 * A stored meeting as `meetings.byId` returns it: title, time, who chaired, its decisions and
 * the follow-ups it added. E2e hook: `data-testid="meeting-summary"`, `data-meeting-id`.
 */
export function MeetingSummary({ id, level = 2 }: MeetingSummaryProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const format = useProgramFormat();
  const meeting = useQuery(trpc.meetings.byId.queryOptions({ id }));
  if (meeting.isPending) return <PageMessage busy>{t('meeting.summary.loading')}</PageMessage>;
  if (meeting.isError) {
    return (
      <PageMessage retry={{ label: t('meeting.retry'), onRetry: () => void meeting.refetch() }}>
        {t('meeting.summary.error')}
      </PageMessage>
    );
  }
  const m = meeting.data;
  const Title = level === 2 ? 'h2' : 'h3';
  const Section = level === 2 ? 'h3' : 'h4';
  return (
    <section
      className="meeting-summary"
      aria-labelledby={`meeting-summary-${String(id)}`}
      data-testid="meeting-summary"
      data-meeting-id={id}
    >
      <Title id={`meeting-summary-${String(id)}`}>{m.title}</Title>
      <p className="muted">
        {m.endedAt
          ? t('meeting.summary.time', {
              start: format.dateTime(m.startedAt),
              end: format.dateTime(m.endedAt),
            })
          : t('meeting.summary.running', { start: format.dateTime(m.startedAt) })}
        {m.startedByName && <> · {t('meeting.summary.startedBy', { name: m.startedByName })}</>}
      </p>
      <Section>{t('meeting.summary.decisions')}</Section>
      {m.decisions.length > 0 ? (
        <DecisionList decisions={m.decisions} showProgram />
      ) : (
        <p className="muted">{t('meeting.summary.noDecisions')}</p>
      )}
      <Section>{t('meeting.summary.followUps')}</Section>
      {m.followUps.length > 0 ? (
        <ul className="item-list">
          {m.followUps.map((f) => (
            <li key={f.id} data-testid="meeting-follow-up">
              <span className="item-title">{f.description}</span>
              <span className="item-meta">
                {t('meeting.summary.followUp', {
                  program: programSeed(f.programId)?.name ?? f.programId,
                  opd: f.ownerOpd,
                  due: f.dueDate
                    ? t('programs.due.date', { date: format.date(f.dueDate) })
                    : t('programs.due.none'),
                })}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('meeting.summary.noFollowUps')}</p>
      )}
    </section>
  );
}
