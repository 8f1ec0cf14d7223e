import { ru } from "../core/base/i18n/ru";
import * as ExcelJS from "exceljs";
import { cacheFormulaResults } from "./cachedValues";
import { landingText } from "../core/base/i18n/landing";
import { checkPlan } from "../core/base/plan/checks";
import { ALERT_MESSAGE_LIMIT, ROLE_SHEET_VISIBILITY, TABLE_STYLE } from "../core/base/plan/looks";
import { cellA1 } from "../core/base/plan/a1";
import type {
  Block,
  CellRange,
  CellStyle,
  PlannedCell,
  PlannedConditionalFormat,
  PlannedHyperlink,
  PlannedTable,
  PlannedValidation,
  SheetPlan,
  WorkbookPlan,
} from "../core/base/plan/types";
import { readRoles, ROLES_SHEET } from "./readWorkbook";
import { cellStyle, conditionalStyle, toArgb } from "./styles";

const A4 = 9 as ExcelJS.PaperSize;
const LIST_LIMIT = 255;

/** ExcelJS keeps these outside its typings. */
interface Ordered {
  orderNo: number;
}
interface WithValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

const a1 = cellA1;

function rangeA1(range: CellRange): string {
  const start = a1(range.row, range.col);
  if (range.rows <= 1 && range.cols <= 1) return start;
  return `${start}:${a1(range.row + range.rows - 1, range.col + range.cols - 1)}`;
}

const withoutEquals = (formula: string): string => formula.replace(/^\s*=/, "");

function eachCell(sheet: ExcelJS.Worksheet, range: CellRange, visit: (cell: ExcelJS.Cell) => void): void {
  for (let r = 0; r < range.rows; r++) {
    for (let c = 0; c < range.cols; c++) visit(sheet.getCell(range.row + r + 1, range.col + c + 1));
  }
}

const NO_STYLE = {};
const restyled = new WeakMap<object, Map<string, Partial<ExcelJS.Style>>>();

/**
 * Cells of one look share one style object, as ExcelJS shares them when it reads a file: it then
 * writes each distinct style once, not once per cell. Shared, so never changed in place: a cell
 * gets a new object (`cell.style = {...}`), never `cell.protection = …`.
 */
function restyle(cell: ExcelJS.Cell, style?: CellStyle, numberFormat?: string, wrap?: boolean): void {
  const current = cell.style;
  const base = Object.keys(current).length === 0 ? NO_STYLE : current;
  let looks = restyled.get(base);
  if (!looks) restyled.set(base, (looks = new Map()));
  const key = `${style ?? ""}\u0000${numberFormat ?? "\u0001"}\u0000${wrap ? 1 : 0}`;
  let next = looks.get(key);
  if (!next) {
    next = { ...current, ...(style ? cellStyle(style, wrap) : {}) };
    if (numberFormat !== undefined) next.numFmt = numberFormat;
    looks.set(key, next);
  }
  cell.style = next;
}

function toCellValue(cell: PlannedCell): ExcelJS.CellValue {
  if (cell !== null && typeof cell === "object")
    return { formula: withoutEquals(cell.formula) } as ExcelJS.CellFormulaValue;
  return cell;
}

function writeBlock(sheet: ExcelJS.Worksheet, block: Block): void {
  block.cells.forEach((line, r) =>
    line.forEach((planned, c) => {
      const cell = sheet.getCell(block.row + r + 1, block.col + c + 1);
      if (planned !== null) cell.value = toCellValue(planned);
      if (block.style || block.numberFormat !== undefined) restyle(cell, block.style, block.numberFormat);
    }),
  );
}

/** «'Показатели'!A1» as «#'Показатели'!$A$1»: an absolute address keeps ExcelJS 4.4 off its broken `location` path. */
function linkTarget(target: string): string {
  const bare = target.replace(/^#/, "");
  const bang = bare.lastIndexOf("!");
  if (bang < 0) return `#${bare}`;
  const ref = bare.slice(bang + 1).replace(/^\$?([A-Za-z]+)\$?(\d+)/, "$$$1$$$2");
  return `#${bare.slice(0, bang)}!${ref}`;
}

function writeHyperlink(sheet: ExcelJS.Worksheet, link: PlannedHyperlink): void {
  const cell = sheet.getCell(link.row + 1, link.col + 1);
  cell.value = { text: link.text, hyperlink: linkTarget(link.target) };
  restyle(cell, "link");
}

const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[RrCc]|[Rr]\d*[Cc]\d*|[RrCc]\d+)$/;

