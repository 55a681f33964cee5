import { useTranslation } from 'react-i18next';
import { daysSince } from './program-dates.ts';

/** "N hari sejak pembaruan terakhir" (today / 1 day / N days). */
export function UpdatedAgo({ updatedAt, now }: { updatedAt: string; now: Date }) {
  const { t } = useTranslation();
  const days = daysSince(updatedAt, now);
  const text =
    days === 0
      ? t('programs.updated.today')
      : days === 1
        ? t('programs.updated.one')
        : t('programs.updated.days', { days });
  return (
    <span className="updated-ago" data-days={days}>
      {text}
    </span>
  );
}
