import type { CellValue, PlannedCell } from "../core/base/plan/types";
import type { ExistingSheet } from "../core/workbook/existing";
import type { Supports } from "./chunkedWriter";
import { readRoles, ROLE_SHEET } from "./readSheet";

/** Cells of a used range as the planner reads them: formulas as { formula }, the rest as values, from A1. */
function toCells(formulas: unknown[][], rowIndex: number, columnIndex: number): PlannedCell[][] {
  const cells: PlannedCell[][] = Array.from({ length: rowIndex }, () => []);
  for (const row of formulas) {
    const line: PlannedCell[] = Array(columnIndex).fill(null);
    for (const cell of row) {
      if (typeof cell === "string" && cell.startsWith("=")) line.push({ formula: cell });
      else line.push(cell === "" ? null : (cell as CellValue));
    }
    cells.push(line);
  }
  return cells;
}

/** Reads every sheet's name and role, and the cells of the add-in's sheets: three syncs however big the book. */
export async function readExisting(context: Excel.RequestContext, supports: Supports): Promise<ExistingSheet[]> {
  const roles = await readRoles(context, supports);
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const used = sheets.items
    .filter((sheet) => sheet.name !== ROLE_SHEET)
    .map((sheet) => {
      const role = roles.get(sheet.name);
      const range = role ? sheet.getUsedRangeOrNullObject(true).load("formulas, rowIndex, columnIndex") : undefined;
      return { name: sheet.name, role, range };
    });
  await context.sync();
  return used.map(({ name, role, range }) =>
    role && range && !range.isNullObject
      ? { name, role, cells: toCells(range.formulas, range.rowIndex, range.columnIndex) }
      : role
        ? { name, role, cells: [] }
        : { name },
  );
}
