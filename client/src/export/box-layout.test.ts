import { describe, expect, it } from 'vitest';
import {
  BOX,
  fitScale,
  IMAGE_MARGIN,
  layoutBox,
  lineHeight,
  MIN_BOX_SCALE,
  placeBoxes,
  wrapText,
  type BoxItem,
  type DrawOp,
  type MeasureText,
} from './box-layout.ts';

/** Every character 6 px wide, whatever the font: easy sums. */
const measure: MeasureText = (text) => text.length * 6;

const texts = (ops: readonly DrawOp[]) =>
  ops.flatMap((op) => (op.kind === 'text' ? [op.text] : []));

describe('wrapText', () => {
  it('breaks between words to the width, keeping an over-long word whole', () => {
    expect(wrapText('Sumber: BPS Kota Malang', 'small', 60, measure)).toEqual([
      'Sumber:',
      'BPS Kota',
      'Malang',
    ]);
    expect(wrapText('Kelurahan-Kelurahan', 'small', 30, measure)).toEqual(['Kelurahan-Kelurahan']);
    expect(wrapText('', 'small', 30, measure)).toEqual(['']);
  });
});

describe('layoutBox', () => {
  const rows: BoxItem[] = [
    { kind: 'text', text: 'Kemiskinan 2025', font: 'heading' },
    { kind: 'columns', left: 'Nilai', right: 'Kelurahan' },
    { kind: 'row', color: '#fee', swatch: 'class', label: '< 4 %', count: '12' },
    { kind: 'row', color: '#f00', swatch: 'class', label: '≥ 9 %', count: '5' },
  ];

  it('is as wide as its widest item plus padding, and stacks the items', () => {
    const box = layoutBox(rows, measure, { maxWidth: 400 });
    // The column headers (30 + 16 + 54 px) are wider than the heading (90 px) and a row
    // (14 + 8 + 30 + 16 + 12 px).
    expect(box.width).toBe(100 + 2 * BOX.padding);
    const rowHeight = Math.max(lineHeight('body'), BOX.swatch) + BOX.rowGap;
    expect(box.height).toBe(
      BOX.padding +
        lineHeight('heading') +
        BOX.columnsGap +
        lineHeight('small') +
        2 * rowHeight +
        BOX.padding,
    );
    expect(texts(box.ops)).toEqual([
      'Kemiskinan 2025',
      'Nilai',
      'Kelurahan',
      '< 4 %',
      '12',
      '≥ 9 %',
      '5',
    ]);
  });

  it('right-aligns counts at the inner edge and centres swatches on their row', () => {
    const box = layoutBox(rows, measure, { maxWidth: 400, minWidth: 200 });
    expect(box.width).toBe(200);
    const count = box.ops.find((op) => op.kind === 'text' && op.text === '12');
    expect(count).toMatchObject({ x: 200 - BOX.padding, align: 'right' });
    const swatch = box.ops.find((op) => op.kind === 'swatch');
    expect(swatch).toMatchObject({ cx: BOX.padding + BOX.swatch / 2, size: BOX.swatch });
    if (swatch?.kind !== 'swatch' || count?.kind !== 'text') throw new Error('missing ops');
    expect(swatch.cy).toBe(count.cy);
  });

  it('wraps long text to the widest allowed box and grows in height', () => {
    const source = 'Sumber: Dinas Sosial Kota Malang dan Badan Pusat Statistik';
    const box = layoutBox([{ kind: 'text', text: source, font: 'small' }], measure, {
      maxWidth: 140,
    });
    expect(box.width).toBe(140);
    const lines = texts(box.ops);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(source);
    for (const line of lines) expect(measure(line, 'small')).toBeLessThanOrEqual(120);
    expect(box.height).toBe(2 * BOX.padding + lines.length * lineHeight('small'));
  });

  it('puts a badge after the text, or on a line of its own when it does not fit', () => {
    const item: BoxItem = {
      kind: 'text',
      text: 'Sumber: BPS',
      font: 'small',
      badge: 'data contoh',
    };
    const wide = layoutBox([item], measure, { maxWidth: 400 });
    const badge = wide.ops.find((op) => op.kind === 'badge');
    expect(badge).toMatchObject({
      x: BOX.padding + 66 + BOX.badgeGap,
      width: 66 + 2 * BOX.badgePadding,
    });
    expect(wide.height).toBe(2 * BOX.padding + lineHeight('small'));

    const narrow = layoutBox([item], measure, { maxWidth: 100 });
    expect(narrow.ops.find((op) => op.kind === 'badge')).toMatchObject({ x: BOX.padding });
    expect(narrow.height).toBe(2 * BOX.padding + 2 * lineHeight('small'));
  });

  it('gives size-key circles their own diameter and row height', () => {
    const box = layoutBox(
      [{ kind: 'row', color: '#00f', swatch: 'size', radius: 20, label: '100 cm', count: '' }],
      measure,
      { maxWidth: 400 },
    );
    expect(box.ops.find((op) => op.kind === 'swatch')).toMatchObject({
      size: 40,
      cx: BOX.padding + 20,
    });
    expect(box.height).toBe(2 * BOX.padding + 40 + BOX.rowGap);
  });
});

describe('fitScale', () => {
  it('keeps what fits and shrinks what does not, to a legible minimum', () => {
    expect(fitScale(100, 200)).toBe(1);
    expect(fitScale(400, 300)).toBe(0.75);
    expect(fitScale(1000, 100)).toBe(MIN_BOX_SCALE);
  });
});

describe('placeBoxes', () => {
  const image = { width: 1000, height: 700 };
  const header = { width: 300, height: 80 };
  const footer = { width: 500, height: 30 };

  it('stacks the legend under the title and puts the attribution bottom right', () => {
    const placed = placeBoxes(image, header, { width: 280, height: 300 }, footer);
    const m = IMAGE_MARGIN;
    expect(placed.header).toEqual({ x: m, y: m, scale: 1 });
    expect(placed.legend).toEqual({ x: m, y: m + 80 + m, scale: 1 });
    expect(placed.footer).toEqual({ x: 1000 - m - 500, y: 700 - m - 30, scale: 1 });
  });

  it('shrinks a tall legend to stay clear of the attribution', () => {
    const placed = placeBoxes(image, header, { width: 280, height: 700 }, footer);
    const legend = placed.legend;
    if (!legend) throw new Error('no legend');
    const bottom = legend.y + 700 * legend.scale;
    expect(bottom).toBeCloseTo(placed.footer.y - IMAGE_MARGIN, 6);
    expect(legend.scale).toBeLessThan(1);
  });

  it('shrinks boxes wider than a narrow image, and leaves out no legend', () => {
    const placed = placeBoxes({ width: 400, height: 700 }, header, null, footer);
    expect(placed.legend).toBeNull();
    expect(placed.footer.scale).toBeCloseTo((400 - 2 * IMAGE_MARGIN) / 500, 6);
    expect(placed.footer.x).toBeCloseTo(IMAGE_MARGIN, 6);
  });
});
