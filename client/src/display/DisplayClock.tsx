import { useTranslation } from 'react-i18next';
import { formatClockDate, formatClockTime } from './display-time.ts';
import { useNow } from '../programs/use-now.ts';

/** The time and date in Malang (WIB), renewed every second so the minute turns on time. */
export function DisplayClock() {
  const { t, i18n } = useTranslation();
  const now = useNow(1000);
  return (
    <p className="display-clock" data-testid="display-clock">
      <time className="display-clock-time" dateTime={now.toISOString()}>
        {t('display.clock', { time: formatClockTime(now, i18n.language) })}
      </time>
      <span className="display-clock-date">{formatClockDate(now, i18n.language)}</span>
    </p>
  );
}
