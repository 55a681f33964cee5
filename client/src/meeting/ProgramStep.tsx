import type { MeetingDetail, ProgramFollowUp } from '@peta/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DueItemList } from '../programs/DueItemList.tsx';
import { ObstacleList } from '../programs/ObstacleList.tsx';
import { ProgressBars } from '../programs/ProgressBars.tsx';
import { StatusBadge } from '../programs/StatusBadge.tsx';
import { UpdatedAgo } from '../programs/UpdatedAgo.tsx';
import { useNow } from '../programs/use-now.ts';
import { PageMessage } from '../routes/PageMessage.tsx';
import { useTRPC } from '../trpc.ts';
import { DecisionForm } from './DecisionForm.tsx';
import { DecisionList } from './DecisionList.tsx';
import { FollowUpForm } from './FollowUpForm.tsx';
import { programSeed } from './program-name.ts';
import { STEP_HEADING_ID } from './step-heading.ts';

/** Props of {@link ProgramStep}. */
export interface ProgramStepProps {
  programId: string;
  meeting: MeetingDetail;
  /** Shows the decision and follow-up forms (admin, meeting open). */
  canRecord: boolean;
}

/**
 * A program on the agenda: status, progress, obstacles and open follow-ups (the program's
 * own components, in the meeting's large type), the decisions this meeting took about it, and
 * for the chair the forms to record more.
 */
export function ProgramStep({ programId, meeting, canRecord }: ProgramStepProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const now = useNow();
  const program = useQuery(trpc.programs.byId.queryOptions({ id: programId }));
  const seed = programSeed(programId);
  const decisions = meeting.decisions.filter((d) => d.programId === programId);

  return (
    <article
      className="meeting-step"
      aria-labelledby={STEP_HEADING_ID}
      data-testid="meeting-step"
      data-step-kind="program"
      data-program-id={programId}
    >
      <header className="meeting-step-header">
        {seed && <p className="eyebrow">{t('programs.card.number', { number: seed.number })}</p>}
        <h2 id={STEP_HEADING_ID} className="meeting-step-title">
          {program.data?.name ?? seed?.name ?? programId}
        </h2>
      </header>
      {program.isPending ? (
        <PageMessage busy>{t('meeting.program.loading')}</PageMessage>
      ) : program.isError ? (
        <PageMessage retry={{ label: t('meeting.retry'), onRetry: () => void program.refetch() }}>
          {t('meeting.program.error')}
        </PageMessage>
      ) : (
        <>
          <div className="meeting-facts">
            <StatusBadge status={program.data.status} />
            <span>{t('programs.card.lead', { opd: program.data.leadOpd })}</span>
            <UpdatedAgo updatedAt={program.data.updatedAt} now={now} />
          </div>
          <ProgressBars
            physical={program.data.physicalProgress}
            financial={program.data.financialProgress}
            status={program.data.status}
          />
          {program.data.progressEstimated && <p className="hint">{t('programs.page.estimated')}</p>}
          <ObstacleList obstacles={program.data.obstacles} />
          <OpenFollowUps followUps={program.data.followUps} now={now} />
        </>
      )}
      <section className="program-section" aria-labelledby="meeting-decisions-title">
        <h3 id="meeting-decisions-title">{t('meeting.decisions.heading')}</h3>
        {decisions.length > 0 ? (
          <DecisionList decisions={decisions} />
        ) : (
          <p className="muted">{t('meeting.decisions.empty')}</p>
        )}
      </section>
      {canRecord && (
        <div className="meeting-forms">
          <DecisionForm meetingId={meeting.id} programId={programId} />
          <FollowUpForm
            meetingId={meeting.id}
            programId={programId}
            defaultOpd={program.data?.leadOpd ?? seed?.leadOpd ?? ''}
          />
        </div>
      )}
    </article>
  );
}

/** The program's follow-ups not done yet: owner OPD, due date, overdue ones marked. */
function OpenFollowUps({ followUps, now }: { followUps: readonly ProgramFollowUp[]; now: Date }) {
  const { t } = useTranslation();
  const open = followUps.filter((f) => !f.done);
  return (
    <section className="program-section" aria-labelledby="meeting-follow-ups-title">
      <h3 id="meeting-follow-ups-title">{t('meeting.program.openFollowUps')}</h3>
      {open.length > 0 ? (
        <DueItemList
          items={open.map((f) => ({
            id: f.id,
            title: f.description,
            done: f.done,
            dueDate: f.dueDate,
            extra: <span>{t('programs.followUps.owner', { opd: f.ownerOpd })}</span>,
          }))}
          now={now}
          testId="follow-up"
        />
      ) : (
        <p className="muted">{t('meeting.program.noOpenFollowUps')}</p>
      )}
    </section>
  );
}
