import {
  rgb,
  StandardFonts,
  type PDFDocument,
  type PDFFont,
  type PDFImage,
  type PDFPage,
} from 'pdf-lib';

/** A4 in PDF points. */
const PAGE: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const LINE = 1.3;

/** How a run of text is set. */
export interface TextStyle {
  readonly size?: number;
  readonly bold?: boolean;
  /** Left indent in points. */
  readonly indent?: number;
  /** Space after, in points. */
  readonly after?: number;
}

/**
 * Flows text, table rows and images down A4 pages of a pdf-lib document in Helvetica (a
 * standard font: no embedding, and text stays extractable). Helvetica encodes WinAnsi only, so
 * every string goes through {@link PdfLayout.clean}.
 */
export class PdfLayout {
  private page: PDFPage;
  private y: number;
  private readonly charset: ReadonlySet<number>;

  private constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly boldFont: PDFFont,
  ) {
    this.charset = new Set(regular.getCharacterSet());
    this.page = doc.addPage(PAGE);
    this.y = PAGE[1] - MARGIN;
  }

  /** A layout on a new first page of `doc`. */
  static async create(doc: PDFDocument): Promise<PdfLayout> {
    const regular = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    return new PdfLayout(doc, regular, bold);
  }

  /** Width available for content. */
  get width(): number {
    return PAGE[0] - 2 * MARGIN;
  }

  /** `text` with whitespace runs as single spaces and characters Helvetica lacks as `?`. */
  clean(text: string): string {
    return Array.from(text.normalize('NFC').replace(/\s+/g, ' ').trim(), (ch) =>
      this.charset.has(ch.codePointAt(0) ?? 0) ? ch : '?',
    ).join('');
  }

  private font(bold: boolean | undefined): PDFFont {
    return bold ? this.boldFont : this.regular;
  }

  /** Lines of at most `width` points, broken at spaces (or inside a word too long for a line). */
  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
    for (const word of this.clean(text).split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      for (const ch of word) {
        if (!fits(line + ch) && line) {
          lines.push(line);
          line = '';
        }
        line += ch;
      }
    }
    if (line || lines.length === 0) lines.push(line);
    return lines;
  }

  /** Starts a new page when less than `height` points are left. */
  private ensure(height: number): void {
    if (this.y - height >= MARGIN) return;
    this.page = this.doc.addPage(PAGE);
    this.y = PAGE[1] - MARGIN;
  }

  /** A wrapped paragraph. */
  text(text: string, style: TextStyle = {}): void {
    const size = style.size ?? 10;
    const font = this.font(style.bold);
    const indent = style.indent ?? 0;
    for (const line of this.wrap(text, font, size, this.width - indent)) {
      this.ensure(size * LINE);
      this.y -= size * LINE;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y + size * 0.25, size, font });
    }
    this.y -= style.after ?? 2;
  }

  /** One table row: each cell wrapped in its column; a rule under it. */
  row(cells: readonly string[], widths: readonly number[], style: TextStyle = {}): void {
    const size = style.size ?? 9;
    const font = this.font(style.bold);
    const wrapped = cells.map((cell, i) => this.wrap(cell, font, size, (widths[i] ?? 50) - 4));
    const height = Math.max(...wrapped.map((lines) => lines.length)) * size * LINE + 4;
    this.ensure(height);
    let x = MARGIN;
    wrapped.forEach((lines, i) => {
      lines.forEach((line, n) => {
        const y = this.y - (n + 1) * size * LINE + size * 0.25;
        this.page.drawText(line, { x: x + 2, y, size, font });
      });
      x += widths[i] ?? 50;
    });
    this.y -= height;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y + 2 },
      end: { x: MARGIN + this.width, y: this.y + 2 },
      thickness: 0.5,
      color: rgb(0.7, 0.7, 0.7),
    });
  }

  /** An image scaled to the content width and at most `maxHeight` points tall. */
  image(image: PDFImage, maxHeight: number): void {
    const scale = Math.min(this.width / image.width, maxHeight / image.height, 1);
    const width = image.width * scale;
    const height = image.height * scale;
    this.ensure(height + 6);
    this.y -= height;
    this.page.drawImage(image, { x: MARGIN, y: this.y, width, height });
    this.y -= 6;
  }

  /** Vertical space. */
  space(points: number): void {
    this.y -= points;
  }

  /** "Halaman i dari n" at the foot of every page. */
  numberPages(): void {
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      page.drawText(`Halaman ${i + 1} dari ${pages.length}`, {
        x: MARGIN,
        y: MARGIN / 2,
        size: 8,
        font: this.regular,
        color: rgb(0.4, 0.4, 0.4),
      });
    });
  }
}
