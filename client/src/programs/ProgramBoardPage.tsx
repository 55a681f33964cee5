import { PROGRAM_STATUSES, type ProgramStatus } from '@peta/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'wouter';
import { PageMessage } from '../routes/PageMessage.tsx';
import { usePageTitle } from '../routes/use-page-title.ts';
import {
  BOARD_SORTS,
  boardOpds,
  filterBoard,
  readBoardFilter,
  writeBoardFilter,
  type BoardFilter,
  type BoardSort,
} from './board-filter.ts';
import { ProgramCard } from './ProgramCard.tsx';
import { useBoardPrograms } from './use-board-programs.ts';
import { useNow } from './use-now.ts';

/**
 * `/program`: the 11 priority programs as cards, filtered by OPD and status and sorted, the
 * filter kept in the URL. Live updates refresh it.
 */
export function ProgramBoardPage() {
  const { t } = useTranslation();
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const filter = readBoardFilter(params);
  const { list, programs, overdue } = useBoardPrograms(now);
  const shown = filterBoard(programs, filter);
  const opds = boardOpds(programs);
  // A linked OPD stays selectable before the details that list supporting OPDs arrive.
  if (filter.opd !== null && !opds.includes(filter.opd)) opds.push(filter.opd);
  usePageTitle(t('programs.board.title'));

  const change = (patch: Partial<BoardFilter>) => {
    setParams(writeBoardFilter({ ...filter, ...patch }), { replace: true });
  };

  return (
    <main className="page program-board">
      <div className="page-header">
        <h2>{t('programs.board.title')}</h2>
        <p className="muted">{t('programs.board.intro')}</p>
      </div>
      <div className="board-filters" role="group" aria-label={t('programs.board.filters')}>
        <Select
          label={t('programs.board.opd')}
          value={filter.opd ?? ''}
          options={[
            { value: '', label: t('programs.board.allOpds') },
            ...opds.map((opd) => ({ value: opd, label: opd })),
          ]}
          onChange={(opd) => {
            change({ opd: opd || null });
          }}
        />
        <Select
          label={t('programs.board.status')}
          value={filter.status ?? ''}
          options={[
            { value: '', label: t('programs.board.allStatuses') },
            ...PROGRAM_STATUSES.map((s) => ({
              value: s,
              label: t(`layers.categories.programStatus.${s}`),
            })),
          ]}
          onChange={(status) => {
            change({ status: (status || null) as ProgramStatus | null });
          }}
        />
        <Select
          label={t('programs.board.sort')}
          value={filter.sort}
          options={BOARD_SORTS.map((s) => ({ value: s, label: t(`programs.board.sorts.${s}`) }))}
          onChange={(sort) => {
            change({ sort: sort as BoardSort });
          }}
        />
      </div>
      {list.isPending ? (
        <PageMessage busy>{t('programs.board.loading')}</PageMessage>
      ) : list.isError ? (
        <PageMessage
          retry={{ label: t('programs.board.retry'), onRetry: () => void list.refetch() }}
        >
          {t('programs.board.error')}
        </PageMessage>
      ) : (
        <>
          <p className="board-count" role="status">
            {t('programs.board.count', { shown: shown.length, total: programs.length })}
          </p>
          {shown.length === 0 ? (
            <p className="muted">{t('programs.board.empty')}</p>
          ) : (
            <ul className="program-grid" aria-label={t('programs.board.title')}>
              {shown.map(({ summary }) => (
                <li key={summary.id}>
                  <ProgramCard program={summary} overdue={overdue.get(summary.id)} now={now} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </main>
  );
}

interface SelectProps {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

/** A labelled select of the filter bar. */
function Select({ label, value, options, onChange }: SelectProps) {
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
