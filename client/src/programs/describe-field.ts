import {
  FUNDING_SOURCE_LABELS,
  type ProgramEditableField,
  type ProgramEditableState,
} from '@peta/shared';
import type { TFunction } from 'i18next';
import type { ProgramFormat } from './use-program-format.ts';

const list = (items: readonly string[]) => (items.length > 0 ? items.join('; ') : '—');

/**
 * One field of a (partial) program state as a line of text, for the history (before → after)
 * and the conflict notice: statuses translated, percentages and rupiah formatted, lists joined
 * with "; ". A missing value is "—".
 */
export function describeField(
  field: ProgramEditableField,
  state: Partial<ProgramEditableState>,
  t: TFunction,
  format: ProgramFormat,
): string {
  switch (field) {
    case 'status':
      return state.status ? t(`layers.categories.programStatus.${state.status}`) : '—';
    case 'physicalProgress':
    case 'financialProgress': {
      const percent = state[field];
      return percent === undefined ? '—' : format.percent(percent);
    }
    case 'reportedProgress':
    case 'leadOpd':
      return state[field] || '—';
    case 'supportingOpds':
      return list(state.supportingOpds ?? []);
    case 'fundingSources':
      return list(
        (state.fundingSources ?? []).map((row) =>
          t('programs.history.fundingRow', {
            source: FUNDING_SOURCE_LABELS[row.fundingSource],
            budget: format.rupiah(row.budget),
            realisation: format.rupiah(row.realisation),
          }),
        ),
      );
    case 'milestones':
      return list(
        (state.milestones ?? []).map((m) =>
          m.done ? `${m.title} ${t('programs.history.done')}` : m.title,
        ),
      );
    case 'obstacles':
      return list(
        (state.obstacles ?? []).map((o) =>
          o.resolved ? `${o.description} ${t('programs.history.resolved')}` : o.description,
        ),
      );
  }
}
