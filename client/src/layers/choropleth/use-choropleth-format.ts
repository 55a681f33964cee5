import { LAYERS, type ChoroplethLayerId, type ColorScale } from '@peta/shared';
import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { distinctDecimals, formatNumber } from '../format.ts';

/** How a choropleth's numbers read in the UI language. */
export interface ChoroplethFormat {
  /** A kelurahan's value with its unit: "4,57 %". */
  value(value: number): string;
  /** A class: "4,1 – 5,3 %", "< 4,1 %", "≥ 14 %"; a single class reads min – max. */
  range(from: number | null, to: number | null): string;
}

/** Fraction digits of a value by unit: percentages as published, unit counts whole. */
const VALUE_DECIMALS = { '%': 2, unit: 0, skor: 1, cm: 0, rupiah: 0 } as const;

/** Formats a choropleth's values and class ranges; breaks get just enough digits to differ. */
export function useChoroplethFormat(id: ChoroplethLayerId, scale: ColorScale): ChoroplethFormat {
  const { t, i18n } = useTranslation();
  const { language } = i18n;
  return useMemo(() => choroplethFormat(id, scale, t, language), [id, scale, t, language]);
}

/** {@link useChoroplethFormat} outside React, e.g. for the legend of an exported map image. */
export function choroplethFormat(
  id: ChoroplethLayerId,
  scale: ColorScale,
  t: TFunction,
  language: string,
): ChoroplethFormat {
  const { unit } = LAYERS[id];
  const suffix =
    unit === '%'
      ? ` ${t('layers.units.percent')}`
      : unit === 'unit'
        ? ` ${t('layers.units.unit')}`
        : '';
  const decimals = distinctDecimals(scale.breaks, unit === 'unit' ? 0 : 1);
  const number = (value: number) => formatNumber(language, value, decimals, true);
  return {
    value: (value) => `${formatNumber(language, value, VALUE_DECIMALS[unit])}${suffix}`,
    range: (from, to) => {
      if (from !== null && to !== null) return `${number(from)} – ${number(to)}${suffix}`;
      if (to !== null) return `< ${number(to)}${suffix}`;
      if (from !== null) return `≥ ${number(from)}${suffix}`;
      const { min, max } = scale;
      return min === null || max === null ? '–' : `${number(min)} – ${number(max)}${suffix}`;
    },
  };
}
