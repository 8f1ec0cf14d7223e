import type { CellValue, PlannedCell } from "../core/plan/types";
import type { CellNote, ExistingSheet } from "../core/workbook/buildPlan";
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

/**
 * Reads every sheet's name and role, and the cells of the add-in's sheets: three syncs however big the book, and
 * one more for where the notes stand when the add-in's sheets have notes (ExcelApi 1.18; older Excel reads none).
 */
export async function readExisting(context: Excel.RequestContext, supports: Supports): Promise<ExistingSheet[]> {
  const roles = await readRoles(context, supports);
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const notesApi = supports("ExcelApi", "1.18");
  const used = sheets.items
    .filter((sheet) => sheet.name !== ROLE_SHEET)
    .map((sheet) => {
      const role = roles.get(sheet.name);
      const range = role ? sheet.getUsedRangeOrNullObject(true).load("formulas, rowIndex, columnIndex") : undefined;
      const notes = role && notesApi ? sheet.notes.load("items/content") : undefined;
      return { name: sheet.name, role, range, notes };
    });
  await context.sync();
  const located = used.map(({ notes }) =>
    (notes?.items ?? []).map((note) => ({ text: note.content, at: note.getLocation().load("rowIndex, columnIndex") })),
  );
  if (located.some((notes) => notes.length > 0)) await context.sync();
  return used.map(({ name, role, range }, index) => {
    if (!role) return { name };
    const notes: CellNote[] = located[index].map(({ text, at }) => ({ row: at.rowIndex, col: at.columnIndex, text }));
    const cells = range && !range.isNullObject ? toCells(range.formulas, range.rowIndex, range.columnIndex) : [];
    return notes.length > 0 ? { name, role, cells, notes } : { name, role, cells };
  });
}
