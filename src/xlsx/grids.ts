import * as ExcelJS from "exceljs";
import type { SourceTable } from "../core/features/library/appendix";

/** The text a cell shows, formulas as their cached result. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("text" in value) return String(value.text);
    if (value instanceof Date) return value.toLocaleDateString("ru-RU");
    return "";
  }
  return String(value);
}

/**
 * Each worksheet as a table of cell texts. A cell merged across columns repeats its text in the
 * columns it spans (as Word tables are read); one merged down leaves the rows below empty.
 */
export function tablesOfWorkbook(workbook: ExcelJS.Workbook): SourceTable[] {
  return workbook.worksheets.map((worksheet) => {
    const rows: string[][] = [];
    for (let r = 1; r <= worksheet.rowCount; r++) {
      const row = worksheet.getRow(r);
      const texts: string[] = [];
      for (let c = 1; c <= worksheet.columnCount; c++) {
        const cell = row.getCell(c);
        const master = cell.isMerged ? cell.master : cell;
        texts.push(master.row === cell.row ? cellText(master) : "");
      }
      rows.push(texts);
    }
    return { rows };
  });
}
