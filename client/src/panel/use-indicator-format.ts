import { LAYERS, type Indicator } from '@peta/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from './use-formatters.ts';

/** Formats an indicator's value and count with the units the layer catalogue gives them. */
export interface IndicatorFormat {
  /** poverty, stunting: "4,73 %"; rtlh: "41 unit". */
  value: (indicator: Indicator, value: number) => string;
  /** "1.234 jiwa", "80 balita", "12 unit". */
  count: (indicator: Indicator, count: number) => string;
}

/** {@link IndicatorFormat} in the active UI language. */
export function useIndicatorFormat(): IndicatorFormat {
  const { t } = useTranslation();
  const format = useFormatters();
  return useMemo(
    () => ({
      value: (indicator, value) =>
        LAYERS[indicator].unit === '%'
          ? format.percent(value)
          : t('panel.unit.unit', { value: format.integer(value) }),
      count: (indicator, count) => {
        const unit = LAYERS[indicator].countUnit;
        const value = format.integer(count);
        return unit === null ? value : t(`panel.unit.${unit}`, { value });
      },
    }),
    [t, format],
  );
}
