import type { SessionInfo } from '@peta/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect } from 'wouter';
import { useSession } from '../auth/use-session.ts';
import { PageMessage } from '../routes/PageMessage.tsx';
import { loginPath, PATHS } from '../routes/paths.ts';
import { usePageTitle } from '../routes/use-page-title.ts';
import { useTRPC } from '../trpc.ts';
import { MeetingRunner } from './MeetingRunner.tsx';
import { MeetingStartScreen } from './MeetingStartScreen.tsx';
import { MeetingSummary } from './MeetingSummary.tsx';
import { MeetingToolbar } from './MeetingToolbar.tsx';
import { useMeetingRootClass } from './use-meeting-root-class.ts';
import './meeting.css';

/**
 * `/rapat`: meeting mode, full screen in large type. Needs a session (else the login page,
 * returning here); any session follows the running meeting live, admins run it. Without a
 * running meeting: the start screen; once one ends, its stored summary.
 */
export function MeetingPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  useMeetingRootClass();
  usePageTitle(t('meeting.title'));
  if (session === null) return <Redirect to={loginPath(PATHS.meeting)} replace />;
  return (
    <main className="meeting-page" data-testid="meeting-page">
      {session === undefined ? (
        <PageMessage busy>{t('meeting.loading')}</PageMessage>
      ) : (
        <MeetingSession session={session} />
      )}
    </main>
  );
}

function MeetingSession({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const meetings = useQuery(trpc.meetings.list.queryOptions());
  // The meeting this screen last showed running: when it ends (here or on the chair's screen,
  // through the live list), this screen shows its summary until dismissed.
  const [shownId, setShownId] = useState<number | null>(null);
  const canRun = session.role === 'admin';

  if (meetings.isPending) return <PageMessage busy>{t('meeting.loading')}</PageMessage>;
  if (meetings.isError) {
    return (
      <PageMessage retry={{ label: t('meeting.retry'), onRetry: () => void meetings.refetch() }}>
        {t('meeting.loadError')}
      </PageMessage>
    );
  }
  // Newest first: the latest of any meetings left open.
  const running = meetings.data.find((m) => m.endedAt === null);
  if (running && running.id !== shownId) setShownId(running.id);

  if (running) return <MeetingRunner key={running.id} meetingId={running.id} canRun={canRun} />;
  if (shownId !== null) {
    return (
      <div className="meeting-ended">
        <MeetingToolbar title={t('meeting.summary.heading')} readOnly={false} />
        <div className="meeting-ended-body">
          <p className="meeting-lead" role="status">
            {t('meeting.summary.ended')}
          </p>
          <MeetingSummary id={shownId} />
          <p>
            <button
              type="button"
              className="button button-large"
              onClick={() => {
                setShownId(null);
              }}
            >
              {t('meeting.summary.back')}
            </button>
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="meeting-idle">
      <MeetingToolbar title={t('app.title')} readOnly={false} />
      <MeetingStartScreen meetings={meetings.data} canRun={canRun} />
    </div>
  );
}
