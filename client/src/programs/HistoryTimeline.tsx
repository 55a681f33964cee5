import type { ProgramHistoryEntry, SessionInfo } from '@peta/shared';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LoadMore } from '../components/LoadMore.tsx';
import { loginPath, programPath } from '../routes/paths.ts';
import { PageMessage } from '../routes/PageMessage.tsx';
import { readTrpcError } from '../routes/read-trpc-error.ts';
import { useTRPC } from '../trpc.ts';
import { describeField } from './describe-field.ts';
import { programHistoryFilters } from './program-history-filters.ts';
import { useProgramFormat } from './use-program-format.ts';
import { ProgramSection } from './ProgramSection.tsx';

/** Props of {@link HistoryTimeline}. */
export interface HistoryTimelineProps {
  programId: string;
  session: SessionInfo | null;
}

/**
 * "Riwayat pembaruan": the updates of the program, newest first, a page at a time ("Muat lebih
 * banyak") — who, when, each changed field before → after, the note, and "Terverifikasi oleh
 * X"; admins verify the updates of others (on their own the button is disabled with the reason:
 * four eyes). The server shows history to sessions only. E2e hooks: `data-testid="history-entry"`,
 * `data-version`, `data-verified`.
 */
export function HistoryTimeline({ programId, session }: HistoryTimelineProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const history = useInfiniteQuery({
    ...trpc.programs.history.infiniteQueryOptions(
      { id: programId },
      { getNextPageParam: (page) => page.nextCursor },
    ),
    enabled: session !== null,
  });
  const entries = history.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <ProgramSection id="history" title={t('programs.history.title')}>
      {session === null ? (
        <p className="muted">
          <Link href={loginPath(programPath(programId))}>{t('programs.history.signIn')}</Link>
        </p>
      ) : history.isPending ? (
        <PageMessage busy>{t('programs.history.loading')}</PageMessage>
      ) : history.isError ? (
        <PageMessage
          retry={{ label: t('programs.page.retry'), onRetry: () => void history.refetch() }}
        >
          {t('programs.history.error')}
        </PageMessage>
      ) : entries.length === 0 ? (
        <p className="muted">{t('programs.history.empty')}</p>
      ) : (
        <>
          <ol className="history" aria-labelledby="history-title">
            {entries.map((entry) => (
              <HistoryItem
                key={entry.id}
                entry={entry}
                canVerify={session.role === 'admin'}
                isOwn={entry.userId === session.userId}
              />
            ))}
          </ol>
          <LoadMore query={history} />
        </>
      )}
    </ProgramSection>
  );
}

/** Props of {@link HistoryItem} and {@link Verification}. */
interface HistoryItemProps {
  entry: ProgramHistoryEntry;
  /** The viewer is an admin. */
  canVerify: boolean;
  /** The viewer made this update, so someone else must verify it (four eyes). */
  isOwn: boolean;
}

function HistoryItem({ entry, canVerify, isOwn }: HistoryItemProps) {
  const { t } = useTranslation();
  const format = useProgramFormat();
  return (
    <li
      className="history-entry"
      data-testid="history-entry"
      data-version={entry.version}
      data-verified={String(entry.verified)}
    >
      <p className="history-head">
        <strong>{t('programs.page.version', { version: entry.version })}</strong>
        {' · '}
        {entry.userName}
        {' · '}
        <time dateTime={entry.createdAt}>{format.dateTime(entry.createdAt)}</time>
      </p>
      {entry.changedFields.length > 0 ? (
        <dl className="history-changes">
          {entry.changedFields.map((field) => (
            <div key={field}>
              <dt>{t(`programs.fields.${field}`)}</dt>
              <dd>
                <span className="history-before">
                  {describeField(field, entry.before, t, format)}
                </span>
                <span aria-label={t('programs.history.becomes')}> → </span>
                <span className="history-after">
                  {describeField(field, entry.after, t, format)}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">{t('programs.history.noChanges')}</p>
      )}
      {entry.note && (
        <p className="history-note">
          <span className="history-note-label">{t('programs.history.note')}</span> {entry.note}
        </p>
      )}
      <Verification entry={entry} canVerify={canVerify} isOwn={isOwn} />
    </li>
  );
}

function Verification({ entry, canVerify, isOwn }: HistoryItemProps) {
  const { t } = useTranslation();
  const ownNoteId = useId();
  const format = useProgramFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const verify = useMutation(
    trpc.programs.verify.mutationOptions({
      onSettled: () =>
        Promise.all(
          programHistoryFilters(trpc, entry.programId).map((filter) =>
            queryClient.invalidateQueries(filter),
          ),
        ),
    }),
  );
  if (entry.verified) {
    return (
      <p className="verified">
        <span aria-hidden="true">✓ </span>
        {t('programs.history.verifiedBy', { name: entry.verifiedByName ?? '?' })}
        {entry.verifiedAt && <span className="muted"> · {format.dateTime(entry.verifiedAt)}</span>}
      </p>
    );
  }
  if (!canVerify) return <p className="muted">{t('programs.history.notVerified')}</p>;
  return (
    <div className="verify">
      <button
        type="button"
        className="button button-secondary"
        aria-label={t('programs.history.verifyLabel', { version: entry.version })}
        disabled={verify.isPending || isOwn}
        aria-describedby={isOwn ? ownNoteId : undefined}
        onClick={() => {
          verify.mutate({ updateId: entry.id });
        }}
      >
        {t('programs.history.verify')}
      </button>
      {isOwn && (
        <p className="muted" id={ownNoteId}>
          {t('programs.history.ownUpdate')}
        </p>
      )}
      {verify.error && (
        <p className="form-error" role="alert">
          {readTrpcError(verify.error).message}
        </p>
      )}
    </div>
  );
}
