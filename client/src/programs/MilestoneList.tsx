import type { ProgramMilestone } from '@peta/shared';
import { useTranslation } from 'react-i18next';
import { DueItemList } from './DueItemList.tsx';
import { ProgramSection } from './ProgramSection.tsx';

/** "Tahapan": milestones with due dates; open ones past due are marked. */
export function MilestoneList({
  milestones,
  now,
}: {
  milestones: readonly ProgramMilestone[];
  now: Date;
}) {
  const { t } = useTranslation();
  return (
    <ProgramSection
      id="milestones"
      title={t('programs.milestones.title')}
      empty={milestones.length === 0 && t('programs.milestones.empty')}
    >
      <DueItemList items={milestones} now={now} testId="milestone" />
    </ProgramSection>
  );
}
