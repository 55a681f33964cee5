import { useTranslation } from 'react-i18next';

/** A table cell with no value: a dash on screen, "tidak ada" for screen readers. */
export function EmptyCell() {
  const { t } = useTranslation();
  return (
    <span className="muted">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('admin.none')}</span>
    </span>
  );
}
