import { hexToRgba } from '@peta/shared';

/** One legend row: a swatch, what it stands for and how many there are. */
export interface LegendRow {
  readonly key: string;
  /** `data-*` attributes (e.g. `data-testid`, `data-count`) the e2e tests read. */
  readonly data: Readonly<Record<`data-${string}`, string | number>>;
  /** `#rrggbb`. */
  readonly color: string;
  readonly label: string;
  readonly count: number;
}

/** Props of {@link LegendTable}. */
export interface LegendTableProps {
  /** Headers of the label and count columns. */
  columns: readonly [string, string];
  rows: readonly LegendRow[];
  /** The layer's opacity: swatches show the colour as the map blends it. */
  opacity: number;
  /** Round swatches, as point layers draw. */
  round?: boolean;
}

/** A CSS colour for a swatch: the hex colour at the layer's opacity. */
export function swatchColor(hex: string, opacity: number): string {
  const [r, g, b, a] = hexToRgba(hex, opacity);
  return `rgb(${r} ${g} ${b} / ${Math.round((a / 255) * 100)}%)`;
}

/** A legend's rows as a two-column table: swatch and label, then the count. */
export function LegendTable({ columns, rows, opacity, round = false }: LegendTableProps) {
  return (
    <table className="legend-table">
      <thead>
        <tr>
          <th scope="col">{columns[0]}</th>
          <th scope="col">{columns[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} {...row.data}>
            <td>
              <span
                className={round ? 'legend-swatch legend-swatch-point' : 'legend-swatch'}
                style={{ backgroundColor: swatchColor(row.color, opacity) }}
                aria-hidden="true"
              />
              {row.label}
            </td>
            <td>{row.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
