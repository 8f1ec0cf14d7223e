import { ru } from "../core/base/i18n/ru";
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type {
  DocBlock,
  DocCell,
  DocHeading,
  DocParagraph,
  DocSection,
  DocTable,
  ReportDocument,
} from "../core/features/analysis/document";
import { DEFAULT_WORD_LAYOUT, WordLayout } from "../core/base/model/wordLayout";
import { CELL_MARGINS, columnsFit, columnWidths } from "./columnWidths";

/** A4 in twips (1/20 pt). */
const A4 = { width: 11906, height: 16838 };
const cm = (value: number) => Math.round((value * 1440) / 2.54);
/** Half-points, the unit of w:sz. */
const halfPoints = (pt: number) => Math.round(pt * 2);
/** Single line spacing in w:spacing/@w:line with lineRule «auto». */
const SINGLE = 240;
/** The paragraph indent of Russian official documents: 1,25 cm. */
const FIRST_LINE = cm(1.25);
const BULLETS = "bullets";
const HEADER_FILL = "E7E6E6";

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
const ALIGN: Record<NonNullable<DocCell["align"]>, Align> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

/** Everything the renderer needs about the page, derived once from the layout. */
interface Page {
  readonly layout: WordLayout;
  /** Width of the text column, twips. */
  readonly textWidth: number;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function heading(block: DocHeading, pageBreakBefore: boolean): Paragraph {
  const text = block.number ? `${block.number}.\u00a0${block.text}` : block.text;
  return new Paragraph({
    heading: HEADINGS[block.level - 1],
    children: [new TextRun(text)],
    keepNext: true,
    keepLines: true,
    pageBreakBefore,
  });
}

function paragraph(block: DocParagraph, pageBreakBefore: boolean): Paragraph {
  if (block.style === "bullet") {
    return new Paragraph({ text: block.text, numbering: { reference: BULLETS, level: 0 }, pageBreakBefore });
  }
  if (block.style === "note") return new Paragraph({ text: block.text, style: "TableNote", pageBreakBefore });
  return new Paragraph({ text: block.text, pageBreakBefore });
}

function cellParagraph(text: string, page: Page, align: Align, bold: boolean): Paragraph {
  return new Paragraph({
    alignment: align,
    spacing: { before: 0, after: 0, line: SINGLE, lineRule: LineRuleType.AUTO },
    indent: { firstLine: 0 },
    children: [new TextRun({ text, bold, size: halfPoints(page.layout.tableSize) })],
  });
}

function tableRow(cells: readonly DocCell[], widths: readonly number[], page: Page, header: boolean): TableRow {
  let col = 0;
  return new TableRow({
    tableHeader: header,
    cantSplit: true,
    children: cells.map((cell, i) => {
      const span = cell.span ?? 1;
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      const align = cell.align ? ALIGN[cell.align] : header || i > 0 ? AlignmentType.CENTER : AlignmentType.LEFT;
      return new TableCell({
        columnSpan: span > 1 ? span : undefined,
        width: { size: width, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        shading: header ? { type: ShadingType.CLEAR, color: "auto", fill: HEADER_FILL } : undefined,
        children: cell.text.split("\n").map((line) => cellParagraph(line, page, align, header || Boolean(cell.bold))),
      });
    }),
  });
}

function caption(text: string, pageBreakBefore: boolean): Paragraph {
  return new Paragraph({ text, style: "TableCaption", keepNext: true, keepLines: true, pageBreakBefore });
}

function table(block: DocTable, page: Page, pageBreakBefore: boolean): (Paragraph | Table)[] {
  const widths = columnWidths(block, page.textWidth, page.layout.tableSize);
  const out: (Paragraph | Table)[] = [];
  if (block.caption || pageBreakBefore) out.push(caption(block.caption ?? "", pageBreakBefore));
  out.push(
    new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: { left: CELL_MARGINS / 2, right: CELL_MARGINS / 2, top: 20, bottom: 20 },
      rows: [
        ...block.header.map((row) => tableRow(row, widths, page, true)),
        ...block.rows.map((row) => tableRow(row, widths, page, false)),
      ],
    }),
  );
  // Word joins two tables that follow each other; a small empty paragraph keeps them apart.
  out.push(new Paragraph({ style: "TableNote", text: "" }));
  return out;
}

function blockContent(block: DocBlock, page: Page, pageBreakBefore: boolean): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [heading(block, pageBreakBefore)];
    case "paragraph":
      return [paragraph(block, pageBreakBefore)];
    case "table":
      return table(block, page, pageBreakBefore);
    case "chart":
      // A chart shows what the tables beside it already give; pictures may come later (the issue makes them optional).
      return pageBreakBefore ? [new Paragraph({ text: "", pageBreakBefore })] : [];
  }
}

function titleBlock(doc: ReportDocument): Paragraph[] {
  const { title } = doc;
  const centred = (text: string, bold = false, after = 0) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0 },
      spacing: { after },
      children: [new TextRun({ text, bold })],
    });
  const lines = [
    centred(title.authority, true, 240),
    centred(title.title, true),
    // The municipality and the period on lines of their own, unless the title already names them.
    ...[title.municipality, title.period]
      .filter((text) => text.trim() !== "" && !title.title.includes(text))
      .map((text) => centred(text)),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 240, after: title.preparedBy ? 0 : 240 },
      children: [new TextRun(title.date)],
    }),
  ];
  if (title.preparedBy) {
    lines.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 240 }, text: title.preparedBy }));
  }
  return lines;
}

