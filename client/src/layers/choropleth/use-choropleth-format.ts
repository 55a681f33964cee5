import type { ChoroplethLayerDefinition, ColorScale } from '@peta/shared';
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

/** Fraction digits of a value by number kind: percentages as published, counts whole. */
const VALUE_DECIMALS = { percent: 2, count: 0, rate: 2, currency: 0, score: 1 } as const;

/** Class-break digits at least, by number kind: counts and rupiah whole. */
const BREAK_DECIMALS = { percent: 1, count: 0, rate: 1, currency: 0, score: 1 } as const;

/** Formats a choropleth's values and class ranges; breaks get just enough digits to differ. */
export function useChoroplethFormat(
  definition: ChoroplethLayerDefinition,
  scale: ColorScale,
): ChoroplethFormat {
  const { t, i18n } = useTranslation();
  const { language } = i18n;
  return useMemo(
    () => choroplethFormat(definition, scale, t, language),
    [definition, scale, t, language],
  );
}

/** {@link useChoroplethFormat} outside React, e.g. for the legend of an exported map image. */
export function choroplethFormat(
  definition: ChoroplethLayerDefinition,
  scale: ColorScale,
  t: TFunction,
  language: string,
): ChoroplethFormat {
  const { numberKind } = definition;
  const withUnit = unitOf(definition, t);
  const decimals = distinctDecimals(scale.breaks, BREAK_DECIMALS[numberKind]);
  const number = (value: number) => formatNumber(language, value, decimals, true);
  return {
    value: (value) => withUnit(formatNumber(language, value, VALUE_DECIMALS[numberKind])),
    range: (from, to) => {
      if (from !== null && to !== null) return withUnit(`${number(from)} – ${number(to)}`);
      if (to !== null) return `< ${withUnit(number(to))}`;
      if (from !== null) return `≥ ${withUnit(number(from))}`;
      const { min, max } = scale;
      return min === null || max === null ? '–' : withUnit(`${number(min)} – ${number(max)}`);
    },
  };
}

/**
 * Puts the catalogue entry's unit text with a number: after it ("4,5 %", "41 unit",
 * "3,2 per 1.000 KH"), before it for rupiah ("Rp 1.200"); none for the 0–100 index score,
 * whose legend says what it is.
 */
function unitOf(definition: ChoroplethLayerDefinition, t: TFunction): (text: string) => string {
  const { numberKind, unit } = definition;
  if (numberKind === 'score') return (text) => text;
  if (numberKind === 'currency') return (text) => `${unit} ${text}`;
  const shown = unit === '%' ? t('layers.units.percent') : unit;
  return (text) => `${text} ${shown}`;
}
