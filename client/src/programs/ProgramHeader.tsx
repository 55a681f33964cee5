import type { ProgramDetail } from '@peta/shared';
import { useTranslation } from 'react-i18next';
import { ProgressBars } from './ProgressBars.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { UpdatedAgo } from './UpdatedAgo.tsx';
import { useProgramFormat } from './use-program-format.ts';

/** The top of a program page: number, name, status, progress, OPDs and the last update. */
export function ProgramHeader({ detail, now }: { detail: ProgramDetail; now: Date }) {
  const { t } = useTranslation();
  const format = useProgramFormat();
  const updated = format.dateTime(detail.updatedAt);
  return (
    <header
      className="program-header card"
      data-testid="program-header"
      data-version={detail.version}
    >
      <p className="eyebrow">{t('programs.card.number', { number: detail.number })}</p>
      <h2>{detail.name}</h2>
      <dl className="facts program-facts">
        <dt>{t('programs.page.status')}</dt>
        <dd>
          <StatusBadge status={detail.status} />
        </dd>
        <dt>{t('programs.page.lead')}</dt>
        <dd>{detail.leadOpd}</dd>
        <dt>{t('programs.page.supporting')}</dt>
        <dd>
          {detail.supportingOpds.length > 0
            ? detail.supportingOpds.join(', ')
            : t('programs.page.none')}
        </dd>
      </dl>
      <ProgressBars
        physical={detail.physicalProgress}
        financial={detail.financialProgress}
        status={detail.status}
      />
      {detail.progressEstimated && <p className="hint">{t('programs.page.estimated')}</p>}
      <p className="muted">
        {detail.updatedByName
          ? t('programs.updated.byAt', { time: updated, name: detail.updatedByName })
          : t('programs.updated.at', { time: updated })}
        {' · '}
        <UpdatedAgo updatedAt={detail.updatedAt} now={now} />
        {' · '}
        {t('programs.page.version', { version: detail.version })}
      </p>
    </header>
  );
}
