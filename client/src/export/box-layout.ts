/** Text styles of the boxes drawn on an exported map image (title, legend, attribution). */
export type BoxFont = 'title' | 'heading' | 'body' | 'small';

/** Font sizes in CSS pixels; the image is drawn at its pixel ratio on top. */
export const FONT_SIZE: Readonly<Record<BoxFont, number>> = {
  title: 18,
  heading: 14,
  body: 12,
  small: 11,
};

/** Fonts drawn bold. */
export const BOLD_FONTS: ReadonlySet<BoxFont> = new Set(['title', 'heading']);

/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.35;

/** Spacing of a box, in CSS pixels. */
export const BOX = {
  padding: 10,
  /** Side of a square swatch and diameter of a round one without its own size. */
  swatch: 14,
  swatchGap: 8,
  /** Least space between a row's label and its count. */
  columnGap: 16,
  rowGap: 3,
  /** Space above column headers, setting the table off the text over it. */
  columnsGap: 4,
  /** Height of a `gap` item, between two layers' legends. */
  gap: 10,
  /** Space between text and its badge, and inside the badge. */
  badgeGap: 6,
  badgePadding: 4,
} as const;

/** A class square (choropleth), a point's dot, or a size-key circle drawn to scale. */
export type SwatchKind = 'class' | 'point' | 'size';

/** One thing in a box, stacked top to bottom. */
export type BoxItem =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly font: BoxFont;
      readonly muted?: boolean;
      /** A highlighted tag after the text, e.g. "data contoh". */
      readonly badge?: string;
    }
  /** Column headers over the rows: label on the left, count on the right. */
  | { readonly kind: 'columns'; readonly left: string; readonly right: string }
  | {
      readonly kind: 'row';
      /** A CSS colour (unused by size circles, drawn in the text's muted colour). */
      readonly color: string;
      readonly swatch: SwatchKind;
      /** Radius of a size circle in CSS pixels; other swatches have the standard size. */
      readonly radius?: number;
      readonly label: string;
      readonly count: string;
    }
  | { readonly kind: 'gap' };

/** What to draw, in box coordinates (CSS pixels); `cy` is the vertical centre of a line. */
export type DrawOp =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly font: BoxFont;
      readonly muted: boolean;
      readonly x: number;
      readonly cy: number;
      /** Default: left, `x` is where the text starts; right: where it ends. */
      readonly align?: 'left' | 'right';
    }
  | {
      readonly kind: 'badge';
      readonly text: string;
      readonly font: BoxFont;
      readonly x: number;
      readonly cy: number;
      readonly width: number;
      readonly height: number;
    }
  | {
      readonly kind: 'swatch';
      readonly color: string;
      readonly swatch: SwatchKind;
      /** Centre. */
      readonly cx: number;
      readonly cy: number;
      /** Side of the square or diameter of the circle. */
      readonly size: number;
    };

/** Width of a text in CSS pixels in one of the box fonts. */
export type MeasureText = (text: string, font: BoxFont) => number;

/** A laid-out box: its size and what to draw in it. */
export interface BoxLayout {
  readonly width: number;
  readonly height: number;
  readonly ops: readonly DrawOp[];
}

/** Height of one line of a font. */
export function lineHeight(font: BoxFont): number {
  return Math.ceil(FONT_SIZE[font] * LINE_HEIGHT);
}

/**
 * Greedy word wrap to `width`; a word longer than a line keeps a line of its own rather than
 * being cut.
 */
export function wrapText(
  text: string,
  font: BoxFont,
  width: number,
  measure: MeasureText,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, font) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

function swatchSize(item: Extract<BoxItem, { kind: 'row' }>): number {
  return item.swatch === 'size' && item.radius !== undefined
    ? Math.max(2, 2 * item.radius)
    : BOX.swatch;
}

function badgeWidth(badge: string, font: BoxFont, measure: MeasureText): number {
  return measure(badge, font) + 2 * BOX.badgePadding;
}

/** The width an item would take unwrapped, padding excluded. */
function naturalWidth(item: BoxItem, measure: MeasureText): number {
  switch (item.kind) {
    case 'text':
      return (
        measure(item.text, item.font) +
        (item.badge ? BOX.badgeGap + badgeWidth(item.badge, item.font, measure) : 0)
      );
    case 'columns':
      return measure(item.left, 'small') + BOX.columnGap + measure(item.right, 'small');
    case 'row':
      return (
        swatchSize(item) +
        BOX.swatchGap +
        measure(item.label, 'body') +
        BOX.columnGap +
        measure(item.count, 'body')
      );
    case 'gap':
      return 0;
  }
}

/** How wide a box may and must be, in CSS pixels. */
export interface BoxWidth {
  readonly maxWidth: number;
  readonly minWidth?: number;
}

/**
 * Lays out `items` in a box as wide as its widest unwrapped item (within `minWidth`–`maxWidth`,
 * padding included); texts wrap to that width, counts are right-aligned.
 */
