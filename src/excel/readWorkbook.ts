import type { CellValue, PlannedCell } from "../core/base/plan/types";
import type { CellNote, ExistingSheet } from "../core/workbook/existing";
import type { SheetFormula } from "../core/workbook/existing";
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
 * Formulas on the user's sheets that read another sheet (ExcelApi 1.9: only formula cells travel), for a rebuild to
 * name those whose cells moved. Best effort in a sync of its own: a book too big to answer still gets its sheets.
 */
async function userFormulas(
  context: Excel.RequestContext,
  names: readonly string[],
  supports: Supports,
): Promise<Map<string, SheetFormula[]>> {
  const found = new Map<string, SheetFormula[]>();
  if (names.length === 0 || !supports("ExcelApi", "1.9")) return found;
  const sheets = context.workbook.worksheets;
  const areas = names.map((name) => ({
    name,
    special: sheets.getItem(name).getUsedRangeOrNullObject(true).getSpecialCellsOrNullObject("Formulas"),
  }));
  for (const { special } of areas) special.areas.load("items/formulas, items/rowIndex, items/columnIndex");
  try {
    await context.sync();
  } catch {
    return found;
  }
  for (const { name, special } of areas) {
    if (special.isNullObject) continue;
    const cells: SheetFormula[] = [];
    for (const area of special.areas.items)
      area.formulas.forEach((line, r) =>
        line.forEach((formula, c) => {
          if (typeof formula === "string" && formula.startsWith("=") && formula.includes("!"))
            cells.push({ row: area.rowIndex + r, col: area.columnIndex + c, formula });
        }),
      );
    if (cells.length > 0) found.set(name, cells);
  }
  return found;
}

/**
 * Reads every sheet's name and role, and the cells of the add-in's sheets: three syncs however big the book, and
 * one more for where the notes stand when the add-in's sheets have notes (ExcelApi 1.18; older Excel reads none).
 */
export async function readExisting(
  context: Excel.RequestContext,
  supports: Supports,
  /** Also the user's formulas that read other sheets, as «Создать листы» needs them; one more sync. */
  options: { readonly userFormulas?: boolean } = {},
): Promise<ExistingSheet[]> {
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
  const formulas = options.userFormulas
    ? await userFormulas(
        context,
        used.flatMap(({ name, role }) => (role ? [] : [name])),
        supports,
      )
    : new Map<string, SheetFormula[]>();
  return used.map(({ name, role, range }, index) => {
    if (!role) return formulas.has(name) ? { name, formulas: formulas.get(name) } : { name };
    const notes: CellNote[] = located[index].map(({ text, at }) => ({ row: at.rowIndex, col: at.columnIndex, text }));
    const cells = range && !range.isNullObject ? toCells(range.formulas, range.rowIndex, range.columnIndex) : [];
    return notes.length > 0 ? { name, role, cells, notes } : { name, role, cells };
  });
}
