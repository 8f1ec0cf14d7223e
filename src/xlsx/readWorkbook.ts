import * as ExcelJS from "exceljs";
import type { CellValue, PlannedCell } from "../core/base/plan/types";

/** The hidden sheet that records what each sheet is to the add-in: sheet name in A, role in B, header in row 1. */
import { ROLE_SHEET as ROLES_SHEET } from "../core/base/plan/looks";

export { ROLES_SHEET };

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EPOCH_1904_DAYS = 1462;
const DAY_MS = 86_400_000;

function dateToSerial(date: Date, date1904: boolean): number {
  const serial = (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
  return date1904 ? serial - EPOCH_1904_DAYS : serial;
}

function plain(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value, date1904);
  if (typeof value !== "object") return null;
  if ("richText" in value) return (value as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return plain((value as ExcelJS.CellHyperlinkValue).text, date1904);
  if ("formula" in value || "sharedFormula" in value)
    return plain((value as ExcelJS.CellFormulaValue).result, date1904);
  if ("error" in value) return (value as ExcelJS.CellErrorValue).error;
  return null;
}

/** The sheet's values from A1 to its last used cell, as typed; formulas give their cached result, dates a serial. */
export function readSheetGrid(worksheet: ExcelJS.Worksheet): CellValue[][] {
  const date1904 = Boolean(worksheet.workbook?.properties?.date1904);
  const rows = worksheet.rowCount;
  const cols = worksheet.columnCount;
  const grid: CellValue[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row = worksheet.getRow(r);
    const line: CellValue[] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = row.getCell(c);
      // A formula's value object drops a result of 0 or FALSE; cell.result keeps it.
      const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
      line.push(cell.type === ExcelJS.ValueType.Merge ? null : plain(value, date1904));
    }
    grid.push(line);
  }
  return grid;
}

/** Like readSheetGrid, but a formula cell is given as its formula, so typed values can be told from ours. */
export function readSheetCells(worksheet: ExcelJS.Worksheet): PlannedCell[][] {
  const grid: PlannedCell[][] = readSheetGrid(worksheet);
  worksheet.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (cell.type === ExcelJS.ValueType.Formula) grid[r - 1][c - 1] = { formula: `=${cell.formula}` };
    }),
  );
  return grid;
}

export function readRoles(workbook: ExcelJS.Workbook): Map<string, string> {
  const roles = new Map<string, string>();
  const sheet = workbook.getWorksheet(ROLES_SHEET);
  if (!sheet) return roles;
  readSheetGrid(sheet)
    .slice(1)
    .forEach(([name, role]) => {
      if (name !== null && name !== "" && role !== null && role !== "") roles.set(String(name), String(role));
    });
  return roles;
}

/** One cell's value as readSheetGrid reads it: a formula gives its cached result. */
export function readCellValue(worksheet: ExcelJS.Worksheet, address: string): CellValue {
  const date1904 = Boolean(worksheet.workbook?.properties?.date1904);
  const cell = worksheet.getCell(address);
  if (cell.type === ExcelJS.ValueType.Merge) return plain(cell.master.value, date1904);
  return plain(cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value, date1904);
}