export function layoutBox(
  items: readonly BoxItem[],
  measure: MeasureText,
  { maxWidth, minWidth = 0 }: BoxWidth,
): BoxLayout {
  const natural = Math.max(0, ...items.map((item) => naturalWidth(item, measure)));
  const width = Math.ceil(Math.min(maxWidth, Math.max(minWidth, natural + 2 * BOX.padding)));
  const inner = width - 2 * BOX.padding;
  const left = BOX.padding;
  const right = width - BOX.padding;
  const ops: DrawOp[] = [];
  let y = BOX.padding;

  for (const item of items) {
    switch (item.kind) {
      case 'text': {
        const height = lineHeight(item.font);
        const lines = wrapText(item.text, item.font, inner, measure);
        const badge = item.badge;
        const badgeW = badge ? badgeWidth(badge, item.font, measure) : 0;
        lines.forEach((text, index) => {
          ops.push({
            kind: 'text',
            text,
            font: item.font,
            muted: item.muted ?? false,
            x: left,
            cy: y + height / 2 + index * height,
          });
        });
        y += lines.length * height;
        if (badge) {
          const last = lines[lines.length - 1] ?? '';
          const lastWidth = last ? measure(last, item.font) + BOX.badgeGap : 0;
          const fits = lastWidth + badgeW <= inner;
          const cy = fits ? y - height / 2 : y + height / 2;
          if (!fits) y += height;
          ops.push({
            kind: 'badge',
            text: badge,
            font: item.font,
            x: left + (fits ? lastWidth : 0),
            cy,
            width: badgeW,
            height: height - 2,
          });
        }
        break;
      }
      case 'columns': {
        y += BOX.columnsGap;
        const height = lineHeight('small');
        const cy = y + height / 2;
        ops.push({ kind: 'text', text: item.left, font: 'small', muted: true, x: left, cy });
        ops.push({
          kind: 'text',
          text: item.right,
          font: 'small',
          muted: true,
          x: right,
          cy,
          align: 'right',
        });
        y += height;
        break;
      }
      case 'row': {
        const size = swatchSize(item);
        const height = Math.max(lineHeight('body'), Math.ceil(size)) + BOX.rowGap;
        const cy = y + height / 2;
        const swatchWidth = Math.max(BOX.swatch, size);
        ops.push({
          kind: 'swatch',
          color: item.color,
          swatch: item.swatch,
          cx: left + swatchWidth / 2,
          cy,
          size,
        });
        ops.push({
          kind: 'text',
          text: item.label,
          font: 'body',
          muted: false,
          x: left + swatchWidth + BOX.swatchGap,
          cy,
        });
        ops.push({
          kind: 'text',
          text: item.count,
          font: 'body',
          muted: false,
          x: right,
          cy,
          align: 'right',
        });
        y += height;
        break;
      }
      case 'gap':
        y += BOX.gap;
        break;
    }
  }
  return { width, height: Math.ceil(y + BOX.padding), ops };
}

/** Where a box goes on the image and how much it is shrunk to fit. */
export interface BoxPlacement {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

/** Where the title, legend and attribution boxes go on an image of this CSS size. */
export interface ImagePlacement {
  readonly header: BoxPlacement;
  readonly legend: BoxPlacement | null;
  readonly footer: BoxPlacement;
}

/** Space between the boxes and the image's edge. */
export const IMAGE_MARGIN = 12;

/** The least a box is shrunk to; below this its type is too small to read. */
export const MIN_BOX_SCALE = 0.6;

/** The factor that fits `size` into `available` (1 when it fits), never below `min`. */
export function fitScale(size: number, available: number, min = MIN_BOX_SCALE): number {
  if (size <= 0 || size <= available) return 1;
  return Math.max(min, available / size);
}

/**
 * Title box top left, the legend under it (shrunk to stay clear of the attribution, as far as it
 * stays legible), the attribution bottom right; wide boxes are shrunk to the image's width.
 */
export function placeBoxes(
  image: { readonly width: number; readonly height: number },
  header: Pick<BoxLayout, 'width' | 'height'>,
  legend: Pick<BoxLayout, 'width' | 'height'> | null,
  footer: Pick<BoxLayout, 'width' | 'height'>,
): ImagePlacement {
  const m = IMAGE_MARGIN;
  const fullWidth = image.width - 2 * m;
  const headerScale = fitScale(header.width, fullWidth);
  const footerScale = fitScale(footer.width, fullWidth);
  const footerPlace = {
    x: image.width - m - footer.width * footerScale,
    y: image.height - m - footer.height * footerScale,
    scale: footerScale,
  };
  const headerPlace = { x: m, y: m, scale: headerScale };
  if (!legend) return { header: headerPlace, legend: null, footer: footerPlace };
  const top = m + header.height * headerScale + m;
  const legendScale = Math.min(
    fitScale(legend.width, fullWidth),
    fitScale(legend.height, footerPlace.y - m - top),
  );
  return { header: headerPlace, legend: { x: m, y: top, scale: legendScale }, footer: footerPlace };
}
