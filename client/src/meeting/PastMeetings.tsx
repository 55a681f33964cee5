import type { Meeting } from '@peta/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgramFormat } from '../programs/use-program-format.ts';
import { MeetingSummary } from './MeetingSummary.tsx';

/** Ended meetings, newest first, each opening its summary in place. */
export function PastMeetings({ meetings }: { meetings: readonly Meeting[] }) {
  const { t } = useTranslation();
  const format = useProgramFormat();
  const [openId, setOpenId] = useState<number | null>(null);
  const ended = meetings.filter((m) => m.endedAt !== null);
  return (
    <section className="meeting-card" aria-labelledby="past-meetings-title">
      <h2 id="past-meetings-title">{t('meeting.past.heading')}</h2>
      {ended.length === 0 ? (
        <p className="muted">{t('meeting.past.empty')}</p>
      ) : (
        <ul className="item-list past-meetings">
          {ended.map((m) => {
            const open = openId === m.id;
            return (
              <li key={m.id} data-testid="past-meeting" data-meeting-id={m.id}>
                <div className="past-meeting-row">
                  <span>
                    <span className="item-title" id={`past-meeting-title-${String(m.id)}`}>
                      {m.title}
                    </span>{' '}
                    <span className="muted">{format.dateTime(m.startedAt)}</span>
                  </span>
                  <button
                    type="button"
                    className="button button-small button-secondary"
                    aria-expanded={open}
                    aria-controls={`past-meeting-${String(m.id)}`}
                    aria-describedby={`past-meeting-title-${String(m.id)}`}
                    onClick={() => {
                      setOpenId(open ? null : m.id);
                    }}
                  >
                    {open ? t('meeting.past.hide') : t('meeting.past.show')}
                  </button>
                </div>
                <div id={`past-meeting-${String(m.id)}`}>
                  {open && <MeetingSummary id={m.id} level={3} />}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
