import type { MeetingDecision } from '@peta/shared';
import { useTranslation } from 'react-i18next';
import { useProgramFormat } from '../programs/use-program-format.ts';
import { programSeed } from './program-name.ts';

/** Props of {@link DecisionList}. */
export interface DecisionListProps {
  decisions: readonly MeetingDecision[];
  /** Names each decision's program (or "Umum"), for lists that mix programs. */
  showProgram?: boolean;
}

/** Decisions of a meeting, oldest first. E2e hook: `data-testid="meeting-decision"`. */
export function DecisionList({ decisions, showProgram = false }: DecisionListProps) {
  const { t } = useTranslation();
  const format = useProgramFormat();
  return (
    <ul className="item-list meeting-decisions">
      {decisions.map((d) => (
        <li key={d.id} data-testid="meeting-decision">
          <span className="item-title">{d.text}</span>
          <span className="item-meta">
            {showProgram && (
              <span className="meeting-decision-program">
                {d.programId
                  ? (programSeed(d.programId)?.name ?? d.programId)
                  : t('meeting.decisions.general')}
              </span>
            )}
            <span>
              {t('meeting.decisions.by', {
                name: d.createdByName ?? '—',
                time: format.dateTime(d.createdAt),
              })}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