/** A valid, unused Excel table name: letters, digits, «_» and «.», not starting with a digit, not like a cell address. */
export function tableName(wanted: string, taken: ReadonlySet<string>): string {
  let name = wanted.trim().replace(/[^\p{L}\p{N}_.\\]/gu, "_");
  if (!/^[\p{L}_\\]/u.test(name) || CELL_LIKE.test(name)) name = `_${name}`;
  name = name.slice(0, 250);
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${name}_${n}`;
  return candidate;
}

function tableNames(workbook: ExcelJS.Workbook): Set<string> {
  const names = new Set<string>();
  workbook.worksheets.forEach((sheet) =>
    (sheet.getTables() as unknown as ExcelJS.Table[]).forEach((table) => names.add(table.name)),
  );
  return names;
}

function columnNames(sheet: ExcelJS.Worksheet, table: PlannedTable): string[] {
  const seen = new Set<string>();
  return Array.from({ length: table.range.cols }, (_, c) => {
    const text = sheet
      .getCell(table.range.row + 1, table.range.col + c + 1)
      .text.replace(/\s+/g, " ")
      .trim();
    const base = text || ru.shell.column(c + 1);
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

function addTable(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, table: PlannedTable): void {
  const { row, col, cols } = table.range;
  const dataRows = Math.max(table.range.rows - 1, 1);
  const rows = Array.from({ length: dataRows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => sheet.getCell(row + r + 2, col + c + 1).value),
  );
  sheet.addTable({
    name: tableName(table.name, tableNames(workbook)),
    ref: a1(row, col),
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: columnNames(sheet, table).map((name) => ({ name, filterButton: true })),
    rows,
  });
}

function listFormula(items: readonly string[]): string {
  if (items.some((item) => item.includes(","))) {
    throw new Error(ru.shell.listComma);
  }
  const formula = `"${items.map((item) => item.replace(/"/g, '""')).join(",")}"`;
  if (formula.length - 2 > LIST_LIMIT) {
    throw new Error(ru.shell.listTooLong(LIST_LIMIT));
  }
  return formula;
}

function validationOf(planned: PlannedValidation): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: planned.allowOtherText ? "warning" : "stop",
    errorTitle: landingText.validationAlertTitle,
    error: planned.errorMessage.slice(0, ALERT_MESSAGE_LIMIT),
  };
  const { rule } = planned;
  switch (rule.kind) {
    case "wholeNumber":
      return rule.max === undefined
        ? { ...common, type: "whole", operator: "greaterThanOrEqual", formulae: [rule.min] }
        : { ...common, type: "whole", operator: "between", formulae: [rule.min, rule.max] };
    case "decimal":
      return { ...common, type: "decimal", operator: "between", formulae: [rule.min, rule.max] };
    case "list":
      return { ...common, type: "list", formulae: [listFormula(rule.items)] };
    case "listFromRange":
      return { ...common, type: "list", formulae: [withoutEquals(rule.source)] };
  }
}

function addConditionalFormat(sheet: ExcelJS.Worksheet, format: PlannedConditionalFormat, priority: number): void {
  sheet.addConditionalFormatting({
    ref: rangeA1(format.range),
    rules: [
      { type: "expression", priority, formulae: [withoutEquals(format.formula)], style: conditionalStyle(format.look) },
    ],
  });
}

/** The widest column the plan touches (exclusive), as the Office.js shell clears it: columns from here on are the user's. */
function footprintColumns(plan: SheetPlan): number {
  const ranges = [...plan.styles, ...plan.tables, ...plan.validations, ...plan.conditionalFormats];
  return Math.max(
    0,
    ...plan.blocks.map((block) => block.col + (block.cells[0]?.length ?? 0)),
    ...ranges.map(({ range }) => range.col + range.cols),
    ...plan.hyperlinks.map((link) => link.col + 1),
  );
}

/** A cell the user keeps beside our columns: value (or formula), look and note. */
interface KeptCell {
  row: number;
  col: number;
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style>;
  note?: ExcelJS.Cell["note"];
}

/** What a rerun keeps of a sheet of ours: the columns right of the plan's footprint, with their widths. */
interface KeptColumns {
  cells: KeptCell[];
  widths: Map<number, number>;
}

function columnsBeyond(sheet: ExcelJS.Worksheet, width: number): KeptColumns {
  const cells: KeptCell[] = [];
  // Empty cells count when they hold a note (a remark beside the table), and so do rows with nothing else.
  sheet.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (c <= width || cell.type === ExcelJS.ValueType.Merge) return;
      if (cell.type === ExcelJS.ValueType.Null && !cell.note) return;
      const value =
        cell.type === ExcelJS.ValueType.Formula
          ? ({ formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue)
          : cell.value;
      cells.push({ row: r, col: c, value, style: { ...cell.style }, note: cell.note });
    }),
  );
  const widths = new Map<number, number>();
  for (let c = width + 1; c <= sheet.columnCount; c++) {
    const w = sheet.getColumn(c).width;
    if (w !== undefined) widths.set(c, w);
  }
  return { cells, widths };
}

function restoreColumns(sheet: ExcelJS.Worksheet, kept: KeptColumns): void {
  for (const { row, col, value, style, note } of kept.cells) {
    const cell = sheet.getCell(row, col);
    cell.value = value;
    cell.style = style;
    if (note) cell.note = note;
  }
  kept.widths.forEach((width, c) => (sheet.getColumn(c).width = width));
}

