import { useTranslation } from 'react-i18next';
import type { SizeKey } from '../layers/thematic-layer.ts';

/** Props of {@link LegendSizeKey}. */
export interface LegendSizeKeyProps {
  sizeKey: SizeKey;
  /** Ground metres per pixel now: the circles are drawn at the size the map draws them. */
  metresPerPixel: number;
}

/** Circles for example depths at the map's current zoom (`data-testid="legend-size"`). */
export function LegendSizeKey({ sizeKey, metresPerPixel }: LegendSizeKeyProps) {
  const { t } = useTranslation();
  const radii = sizeKey.entries.map(({ value, radiusMetres }) => ({
    value,
    radius: Math.min(sizeKey.maxPixels, Math.max(sizeKey.minPixels, radiusMetres / metresPerPixel)),
  }));
  const height = 2 * Math.max(...radii.map((r) => r.radius)) + 2;
  return (
    <figure className="legend-size" data-testid="legend-size">
      <figcaption>{t('layers.legend.size')}</figcaption>
      <ul>
        {radii.map(({ value, radius }) => (
          <li key={value} data-value={value}>
            <svg width={2 * radius + 2} height={height} aria-hidden="true" focusable="false">
              <circle cx={radius + 1} cy={height - radius - 1} r={radius} />
            </svg>
            <span>{t('layers.legend.sizeValue', { value })}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
