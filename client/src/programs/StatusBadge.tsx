import { CATEGORY_COLORS, type ProgramStatus } from '@peta/shared';
import { useTranslation } from 'react-i18next';

/** A program status: its colour (the map legend's, from shared/) and its translated name. */
export function StatusBadge({ status }: { status: ProgramStatus }) {
  const { t } = useTranslation();
  return (
    <span className="status-badge" data-status={status}>
      <span
        className="status-dot"
        aria-hidden="true"
        style={{ background: CATEGORY_COLORS.programStatus[status] }}
      />
      {t(`layers.categories.programStatus.${status}`)}
    </span>
  );
}
