import { describe, expect, it } from 'vitest';
import { MAX_CLASSES } from './classification.ts';
import {
  CATEGORY_COLORS,
  NO_DATA_COLOR,
  PALETTE_IDS,
  PALETTES,
  createColorScale,
  hexToRgba,
} from './color-scale.ts';
import { CSR_SECTORS, FLOOD_HANDLING_STATUSES } from './points.ts';
import { PROGRAM_STATUSES } from './program-status.ts';

const HEX = /^#[0-9a-f]{6}$/;
const values = [0.5, 3, 4.2, 5, 6.8, 8, 9.9, 10, 12, 14, 14, 21, null, Number.NaN];

describe('PALETTES', () => {
  it.each(PALETTE_IDS)('%s is colour-blind safe and gives 1..7 distinct hex colours', (id) => {
    const palette = PALETTES[id];
    expect(palette.id).toBe(id);
    expect(palette.colorBlindSafe).toBe(true);
    for (let count = 1; count <= MAX_CLASSES; count += 1) {
      const colors = palette.colors(count);
      expect(colors).toHaveLength(count);
      expect(colors.every((c) => HEX.test(c))).toBe(true);
      expect(new Set(colors).size).toBe(count);
      expect(colors).not.toContain(NO_DATA_COLOR);
    }
  });

  it('runs light to dark', () => {
    const lightness = (hex: string) =>
      hexToRgba(hex)
        .slice(0, 3)
        .reduce((a, b) => a + b, 0);
    for (const id of PALETTE_IDS) {
      const [first = '', last = ''] = [PALETTES[id].colors(5)[0], PALETTES[id].colors(5)[4]];
      expect(lightness(first), id).toBeGreaterThan(lightness(last));
    }
  });
});

describe('createColorScale', () => {
  const scale = createColorScale({
    values,
    method: 'fixed',
    classes: 5,
    palette: 'PuRd',
    fixedBreaks: [5, 8, 10, 14],
  });

  it('gives one colour per class from the palette', () => {
    expect(scale.colors).toEqual(PALETTES.PuRd.colors(5));
    expect(scale.breaks).toEqual([5, 8, 10, 14]);
  });

  it('derives the legend from the same classes the colours use', () => {
    const legend = scale.legend();
    expect(legend.map((e) => [e.from, e.to, e.count])).toEqual([
      [null, 5, 3],
      [5, 8, 2],
      [8, 10, 2],
      [10, 14, 2],
      [14, null, 3],
    ]);
    expect(legend.reduce((sum, e) => sum + e.count, 0) + scale.noDataCount).toBe(values.length);
    expect(scale.noDataCount).toBe(2);
    for (const value of values) {
      const index = scale.classIndexOf(value);
      if (index === -1) continue;
      expect(scale.colorOf(value)).toBe(legend[index]?.color);
    }
  });

  it('colours no data grey', () => {
    expect(scale.colorOf(null)).toBe(NO_DATA_COLOR);
    expect(scale.colorOf(undefined)).toBe(NO_DATA_COLOR);
    expect(scale.colorOf(Number.NaN)).toBe(NO_DATA_COLOR);
    expect(scale.classIndexOf(null)).toBe(-1);
  });

  it('gives deck.gl rgba with alpha 0-1 scaled to 0-255', () => {
    expect(scale.rgbaOf(null, 0.5)).toEqual([189, 189, 189, 128]);
    expect(scale.rgbaOf(20)).toEqual(hexToRgba(scale.colors[4] ?? '', 1));
  });

  it('shrinks the palette with the classes of degenerate data', () => {
    const flat = createColorScale({
      values: [7, 7, 7],
      method: 'jenks',
      classes: 5,
      palette: 'YlOrRd',
    });
    expect(flat.colors).toHaveLength(1);
    expect(flat.legend()).toEqual([
      { index: 0, from: null, to: null, color: flat.colors[0], count: 3 },
    ]);
  });
});

describe('CATEGORY_COLORS', () => {
  it.each([
    ['csrSector', CSR_SECTORS],
    ['programStatus', PROGRAM_STATUSES],
    ['floodHandlingStatus', FLOOD_HANDLING_STATUSES],
  ] as const)('%s has a distinct colour for every category', (key, categories) => {
    const record: Readonly<Record<string, string>> = CATEGORY_COLORS[key];
    expect(Object.keys(record).sort()).toEqual([...categories].sort());
    const colors = Object.values(record);
    expect(new Set(colors).size).toBe(colors.length);
    expect(colors.every((c) => HEX.test(c))).toBe(true);
  });
});

describe('hexToRgba', () => {
  it('parses hex and clamps alpha', () => {
    expect(hexToRgba('#0072b2', 2)).toEqual([0, 114, 178, 255]);
    expect(hexToRgba('#e69f00', -1)).toEqual([230, 159, 0, 0]);
  });
});
