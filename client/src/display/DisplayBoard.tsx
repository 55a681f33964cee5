import {
  CATEGORY_COLORS,
  PROGRAM_STATUSES,
  type ProgramDetail,
  type ProgramSummary,
} from '@peta/shared';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { countOverdue } from '../programs/program-dates.ts';
import { ProgressBars } from '../programs/ProgressBars.tsx';
import { StatusBadge } from '../programs/StatusBadge.tsx';
import { useNow } from '../programs/use-now.ts';
import { useTRPC } from '../trpc.ts';
import { openFollowUps } from './open-items.ts';

/**
 * The board at wall size: the 11 programs in a grid with status, both progress bars, lead OPD
 * and open / overdue follow-ups (from each program's detail). E2e hooks: `display-board`, and
 * `display-program-tile` with `data-program-id`.
 */
export function DisplayBoard() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const now = useNow();
  const list = useQuery(trpc.programs.list.queryOptions());
  const details = useQueries({
    queries: (list.data ?? []).map((p) => trpc.programs.byId.queryOptions({ id: p.id })),
  });
  const detailById = new Map(details.flatMap((d) => (d.data ? [[d.data.id, d.data]] : [])));
  if (!list.data) {
    return (
      <p className="display-quiet" role="status">
        {t('display.dataLoading')}
      </p>
    );
  }
  return (
    <ul className="display-board" data-testid="display-board" aria-label={t('display.views.board')}>
      {list.data.map((program) => (
        <ProgramTile
          key={program.id}
          program={program}
          detail={detailById.get(program.id)}
          now={now}
        />
      ))}
      <StatusSummary programs={list.data} />
    </ul>
  );
}

/** The last cell of the grid: how many programs have each status. */
function StatusSummary({ programs }: { programs: readonly ProgramSummary[] }) {
  const { t } = useTranslation();
  return (
    <li className="display-tile display-summary" data-testid="display-board-summary">
      <h2 className="display-section-title">{t('display.board.summary')}</h2>
      <ul className="display-summary-list">
        {PROGRAM_STATUSES.map((status) => {
          const count = programs.filter((p) => p.status === status).length;
          return (
            <li key={status} data-status={status} data-count={count}>
              <StatusBadge status={status} />
              <span className="display-summary-count">{count}</span>
            </li>
          );
        })}
      </ul>
    </li>
  );
}

function ProgramTile({
  program,
  detail,
  now,
}: {
  program: ProgramSummary;
  detail: ProgramDetail | undefined;
  now: Date;
}) {
  const { t } = useTranslation();
  const open = detail ? openFollowUps(detail.followUps).length : undefined;
  const overdue = detail ? countOverdue(detail.followUps, now) : 0;
  return (
    <li
      className="display-tile"
      data-testid="display-program-tile"
      data-program-id={program.id}
      data-status={program.status}
      style={{ borderTopColor: CATEGORY_COLORS.programStatus[program.status] }}
    >
      <h2 className="display-tile-name">
        <span className="display-tile-number">{program.number}</span>
        {program.name}
      </h2>
      <StatusBadge status={program.status} />
      <ProgressBars
        physical={program.physicalProgress}
        financial={program.financialProgress}
        status={program.status}
      />
      <p className="display-tile-meta">
        <span>{t('display.board.lead', { opd: program.leadOpd })}</span>
        {open !== undefined && (
          <span className={overdue > 0 ? 'display-overdue' : undefined}>
            {open === 0
              ? t('display.board.noFollowUps')
              : t('display.board.followUps', { count: open })}
            {overdue > 0 && ` · ${t('display.board.overdue', { count: overdue })}`}
          </span>
        )}
      </p>
    </li>
  );
}
