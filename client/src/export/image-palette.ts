/** Colours and font of the boxes drawn on an exported map image. */
export interface ImagePalette {
  readonly surface: string;
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly warning: string;
  readonly warningSoft: string;
  readonly warningLine: string;
  readonly swatchLine: string;
  readonly mapBackground: string;
  readonly fontFamily: string;
}

/**
 * The theme's own colours (styles.css custom properties), so the image's boxes look like the
 * screen's legend in either theme; CSS system colours where a property is missing.
 */
export function readImagePalette(element: HTMLElement = document.documentElement): ImagePalette {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    surface: read('--color-surface', 'Canvas'),
    text: read('--color-text', 'CanvasText'),
    muted: read('--color-text-muted', 'GrayText'),
    border: read('--color-border', 'GrayText'),
    warning: read('--color-warning', 'CanvasText'),
    warningSoft: read('--color-warning-soft', 'Canvas'),
    warningLine: read('--color-warning-line', 'GrayText'),
    swatchLine: read('--color-swatch-line', 'GrayText'),
    mapBackground: read('--color-map-bg', 'Canvas'),
    fontFamily: read('--font-sans', style.fontFamily || 'sans-serif'),
  };
}
