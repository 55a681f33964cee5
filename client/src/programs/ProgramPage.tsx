import { canEditProgram, type ProgramDetail, type SessionInfo } from '@peta/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useSession } from '../auth/use-session.ts';
import { PageMessage } from '../routes/PageMessage.tsx';
import { loginPath, PATHS, programPath } from '../routes/paths.ts';
import { readTrpcError } from '../routes/read-trpc-error.ts';
import { usePageTitle } from '../routes/use-page-title.ts';
import { useTRPC } from '../trpc.ts';
import { EvidenceGallery } from './EvidenceGallery.tsx';
import { FollowUpList } from './FollowUpList.tsx';
import { FundingTable } from './FundingTable.tsx';
import { HistoryTimeline } from './HistoryTimeline.tsx';
import { MilestoneList } from './MilestoneList.tsx';
import { ObstacleList } from './ObstacleList.tsx';
import { ProgramHeader } from './ProgramHeader.tsx';
import { ProgramLocations } from './ProgramLocations.tsx';
import { ProgramUpdateForm } from './ProgramUpdateForm.tsx';
import { useNow } from './use-now.ts';
import { ProgramSection } from './ProgramSection.tsx';

/**
 * `/program/:id`: everything about one program, the update form for those who may edit it,
 * its history and evidence. Live updates refresh it; the form keeps the user's edit.
 */
export function ProgramPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const now = useNow();
  const { session } = useSession();
  const program = useQuery({
    ...trpc.programs.byId.queryOptions({ id }),
    retry: (failures, error) => readTrpcError(error).code !== 'NOT_FOUND' && failures < 2,
  });
  usePageTitle(program.data?.name ?? null);

  const back = (
    <p className="back-link">
      <Link href={PATHS.board}>
        <span aria-hidden="true">← </span>
        {t('programs.page.back')}
      </Link>
    </p>
  );
  if (program.isPending) {
    return (
      <main className="page">
        {back}
        <PageMessage busy>{t('programs.page.loading')}</PageMessage>
      </main>
    );
  }
  if (program.isError) {
    const notFound = readTrpcError(program.error).code === 'NOT_FOUND';
    return (
      <main className="page">
        {back}
        <PageMessage
          retry={
            notFound
              ? undefined
              : { label: t('programs.page.retry'), onRetry: () => void program.refetch() }
          }
        >
          {notFound ? t('programs.page.notFound') : t('programs.page.error')}
        </PageMessage>
      </main>
    );
  }
  const detail = program.data;
  const canEdit = session != null && canEditProgram(session, detail);
  // Until `auth.me` answers, show no login prompts to someone who may well be signed in.
  const known = session !== undefined;
  return (
    <main className="page program-page" data-testid="program-page" data-program-id={detail.id}>
      {back}
      <ProgramHeader detail={detail} now={now} />
      <div className="program-columns">
        <div className="program-side">
          {known && (
            <section className="program-section card" aria-label={t('programs.form.title')}>
              {canEdit ? (
                <ProgramUpdateForm key={detail.id} detail={detail} />
              ) : (
                <ReadOnlyNote detail={detail} session={session} />
              )}
            </section>
          )}
          {known && <HistoryTimeline programId={detail.id} session={session} />}
        </div>
        <div className="program-main">
          {detail.reportedProgress && (
            <ProgramSection id="reported" title={t('programs.page.reported')}>
              <p>{detail.reportedProgress}</p>
              <p className="source-note">{t('programs.page.source', { source: detail.source })}</p>
            </ProgramSection>
          )}
          <FundingTable funding={detail.fundingSources} words={detail.funding} />
          <MilestoneList milestones={detail.milestones} now={now} />
          <ObstacleList obstacles={detail.obstacles} />
          <FollowUpList followUps={detail.followUps} now={now} />
          <ProgramLocations programId={detail.id} name={detail.name} />
          {known && <EvidenceGallery detail={detail} session={session} canEdit={canEdit} />}
        </div>
      </div>
    </main>
  );
}

/** Instead of the form: a login link for visitors, why not for other accounts. */
function ReadOnlyNote({ detail, session }: { detail: ProgramDetail; session: SessionInfo | null }) {
  const { t } = useTranslation();
  if (session === null) {
    return (
      <p>
        <Link className="button button-large" href={loginPath(programPath(detail.id))}>
          {t('programs.form.signInToUpdate')}
        </Link>
      </p>
    );
  }
  return (
    <p className="muted">
      {session.role === 'display'
        ? t('programs.form.displayReadOnly')
        : t('programs.form.readOnly')}
    </p>
  );
}
