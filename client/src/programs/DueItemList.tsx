import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isOverdue } from './program-dates.ts';
import { useProgramFormat } from './use-program-format.ts';

/** One milestone or follow-up as {@link DueItemList} shows it. */
export interface DueListItem {
  readonly id: number;
  readonly title: string;
  readonly done: boolean;
  readonly dueDate: string | null;
  /** More facts after the status tags (e.g. the owner OPD). */
  readonly extra?: ReactNode;
}

/**
 * Milestones or follow-ups: title, done / overdue tags and the due date; open items past due
 * are highlighted (`data-overdue`). `testId` names each item for e2e tests.
 */
export function DueItemList({
  items,
  now,
  testId,
}: {
  items: readonly DueListItem[];
  now: Date;
  testId: string;
}) {
  const { t } = useTranslation();
  const format = useProgramFormat();
  return (
    <ul className="item-list">
      {items.map((item) => {
        const late = isOverdue(item, now);
        return (
          <li
            key={item.id}
            className={late ? 'overdue' : undefined}
            data-testid={testId}
            data-overdue={late}
          >
            <span className={item.done ? 'item-title item-done' : 'item-title'}>{item.title}</span>
            <span className="item-meta">
              {late && <span className="tag tag-overdue">{t('programs.due.overdue')}</span>}
              {item.done && <span className="tag tag-done">{t('programs.due.done')}</span>}
              {item.extra}
              <span>
                {item.dueDate
                  ? t('programs.due.date', { date: format.date(item.dueDate) })
                  : t('programs.due.none')}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
