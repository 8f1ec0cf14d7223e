import type { PlannedCell, SheetPlan, WorkbookPlan } from "../base/plan/types";
import type { ExistingSheet } from "../workbook/existing";

/** The cells of a planned sheet as one grid from A1, the way a reader of the finished sheet gets them. */
export function sheetCells(sheet: SheetPlan): PlannedCell[][] {
  const grid: PlannedCell[][] = [];
  for (const block of sheet.blocks) {
    block.cells.forEach((line, r) => {
      const row = (grid[block.row + r] ??= []);
      line.forEach((cell, c) => (row[block.col + c] = cell));
    });
  }
  // Array.from, not map: a row no block touches is a hole, which map would keep (and Math.max read as NaN).
  const width = Math.max(0, ...Array.from(grid, (row) => row?.length ?? 0));
  return Array.from(grid, (row) => Array.from({ length: width }, (_, c) => row?.[c] ?? null));
}

/** A planned workbook as the sheets already in a workbook: what reading it back after applying the plan gives. */
export function plannedSheets(plan: WorkbookPlan): ExistingSheet[] {
  return plan.sheets.map((sheet) => ({ name: sheet.name, role: sheet.role, cells: sheetCells(sheet) }));
}
