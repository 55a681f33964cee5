import { PROGRAMS, type ProgramSite } from '@peta/shared';
import { useTranslation } from 'react-i18next';
import type { PointTooltipProps } from '../points/define-point-layer.tsx';
import { PointTooltipMeta } from '../points/PointTooltipMeta.tsx';

/** A program site: its name, the priority program and the site's status, source. */
export function ProgramSiteTooltip({ point, kelurahan }: PointTooltipProps<ProgramSite>) {
  const { t } = useTranslation();
  const program = PROGRAMS.find((p) => p.id === point.programId);
  return (
    <>
      <p className="tooltip-title">{point.name}</p>
      {program && (
        <p>{t('layers.tooltip.program', { name: `${program.number}. ${program.name}` })}</p>
      )}
      <p>
        {t('layers.tooltip.status', {
          status: t(`layers.categories.programStatus.${point.status}`),
        })}
      </p>
      <PointTooltipMeta point={point} kelurahan={kelurahan} />
    </>
  );
}
