import type { ProgramObstacle } from '@peta/shared';
import { useTranslation } from 'react-i18next';
import { ProgramSection } from './ProgramSection.tsx';

/** "Kendala": the obstacles as recorded, resolved ones marked. */
export function ObstacleList({ obstacles }: { obstacles: readonly ProgramObstacle[] }) {
  const { t } = useTranslation();
  return (
    <ProgramSection
      id="obstacles"
      title={t('programs.obstacles.title')}
      empty={obstacles.length === 0 && t('programs.obstacles.empty')}
    >
      <ul className="item-list">
        {obstacles.map((o) => (
          <li key={o.id}>
            <span className={o.resolved ? 'item-title item-done' : 'item-title'}>
              {o.description}
            </span>
            {o.resolved && (
              <span className="item-meta">
                <span className="tag tag-done">{t('programs.obstacles.resolved')}</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </ProgramSection>
  );
}