/** The styles of the document: body, headings, table captions and notes, all in the layout's font and sizes. */
function styles(layout: WordLayout) {
  const font = { ascii: layout.font, hAnsi: layout.font, cs: layout.font, eastAsia: layout.font };
  const line = Math.round(SINGLE * layout.lineSpacing);
  const body = halfPoints(layout.bodySize);
  const small = halfPoints(layout.tableSize);
  const headingStyle = (before: number, italics = false) => ({
    run: { font, size: body, bold: true, italics, color: "000000" },
    paragraph: {
      spacing: { before, after: 120, line, lineRule: LineRuleType.AUTO },
      alignment: AlignmentType.LEFT,
      indent: { firstLine: 0 },
      keepNext: true,
      keepLines: true,
    },
  });
  return {
    default: {
      document: {
        run: { font, size: body, language: { value: "ru-RU", eastAsia: "ru-RU", bidirectional: "ru-RU" } },
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          spacing: { before: 0, after: 0, line, lineRule: LineRuleType.AUTO },
          indent: { firstLine: FIRST_LINE },
        },
      },
      heading1: headingStyle(240),
      heading2: headingStyle(180),
      heading3: headingStyle(120, true),
      // Not used by the справка, but a user who inserts a caption in Word should not get 9 pt.
      caption: { run: { font, size: small, bold: true } },
    },
    paragraphStyles: [
      {
        id: "TableCaption",
        name: "Table Caption",
        basedOn: "Normal",
        next: "Normal",
        run: { font, size: small, bold: true },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 120, after: 60, line: SINGLE, lineRule: LineRuleType.AUTO },
          indent: { firstLine: 0 },
          keepNext: true,
        },
      },
      {
        id: "TableNote",
        name: "Table Note",
        basedOn: "Normal",
        next: "Normal",
        run: { font, size: small },
        paragraph: {
          alignment: AlignmentType.LEFT,
          spacing: { before: 0, after: 120, line: SINGLE, lineRule: LineRuleType.AUTO },
          indent: { firstLine: 0 },
        },
      },
    ],
  };
}

function footer(layout: WordLayout): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(layout.tableSize) })],
      }),
    ],
  });
}

/** The document object: exported for tests that look at its structure before packing. */
export function reportDocx(doc: ReportDocument, layout: WordLayout = DEFAULT_WORD_LAYOUT): Document {
  const sideMargins = cm(layout.marginLeft) + cm(layout.marginRight);
  const portrait: Page = { layout, textWidth: A4.width - sideMargins };
  const landscape: Page = { layout, textWidth: A4.height - sideMargins };
  // A section whose tables cannot show their words across the portrait page is set on landscape pages.
  const wide = (section: DocSection) =>
    section.blocks.some((block) => block.kind === "table" && !columnsFit(block, portrait.textWidth, layout.tableSize));
  const groups: { landscape: boolean; body: (Paragraph | Table)[] }[] = [];
  doc.sections.forEach((section, s) => {
    const isWide = wide(section);
    const page = isWide ? landscape : portrait;
    let group = groups.at(-1);
    const opensGroup = !group || group.landscape !== isWide;
    if (!group || opensGroup) {
      group = { landscape: isWide, body: s === 0 ? [...titleBlock(doc)] : [] };
      groups.push(group);
    }
    section.blocks.forEach((block, b) => {
      const breakBefore = b === 0 && s > 0 && !opensGroup && Boolean(section.pageBreakBefore);
      group.body.push(...blockContent(block, page, breakBefore));
    });
  });
  if (groups.length === 0) groups.push({ landscape: false, body: titleBlock(doc) });
  const margin = {
    left: cm(layout.marginLeft),
    right: cm(layout.marginRight),
    top: cm(layout.marginTop),
    bottom: cm(layout.marginBottom),
    footer: cm(Math.min(1.25, layout.marginBottom / 2)),
    header: cm(1.25),
    gutter: 0,
  };
  return new Document({
    creator: ru.shell.creator,
    title: `${doc.title.title}: ${doc.title.municipality}, ${doc.title.period}`,
    styles: styles(layout),
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: "–",
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: FIRST_LINE + cm(0.5), hanging: cm(0.5) } } },
            },
          ],
        },
      ],
    },
    sections: groups.map((group, g) => ({
      properties: {
        titlePage: g === 0,
        page: {
          // docx swaps width and height for landscape pages.
          size: {
            width: A4.width,
            height: A4.height,
            orientation: group.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin,
        },
      },
      // Official documents number pages from the second one on (ГОСТ Р 7.0.97-2016, 5.3).
      footers:
        g === 0
          ? { default: footer(layout), first: new Footer({ children: [new Paragraph("")] }) }
          : { default: footer(layout) },
      children: group.body,
    })),
  });
}

/** The справка as .docx bytes, in Node and in the browser alike. */
export function renderDocx(doc: ReportDocument, layout: WordLayout = DEFAULT_WORD_LAYOUT): Promise<Uint8Array> {
  return Packer.pack(reportDocx(doc, layout), "uint8array");
}
