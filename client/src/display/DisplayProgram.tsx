import type { ProgramDetail, ProgramSite } from '@peta/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { isOverdue } from '../programs/program-dates.ts';
import { ProgramSitesMap } from '../programs/ProgramSitesMap.tsx';
import { ProgressBars } from '../programs/ProgressBars.tsx';
import { StatusBadge } from '../programs/StatusBadge.tsx';
import { useNow } from '../programs/use-now.ts';
import { useProgramFormat } from '../programs/use-program-format.ts';
import { readTrpcError } from '../routes/read-trpc-error.ts';
import { useTRPC } from '../trpc.ts';
import { openFollowUps, openObstacles } from './open-items.ts';

/** Items of a list shown at wall size; the rest are counted. */
const LIST_LIMIT = 4;

const NO_SITES: readonly ProgramSite[] = [];

/**
 * One program at wall size: status, progress, OPDs, the latest reported progress and update,
 * open obstacles and follow-ups, and its sites on a map. The sites map stays mounted from one
 * program to the next (it refits to the new sites) rather than being rebuilt each time.
 * E2e hook: `display-program-view` with `data-program-id`.
 */
export function DisplayProgram({ id }: { id: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const detail = useQuery(trpc.programs.byId.queryOptions({ id }));
  const program = detail.data;
  const sites = program?.sites ?? NO_SITES;
  const notFound = detail.isError && readTrpcError(detail.error).code === 'NOT_FOUND';
  return (
    <article className="display-program" data-testid="display-program-view" data-program-id={id}>
      {program ? (
        <ProgramFacts program={program} />
      ) : (
        <p className="display-quiet" role="status">
          {notFound ? t('display.program.notFound') : t('display.dataLoading')}
        </p>
      )}
      <section className="display-program-map" aria-label={t('display.program.sites')}>
        <h2 className="display-section-title">{t('display.program.sites')}</h2>
        <ErrorBoundary fallback={null}>
          <ProgramSitesMap sites={sites} label={t('display.program.sites')} />
        </ErrorBoundary>
        {program && sites.length === 0 && <p className="muted">{t('display.program.noSites')}</p>}
        {sites.some((s) => s.isSample) && (
          <p className="display-sample">{t('layers.legend.sample')}</p>
        )}
      </section>
    </article>
  );
}

function ProgramFacts({ program }: { program: ProgramDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const format = useProgramFormat();
  const now = useNow();
  const latest = useQuery(trpc.programs.history.queryOptions({ id: program.id, limit: 1 })).data
    ?.items[0];
  const obstacles = openObstacles(program.obstacles);
  const followUps = openFollowUps(program.followUps);
  return (
    <>
      <section className="display-program-facts">
        <StatusBadge status={program.status} />
        <ProgressBars
          physical={program.physicalProgress}
          financial={program.financialProgress}
          status={program.status}
        />
        {program.progressEstimated && <p className="muted">{t('programs.page.estimated')}</p>}
        <dl className="display-facts">
          <dt>{t('display.program.lead')}</dt>
          <dd>{program.leadOpd}</dd>
          {program.supportingOpds.length > 0 && (
            <>
              <dt>{t('display.program.supporting')}</dt>
              <dd>{program.supportingOpds.join(', ')}</dd>
            </>
          )}
          <dt>{t('display.program.reported')}</dt>
          <dd>
            {program.reportedProgress}
            <span className="display-when">
              {format.dateTime(program.updatedAt)}
              {program.updatedByName && ` · ${program.updatedByName}`}
            </span>
          </dd>
          {latest && latest.note !== '' && (
            <>
              <dt>{t('display.program.latestUpdate')}</dt>
              <dd>
                {latest.note}
                <span className="display-when">
                  {format.dateTime(latest.createdAt)} · {latest.userName}
                </span>
              </dd>
            </>
          )}
        </dl>
      </section>
      <section className="display-program-lists">
        <h2 className="display-section-title">{t('display.program.obstacles')}</h2>
        {obstacles.length === 0 ? (
          <p className="muted">{t('display.program.noObstacles')}</p>
        ) : (
          <ShortList
            items={obstacles.map((o) => ({ key: o.id, text: o.description, late: false }))}
          />
        )}
        <h2 className="display-section-title">{t('display.program.followUps')}</h2>
        {followUps.length === 0 ? (
          <p className="muted">{t('display.program.noFollowUps')}</p>
        ) : (
          <ShortList
            items={followUps.map((f) => {
              const late = isOverdue(f, now);
              const due = f.dueDate
                ? late
                  ? t('display.program.overdue')
                  : t('display.program.due', { date: format.date(f.dueDate) })
                : null;
              return {
                key: f.id,
                text: f.description,
                meta: due ? `${f.ownerOpd} · ${due}` : f.ownerOpd,
                late,
              };
            })}
          />
        )}
      </section>
    </>
  );
}

interface ShortListItem {
  readonly key: number;
  readonly text: string;
  readonly meta?: string;
  readonly late: boolean;
}

/** The first {@link LIST_LIMIT} items and "+N lainnya". */
function ShortList({ items }: { items: readonly ShortListItem[] }) {
  const { t } = useTranslation();
  const rest = items.length - LIST_LIMIT;
  return (
    <ul className="display-list">
      {items.slice(0, LIST_LIMIT).map((item) => (
        <li key={item.key} className={item.late ? 'display-overdue' : undefined}>
          {item.text}
          {item.meta && <span className="display-when">{item.meta}</span>}
        </li>
      ))}
      {rest > 0 && <li className="muted">{t('display.program.more', { count: rest })}</li>}
    </ul>
  );
}
