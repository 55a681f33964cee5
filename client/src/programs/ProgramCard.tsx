import { CATEGORY_COLORS, type ProgramSummary } from '@peta/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { programPath } from '../routes/paths.ts';
import { ProgressBars } from './ProgressBars.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { UpdatedAgo } from './UpdatedAgo.tsx';

/** Props of {@link ProgramCard}. */
export interface ProgramCardProps {
  program: ProgramSummary;
  /** Open follow-ups past their due date; undefined while the details load. */
  overdue: number | undefined;
  now: Date;
}

/**
 * One program on the board: number, name (the link to its page), status, lead OPD, both
 * progress bars, days since the last update and overdue follow-ups. E2e hooks:
 * `data-testid="program-card"`, `data-program-id`, `data-status`.
 */
export function ProgramCard({ program, overdue, now }: ProgramCardProps) {
  const { t } = useTranslation();
  const titleId = `program-card-${program.id}`;
  return (
    <article
      className="program-card"
      data-testid="program-card"
      data-program-id={program.id}
      data-status={program.status}
      aria-labelledby={titleId}
      style={{ borderLeftColor: CATEGORY_COLORS.programStatus[program.status] }}
    >
      <p className="eyebrow">{t('programs.card.number', { number: program.number })}</p>
      <h3 id={titleId} className="program-card-title">
        <Link href={programPath(program.id)} className="program-card-link">
          {program.name}
        </Link>
      </h3>
      <div className="program-card-meta">
        <StatusBadge status={program.status} />
        <span>{t('programs.card.lead', { opd: program.leadOpd })}</span>
      </div>
      <ProgressBars
        physical={program.physicalProgress}
        financial={program.financialProgress}
        status={program.status}
      />
      <p className="program-card-footer">
        <UpdatedAgo updatedAt={program.updatedAt} now={now} />
        <OverdueCount count={overdue} />
      </p>
    </article>
  );
}

function OverdueCount({ count }: { count: number | undefined }) {
  const { t } = useTranslation();
  if (count === undefined) return null;
  return (
    <span className={count > 0 ? 'overdue-count overdue' : 'overdue-count'} data-overdue={count}>
      {count > 0 ? t('programs.card.overdue', { overdue: count }) : t('programs.card.noOverdue')}
    </span>
  );
}
