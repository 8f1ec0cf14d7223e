import { analysisRole } from "../../workbook/roles";
import { ru } from "../../base/i18n/ru";
import { reportTexts } from "../../base/i18n/report";
import { SheetGrid } from "../../base/plan/sheetGrid";
import type { CellStyle, SheetPlan } from "../../base/plan/types";
import type { DocBlock, DocCell, DocChart, DocSection, DocTable, ReportDocument } from "./document";
import type { AnalysisReport } from "./model";

/**
 * «Анализ <период>»: the справка's document laid out on a sheet that prints — landscape A4 at full
 * size (text no smaller than 9 pt), a print area over the report only, a page break before each
 * section that starts a page, the heading line repeated on every page. Tables keep their columns by
 * merging cells of a fixed grid; the data behind each chart stands labelled next to it. Every cell
 * is a value: the text is made by the core, never a formula.
 */

/** The sheet's grid: a narrow column for numbers of list items, a wide one for text, nine for figures. */
const GRID = [6, 34, ...Array<number>(9).fill(10)];
const SPAN = GRID.length;
/** Rows an Excel chart covers beside its data. */
const CHART_ROWS = 14;
const CHART_DATA_COLS = 5;

/** Boundaries of the grid columns, in characters from the left edge. */
const EDGES = GRID.reduce<number[]>((edges, width) => [...edges, edges[edges.length - 1] + width], [0]);

/**
 * Maps a table's relative column widths onto the grid: each table column gets one or more grid
 * columns, snapped to the nearest boundary, every column at least one.
 */
export function columnsOf(widths: readonly number[]): { col: number; cols: number }[] {
  const total = widths.reduce((sum, width) => sum + width, 0) || 1;
  const out: { col: number; cols: number }[] = [];
  let start = 0;
  let acc = 0;
  widths.forEach((width, i) => {
    acc += width;
    const left = widths.length - i - 1;
    const target = (acc / total) * EDGES[SPAN];
    let end = start + 1;
    let best = Infinity;
    for (let edge = start + 1; edge <= SPAN - left; edge++) {
      const distance = Math.abs(EDGES[edge] - target);
      if (distance < best) [best, end] = [distance, edge];
    }
    if (left === 0) end = SPAN;
    out.push({ col: start, cols: end - start });
    start = end;
  });
  return out;
}

/** Characters per grid character and line height in points, by style (11 pt text, 14 pt titles, 9 pt notes). */
const FONT: Readonly<Record<string, { perChar: number; line: number }>> = {
  title: { perChar: 0.8, line: 19 },
  // Bold headers run wider than body text: «Изменение» takes a second line in a ten-character column.
  header: { perChar: 0.85, line: 15 },
  note: { perChar: 1.05, line: 12.5 },
  other: { perChar: 1.0, line: 15 },
};

class Layout {
  readonly grid = new SheetGrid();
  row = 0;
  readonly breaks: number[] = [];
  /** Lines each written row needs, and their height: no spreadsheet grows a row by itself. */
  private readonly heights = new Map<number, number>();

  private fit(text: string, width: number, style: CellStyle): void {
    const font = FONT[style] ?? FONT.other;
    const perLine = Math.max(1, Math.floor(width * font.perChar));
    const lines = text.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    const height = Math.min(409, lines * font.line + 3);
    this.heights.set(this.row, Math.max(this.heights.get(this.row) ?? 0, height));
  }

  rowHeights(): { row: number; rows: number; height: number }[] {
    return [...this.heights.entries()].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, rows: 1, height }));
  }

  line(text: string, style: CellStyle, wrap = true): void {
    this.grid.set(this.row, 0, text, { style, wrap });
    this.grid.merges.push({ row: this.row, col: 0, rows: 1, cols: SPAN });
    this.fit(text, EDGES[SPAN], style);
    this.row++;
  }

  cells(cells: readonly DocCell[], widths: readonly number[], style: CellStyle): void {
    const spans: number[] = [];
    cells.forEach((c) => spans.push(c.span ?? 1));
    const columns = columnsOf(widths);
    let index = 0;
    cells.forEach((c, i) => {
      const first = columns[index];
      const lastCol = columns[Math.min(index + spans[i] - 1, columns.length - 1)];
      const cols = lastCol.col + lastCol.cols - first.col;
      const value = c.value !== undefined && style !== "header" && PLAIN_NUMBER.test(c.text) ? c.value : c.text;
      const numberFormat = typeof value === "number" ? numberFormatOf(c.text) : undefined;
      this.grid.set(this.row, first.col, value, { style, wrap: true, ...(numberFormat && { numberFormat }) });
      this.fit(c.text, EDGES[first.col + cols] - EDGES[first.col], style);
      for (let col = first.col + 1; col < first.col + cols; col++)
        this.grid.set(this.row, col, null, { style, wrap: true });
      if (cols > 1) this.grid.merges.push({ row: this.row, col: first.col, rows: 1, cols });
      index += spans[i];
    });
    this.row++;
  }
}

