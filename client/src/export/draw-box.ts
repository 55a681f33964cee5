import {
  BOLD_FONTS,
  BOX,
  FONT_SIZE,
  type BoxFont,
  type BoxLayout,
  type BoxPlacement,
  type DrawOp,
  type MeasureText,
} from './box-layout.ts';
import type { ImagePalette } from './image-palette.ts';

/** The canvas font of a box font. */
export function canvasFont(font: BoxFont, family: string): string {
  return `${BOLD_FONTS.has(font) ? 700 : 400} ${FONT_SIZE[font]}px ${family}`;
}

/** Measures texts with the canvas's own font engine. */
export function canvasMeasure(context: CanvasRenderingContext2D, family: string): MeasureText {
  return (text, font) => {
    context.font = canvasFont(font, family);
    return context.measureText(text).width;
  };
}

function drawSwatch(
  context: CanvasRenderingContext2D,
  op: Extract<DrawOp, { kind: 'swatch' }>,
  palette: ImagePalette,
): void {
  const { cx, cy, size } = op;
  context.beginPath();
  switch (op.swatch) {
    case 'class':
      context.rect(cx - size / 2, cy - size / 2, size, size);
      context.fillStyle = op.color;
      context.fill();
      context.lineWidth = 1;
      context.strokeStyle = palette.swatchLine;
      context.stroke();
      return;
    case 'point':
      // As the map draws points: a white-ringed dot (styles.css .legend-swatch-point).
      context.arc(cx, cy, size / 2, 0, 2 * Math.PI);
      context.fillStyle = op.color;
      context.fill();
      context.lineWidth = 1.5;
      context.strokeStyle = palette.surface;
      context.stroke();
      context.beginPath();
      context.arc(cx, cy, size / 2 + 1, 0, 2 * Math.PI);
      context.lineWidth = 1;
      context.strokeStyle = palette.swatchLine;
      context.stroke();
      return;
    case 'size':
      context.arc(cx, cy, size / 2, 0, 2 * Math.PI);
      context.globalAlpha = 0.25;
      context.fillStyle = palette.muted;
      context.fill();
      context.globalAlpha = 1;
      context.lineWidth = 1;
      context.strokeStyle = palette.muted;
      context.stroke();
      return;
  }
}

/**
 * Draws a laid-out box (background, border, texts, badges, swatches) at its place on a canvas
 * whose pixels are `ratio` × CSS pixels.
 */
export function drawBox(
  context: CanvasRenderingContext2D,
  box: BoxLayout,
  place: BoxPlacement,
  ratio: number,
  palette: ImagePalette,
): void {
  context.save();
  context.scale(ratio, ratio);
  context.translate(place.x, place.y);
  context.scale(place.scale, place.scale);

  context.beginPath();
  context.roundRect(0, 0, box.width, box.height, 6);
  context.fillStyle = palette.surface;
  context.fill();
  context.lineWidth = 1;
  context.strokeStyle = palette.border;
  context.stroke();

  context.textBaseline = 'middle';
  for (const op of box.ops) {
    switch (op.kind) {
      case 'text':
        context.font = canvasFont(op.font, palette.fontFamily);
        context.fillStyle = op.muted ? palette.muted : palette.text;
        context.textAlign = op.align ?? 'left';
        context.fillText(op.text, op.x, op.cy);
        break;
      case 'badge':
        context.beginPath();
        context.roundRect(op.x, op.cy - op.height / 2, op.width, op.height, 3);
        context.fillStyle = palette.warningSoft;
        context.fill();
        context.strokeStyle = palette.warningLine;
        context.stroke();
        context.font = canvasFont(op.font, palette.fontFamily);
        context.fillStyle = palette.warning;
        context.textAlign = 'left';
        context.fillText(op.text, op.x + BOX.badgePadding, op.cy);
        break;
      case 'swatch':
        drawSwatch(context, op, palette);
        break;
    }
  }
  context.restore();
}
