import { PROGRAMS, type CsrProject } from '@peta/shared';
import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../format.ts';
import type { PointTooltipProps } from '../points/define-point-layer.tsx';
import { PointTooltipMeta } from '../points/PointTooltipMeta.tsx';

/** A CSR project: title, company, value in Rp, sector, status, linked program, year, source. */
export function CsrProjectTooltip({ point, kelurahan }: PointTooltipProps<CsrProject>) {
  const { t } = useTranslation();
  const program = PROGRAMS.find((p) => p.id === point.programId);
  return (
    <>
      <p className="tooltip-title">{point.title}</p>
      <p>{t('layers.tooltip.company', { name: point.company })}</p>
      <p>{t('layers.tooltip.value', { value: formatRupiah(point.valueRp) })}</p>
      <p>
        {t('layers.tooltip.sector', { sector: t(`layers.categories.csrSector.${point.sector}`) })}
        {' · '}
        {t('layers.tooltip.status', { status: t(`layers.categories.csrStatus.${point.status}`) })}
        {' · '}
        {t('layers.tooltip.year', { year: point.year })}
      </p>
      {program && <p>{t('layers.tooltip.program', { name: program.name })}</p>}
      <PointTooltipMeta point={point} kelurahan={kelurahan} />
    </>
  );
}
