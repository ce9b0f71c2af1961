import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import fontkit from "@pdf-lib/fontkit";
import { type PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from "pdf-lib";

/**
 * Flowing text down A4 pages with pdf-lib, which only draws text at coordinates: word wrap, page breaks
 * that keep a heading with what follows it, and "page X / N" footers once the page count is known. Text is
 * set in DejaVu Sans because pdf-lib's standard fonts cannot encode characters outside WinAnsi (œ, ’, …).
 */

const pageSize: [number, number] = [595.28, 841.89];
const margin = 56;
const footerSpace = 28;
const textWidth = pageSize[0] - 2 * margin;
const grey = rgb(0.35, 0.35, 0.35);

const require = createRequire(import.meta.url);
let fontFiles: Promise<[Buffer, Buffer]> | undefined;
const loadFontFiles = () =>
  (fontFiles ??= Promise.all([
    readFile(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")),
    readFile(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")),
  ]));

export interface TextStyle {
  size?: number;
  bold?: boolean;
  /** Left indent in points. */
  indent?: number;
  /** Space above, in points. */
  spaceBefore?: number;
  /** Lines of body text that must fit on the page below this text (keeps a heading with its content). */
  keepWithNext?: number;
  /** Drawn in the hanging indent before the first line (e.g. "•"). */
  marker?: string;
  muted?: boolean;
}

/** A cursor writing paragraphs down the pages of a document. */
export class TextFlow {
  private page: PDFPage;
  private y = 0;

  private constructor(
    private readonly document: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = this.addPage();
  }

  /** Embeds the fonts (subset: only the glyphs used) and opens the first page. */
  static async create(document: PDFDocument): Promise<TextFlow> {
    document.registerFontkit(fontkit);
    const [regular, bold] = await loadFontFiles();
    return new TextFlow(
      document,
      await document.embedFont(regular, { subset: true }),
      await document.embedFont(bold, { subset: true }),
    );
  }

  /**
   * The same flow set in Helvetica, one of the PDF standard fonts: nothing embedded, so the document is
   * written in a few milliseconds and weighs a few kilobytes, but its text must keep to the WinAnsi
   * characters (French accents, œ, ’, « » and – are in it; → or ≥ are not, and writing them throws).
   */
  static async createWithStandardFonts(document: PDFDocument): Promise<TextFlow> {
    return new TextFlow(
      document,
      await document.embedFont(StandardFonts.Helvetica),
      await document.embedFont(StandardFonts.HelveticaBold),
    );
  }

  /** Writes a paragraph (line breaks kept), wrapped to the page width, breaking pages as needed. */
  write(text: string, style: TextStyle = {}): void {
    const size = style.size ?? 10;
    const font = style.bold ? this.bold : this.regular;
    const indent = style.indent ?? 0;
    const markerWidth = style.marker ? 12 : 0;
    const lineHeight = size * 1.35;
    const lines = wrapText(clean(text), font, size, textWidth - indent - markerWidth);
    this.y -= style.spaceBefore ?? 0;
    this.ensureRoom(lineHeight + (style.keepWithNext ?? 0) * 13.5);
    lines.forEach((line, index) => {
      this.ensureRoom(lineHeight);
      this.y -= lineHeight;
      const color = style.muted ? grey : undefined;
      if (index === 0 && style.marker) {
        this.page.drawText(style.marker, { x: margin + indent, y: this.y, size, font, color });
      }
      this.page.drawText(line, { x: margin + indent + markerWidth, y: this.y, size, font, color });
    });
  }

  /**
   * Reserves `height` points below the text written so far (on a new page if it does not fit) and lets
   * `draw` paint there, e.g. a QR code; `top` is the box's upper edge, `x` and `width` the text column's.
   */
  drawBox(
    height: number,
    draw: (page: PDFPage, box: { x: number; top: number; width: number }) => void,
  ): void {
    this.ensureRoom(height);
    draw(this.page, { x: margin, top: this.y, width: textWidth });
    this.y -= height;
  }

  /** Writes `label` and "page X / N" at the foot of every page; call once, after the last text. */
  addFooters(label: string): void {
    const pages = this.document.getPages();
    pages.forEach((page, index) => {
      const number = `page ${index + 1} / ${pages.length}`;
      const size = 8;
      const numberWidth = this.regular.widthOfTextAtSize(number, size);
      const y = margin / 2;
      page.drawText(clean(label), { x: margin, y, size, font: this.regular, color: grey });
      page.drawText(number, {
        x: pageSize[0] - margin - numberWidth,
        y,
        size,
        font: this.regular,
        color: grey,
      });
    });
  }

  private ensureRoom(height: number): void {
    if (this.y - height < margin + footerSpace) this.page = this.addPage();
  }

  private addPage(): PDFPage {
    this.y = pageSize[1] - margin;
    return this.document.addPage(pageSize);
  }
}

/** Tabs and control characters have no glyph; a line break is handled by `wrapText`. */
const clean = (text: string) => text.replace(/\t/g, " ").replace(/(?!\n)\p{Cc}/gu, "");

const measuredWidths = new WeakMap<PDFFont, Map<string, number>>();

/**
 * Greedy word wrap; a word longer than the line is cut where it overflows. Widths are summed word by word
 * and remembered: each measure is a fontkit layout, and measuring whole lines made long referentials take
 * seconds.
 */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const widths = measuredWidths.get(font) ?? new Map<string, number>();
  measuredWidths.set(font, widths);
  const measure = (piece: string) => {
    const key = `${size} ${piece}`;
    const known = widths.get(key);
    if (known !== undefined) return known;
    const measured = font.widthOfTextAtSize(piece, size);
    widths.set(key, measured);
    return measured;
  };
  const spaceWidth = measure(" ");
  return text.split(/\r?\n/).flatMap((paragraph) => {
    const lines: string[] = [];
    let line = "";
    let lineWidth = 0;
    for (let word of paragraph.split(/ +/).filter(Boolean)) {
      let wordWidth = measure(word);
      if (line && lineWidth + spaceWidth + wordWidth <= width) {
        line = `${line} ${word}`;
        lineWidth += spaceWidth + wordWidth;
        continue;
      }
      if (line) lines.push(line);
      while (wordWidth > width) {
        const cut = longestFittingPrefix(word, (prefix) => font.widthOfTextAtSize(prefix, size) <= width);
        lines.push(word.slice(0, cut));
        word = word.slice(cut);
        wordWidth = measure(word);
      }
      line = word;
      lineWidth = wordWidth;
    }
    lines.push(line);
    return lines;
  });
}

/** The length of the longest prefix (at least one character) that fits, by bisection. */
function longestFittingPrefix(word: string, fits: (prefix: string) => boolean): number {
  let low = 1;
  let high = word.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(word.slice(0, middle))) low = middle;
    else high = middle - 1;
  }
  return low;
}
