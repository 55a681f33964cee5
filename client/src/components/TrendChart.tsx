/** One year of a series; `value` null where the year has none. */
export interface TrendPoint {
  year: number;
  value: number | null;
}

/** Props of {@link TrendChart}. */
export interface TrendChartProps {
  /** Oldest first, one per year. */
  points: readonly TrendPoint[];
  /** Marked with a guide line and a larger dot. */
  selectedYear: number;
  /** The accessible summary, e.g. first and last values. */
  label: string;
}

const WIDTH = 240;
const HEIGHT = 56;
const PAD = { top: 6, right: 14, bottom: 14, left: 14 };

/**
 * A small inline SVG line chart of one value over the years, the selected year marked; gaps
 * where a year has no value. To assistive technology it is one image described by `label`.
 */
export function TrendChart({ points, selectedYear, label }: TrendChartProps) {
  const years = points.map((p) => p.year);
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const [low, high] = paddedRange(values);
  const x = (year: number) =>
    PAD.left + ((year - firstYear) / (lastYear - firstYear || 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) =>
    PAD.top + ((high - value) / (high - low)) * (HEIGHT - PAD.top - PAD.bottom);
  const baseline = HEIGHT - PAD.bottom;

  let path = '';
  let previousKnown = false;
  for (const { year, value } of points) {
    if (value !== null) path += `${previousKnown ? 'L' : 'M'}${x(year)},${y(value)}`;
    previousKnown = value !== null;
  }

  return (
    <svg className="trend-chart" role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
      <line
        className="trend-axis"
        x1={PAD.left}
        x2={WIDTH - PAD.right}
        y1={baseline}
        y2={baseline}
      />
      <line
        className="trend-guide"
        x1={x(selectedYear)}
        x2={x(selectedYear)}
        y1={PAD.top - 4}
        y2={baseline}
      />
      <path className="trend-line" d={path} />
      {points.map(({ year, value }) =>
        value === null ? null : (
          <circle
            key={year}
            className={year === selectedYear ? 'trend-dot trend-dot-selected' : 'trend-dot'}
            cx={x(year)}
            cy={y(value)}
            r={year === selectedYear ? 3.5 : 2}
          />
        ),
      )}
      {years.map((year) => (
        <text
          key={year}
          className={year === selectedYear ? 'trend-year trend-year-selected' : 'trend-year'}
          x={x(year)}
          y={HEIGHT - 2}
          textAnchor="middle"
        >
          {year}
        </text>
      ))}
    </svg>
  );
}

/** The values' range widened a little, so a flat series sits in the middle. */
function paddedRange(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = high > low ? (high - low) * 0.1 : Math.abs(high) * 0.1 || 1;
  return [low - pad, high + pad];
}
