import type { CellRange } from "../core/base/plan/types";
import { CheckMarks, INPUT_FILL } from "../core/features/validation/marks";

/**
 * Marks the check's cells: input cells get their usual fill back, then each finding's cell is coloured by
 * severity, so marks vanish once a value is fixed and the check runs again. One sync, however many findings.
 */
export async function markCells(context: Excel.RequestContext, { inputs, marks }: CheckMarks): Promise<void> {
  const sheets = context.workbook.worksheets;
  const at = (sheet: string, range: CellRange) =>
    sheets.getItem(sheet).getRangeByIndexes(range.row, range.col, range.rows, range.cols);
  for (const [sheet, ranges] of inputs) {
    for (const range of ranges) at(sheet, range).format.fill.color = INPUT_FILL;
  }
  for (const mark of marks)
    at(mark.sheet, { row: mark.row, col: mark.col, rows: 1, cols: 1 }).format.fill.color = mark.fill;
  await context.sync();
}

/** Takes the user to a finding's cell. */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  await context.sync();
}