/** A cell whose text is a bare number is written as that number; «−5,6 п.п.» stays text. */
const PLAIN_NUMBER = /^[+\u2212-]?\d[\d\u00a0 ]*(,\d+)?$/;

/** The number format that shows a value as its text does: «74,2», «−5,6», «3 800», «+4,25». */
function numberFormatOf(text: string): string {
  const decimals = /,(\d+)/.exec(text)?.[1]?.length ?? 0;
  const body = decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  return /^\+/.test(text) ? `+${body};"\u2212"${body};${body}` : `${body};"\u2212"${body}`;
}

const widthsOf = (table: DocTable) => {
  const count = Math.max(...[...table.header, ...table.rows].map((row) => row.reduce((n, c) => n + (c.span ?? 1), 0)));
  return table.widths && table.widths.length === count ? table.widths : Array<number>(count).fill(1);
};

function table(layout: Layout, item: DocTable): void {
  if (item.caption) layout.line(item.caption, "subtitle");
  const widths = widthsOf(item);
  item.header.forEach((row) => layout.cells(row, widths, "header"));
  item.rows.forEach((row) => layout.cells(row, widths, "computed"));
  layout.row++;
}

/** The chart's data as a labelled table (series by rows, periods across), with the chart beside it. */
function chart(layout: Layout, item: DocChart): void {
  layout.line(item.title, "subtitle");
  const top = layout.row;
  const widths = [GRID[0] + GRID[1], ...item.categories.map(() => GRID[2])];
  const used = Math.min(CHART_DATA_COLS, 1 + item.categories.length);
  const header: DocCell[] = [
    { text: reportTexts.sheet.chartData(item.unit) },
    ...item.categories.map((text) => ({ text })),
  ];
  const grid = [...widths.slice(0, used), EDGES[SPAN] - widths.slice(0, used).reduce((a, b) => a + b, 0)];
  layout.cells([...header.slice(0, used), { text: "" }], grid, "header");
  for (const series of item.series) {
    const values = series.values
      .slice(0, used - 1)
      .map((value): DocCell => (value === null ? { text: "—" } : { text: value.toFixed(1).replace(".", ","), value }));
    layout.cells([{ text: series.name }, ...values, { text: "" }], grid, "computed");
  }
  const dataCols = columnsOf(grid);
  const dataRange = {
    row: top,
    col: 1,
    rows: 1 + item.series.length,
    cols: dataCols[used - 1].col + dataCols[used - 1].cols - 1,
  };
  const chartCol = dataCols[used].col;
  layout.grid.charts.push({
    type: "line",
    title: item.title,
    data: dataRange,
    seriesBy: "rows",
    anchor: { row: top, col: chartCol, rows: CHART_ROWS, cols: SPAN - chartCol },
  });
  layout.row = Math.max(layout.row, top + CHART_ROWS) + 1;
}

function block(layout: Layout, item: DocBlock): void {
  switch (item.kind) {
    case "heading": {
      const text = item.number ? `${item.number}. ${item.text}` : item.text;
      if (item.level === 1) layout.row++;
      layout.line(text, item.level === 1 ? "title" : "header", true);
      return;
    }
    case "paragraph":
      layout.line(item.style === "bullet" ? `— ${item.text}` : item.text, item.style === "note" ? "note" : "label");
      return;
    case "table":
      table(layout, item);
      return;
    case "chart":
      chart(layout, item);
      return;
  }
}

/** Whether a section opens with a heading of the first level («3. Результаты по системам МСОКО»). */
export const opensChapter = (section: DocSection) => {
  const first = section.blocks[0];
  return first?.kind === "heading" && first.level === 1;
};

/** Renders the справка's document as the sheet «Анализ <период>». */
export function analysisSheetPlan(
  document: ReportDocument,
  report: AnalysisReport,
  sheetName = ru.analysisSheet.sheetName(report.period),
): SheetPlan {
  const layout = new Layout();
  const { title } = document;
  layout.line(reportTexts.sheet.runningHead(title.municipality, title.period), "note", false);
  layout.row++;
  layout.line(title.authority, "subtitle");
  layout.line(title.title, "title");
  layout.line(`${title.municipality}, ${title.period}`, "label");
  layout.line(title.date, "label");
  if (title.preparedBy) layout.line(reportTexts.title.preparedBy(title.preparedBy), "label");
  document.sections.forEach((section, index) => {
    // On the sheet every numbered section starts a page, as issue 17 asks of the printout; Word flows on.
    if (index > 0 && (section.pageBreakBefore || opensChapter(section))) layout.breaks.push(layout.row);
    section.blocks.forEach((item) => block(layout, item));
  });
  const rows = layout.grid.rowCount;
  const plan = layout.grid.toSheet(sheetName, analysisRole(report.period), { columnWidths: GRID });
  return {
    ...plan,
    rowHeights: layout.rowHeights(),
    print: {
      landscape: true,
      fitToWidth: true,
      area: { row: 0, col: 0, rows, cols: SPAN },
      titleRows: { row: 0, rows: 1 },
      rowBreaks: layout.breaks,
    },
  };
}
