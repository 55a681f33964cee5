import type { ProgramFollowUp } from '@peta/shared';
import { useTranslation } from 'react-i18next';
import { DueItemList } from './DueItemList.tsx';
import { ProgramSection } from './ProgramSection.tsx';

/** "Tindak lanjut": follow-up actions with owner and due date; overdue ones highlighted. */
export function FollowUpList({
  followUps,
  now,
}: {
  followUps: readonly ProgramFollowUp[];
  now: Date;
}) {
  const { t } = useTranslation();
  const items = followUps.map((f) => ({
    id: f.id,
    title: f.description,
    done: f.done,
    dueDate: f.dueDate,
    extra: <span>{t('programs.followUps.owner', { opd: f.ownerOpd })}</span>,
  }));
  return (
    <ProgramSection
      id="follow-ups"
      title={t('programs.followUps.title')}
      empty={followUps.length === 0 && t('programs.followUps.empty')}
    >
      <DueItemList items={items} now={now} testId="follow-up" />
    </ProgramSection>
  );
}