/** The right edge of the tables an earlier run put on a sheet: our columns then, never the user's. */
function tablesWidth(sheet: ExcelJS.Worksheet): number {
  const tables = sheet.getTables() as unknown as { table?: { ref?: string; tableRef?: string; columns?: unknown[] } }[];
  return Math.max(
    0,
    ...tables.map(({ table }) => {
      const ref = table?.tableRef ?? table?.ref ?? "";
      const end = ref.split(":")[1] ?? ref;
      const letters = end.replace(/[^A-Z]/gi, "").toUpperCase();
      const last = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const start = [...(ref.split(":")[0] ?? "").replace(/[^A-Z]/gi, "").toUpperCase()].reduce(
        (n, ch) => n * 26 + ch.charCodeAt(0) - 64,
        0,
      );
      return Math.max(last, start + (table?.columns?.length ?? 1) - 1);
    }),
  );
}

function freshSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  width: number,
): { sheet: ExcelJS.Worksheet; kept?: KeptColumns } {
  const old = workbook.worksheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  if (!old) return { sheet: workbook.addWorksheet(name) };
  const kept = columnsBeyond(old, Math.max(width, tablesWidth(old)));
  const { orderNo } = old as unknown as Ordered;
  workbook.removeWorksheet(old.id);
  const sheet = workbook.addWorksheet(name);
  (sheet as unknown as Ordered).orderNo = orderNo;
  return { sheet, kept };
}

function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): void {
  const { sheet, kept } = freshSheet(workbook, plan.name, footprintColumns(plan));
  if (kept) restoreColumns(sheet, kept);
  for (const { row, col, rows, cols } of plan.merges ?? []) sheet.mergeCells(row + 1, col + 1, row + rows, col + cols);
  for (const { row, rows, height } of plan.rowHeights ?? []) {
    for (let r = row; r < row + rows; r++) sheet.getRow(r + 1).height = height;
  }
  plan.columnWidths.forEach((width, c) => {
    if (width > 0) sheet.getColumn(c + 1).width = width;
  });
  plan.blocks.forEach((block) => writeBlock(sheet, block));
  plan.hyperlinks.forEach((link) => writeHyperlink(sheet, link));
  plan.styles.forEach(({ range, style, numberFormat, wrap }) =>
    eachCell(sheet, range, (cell) => restyle(cell, style, numberFormat, wrap)),
  );
  plan.tables.forEach((table) => addTable(workbook, sheet, table));
  const validations = (sheet as unknown as WithValidations).dataValidations;
  plan.validations.forEach((planned) => validations.add(rangeA1(planned.range), validationOf(planned)));
  plan.conditionalFormats.forEach((format, i) => addConditionalFormat(sheet, format, i + 1));
  if (plan.hidden) sheet.state = "hidden";
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    const { rows, cols } = plan.freeze;
    sheet.views = [{ state: "frozen", xSplit: cols, ySplit: rows, topLeftCell: a1(rows, cols) }];
  }
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: A4,
    orientation: plan.print.landscape ? "landscape" : "portrait",
    ...(plan.print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    ...(plan.print.area && { printArea: rangeA1(plan.print.area) }),
    ...(plan.print.titleRows && {
      printTitlesRow: `${plan.print.titleRows.row + 1}:${plan.print.titleRows.row + plan.print.titleRows.rows}`,
    }),
  };
  // A break before zero-based row r sits below the row above it, whose one-based number is r.
  (plan.print.rowBreaks ?? []).filter((row) => row > 0).forEach((row) => sheet.getRow(row).addPageBreak());
  if (plan.tabColor) sheet.properties.tabColor = { argb: toArgb(plan.tabColor) };
}

function writeRoles(workbook: ExcelJS.Workbook, plan: WorkbookPlan): void {
  // As the Office.js shell keeps it: the other sheets' rows as they were, then the planned sheets' rows;
  // the store stays where it is and only its rows are written anew.
  const planned = new Set(plan.sheets.map((sheet) => sheet.name.toLowerCase()));
  const kept = [...readRoles(workbook)].filter(
    ([name]) => !planned.has(name.toLowerCase()) && workbook.getWorksheet(name),
  );
  const rows = [[...ru.shell.roleHeader], ...kept, ...plan.sheets.map((sheet) => [sheet.name, sheet.role])];
  const sheet = workbook.getWorksheet(ROLES_SHEET) ?? workbook.addWorksheet(ROLES_SHEET);
  sheet.state = ROLE_SHEET_VISIBILITY;
  const height = Math.max(sheet.rowCount, rows.length);
  for (let r = 0; r < height; r++) {
    const row = sheet.getRow(r + 1);
    [0, 1].forEach((c) => (row.getCell(c + 1).value = rows[r]?.[c] ?? null));
  }
}

export function applyPlanToWorkbook(workbook: ExcelJS.Workbook, plan: WorkbookPlan): void {
  checkPlan(plan);
  plan.sheets.forEach((sheet) => writeSheet(workbook, sheet));
  cacheFormulaResults(workbook, plan);
  writeRoles(workbook, plan);
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
}
