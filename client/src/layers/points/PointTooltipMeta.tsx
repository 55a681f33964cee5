import { useTranslation } from 'react-i18next';
import type { KelurahanInfo } from '../../map/load-boundaries.ts';
import { SourceNote } from '../SourceNote.tsx';
import type { MapPoint } from '../thematic-layer.ts';

/** Props of {@link PointTooltipMeta}. */
export interface PointTooltipMetaProps {
  point: MapPoint;
  kelurahan: KelurahanInfo | undefined;
}

/** The last lines of every point tooltip: where the point lies and where its data come from. */
export function PointTooltipMeta({ point, kelurahan }: PointTooltipMetaProps) {
  const { t } = useTranslation();
  const approximate = t('layers.tooltip.approximate');
  // Most sources already say so ("posisi perkiraan"); say it once.
  const notes =
    point.positionApproximate && !point.source.includes('perkiraan') ? [approximate] : [];
  return (
    <>
      {kelurahan && (
        <p>
          {t('layers.tooltip.kecamatan', {
            kelurahan: kelurahan.name,
            kecamatan: kelurahan.kecamatan,
          })}
        </p>
      )}
      <SourceNote sources={[point.source]} isSample={point.isSample} notes={notes} />
    </>
  );
}
