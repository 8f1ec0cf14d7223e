import * as ExcelJS from "exceljs";
import { BuildResult, planWorkbook } from "../core/operations/build";
import { BuildRequest } from "../core/sheets/buildRequest";
import { CellNote, ExistingSheet } from "../core/workbook/existing";
import type { SheetFormula } from "../core/workbook/existing";
import { ROLES_SHEET, readRoles, readSheetCells } from "./readWorkbook";
import { applyPlanToWorkbook } from "./writePlan";

/** The text of every cell note on a sheet, zero-based. */
function readNotes(sheet: ExcelJS.Worksheet): CellNote[] {
  const notes: CellNote[] = [];
  // A note on an empty cell of an otherwise empty row counts too: such rows are passed over by default.
  sheet.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const note = cell.note as string | { texts?: { text?: string }[] } | undefined;
      const text = typeof note === "string" ? note : (note?.texts ?? []).map((part) => part.text ?? "").join("");
      if (text) notes.push({ row: r - 1, col: c - 1, text });
    }),
  );
  return notes;
}

/** Formulas that read another sheet («='Лист'!E7»), zero-based: a rebuild checks they still read what they did. */
function readSheetFormulas(sheet: ExcelJS.Worksheet): SheetFormula[] {
  const formulas: SheetFormula[] = [];
  sheet.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
      if (formula?.includes("!")) formulas.push({ row: r - 1, col: c - 1, formula: `=${formula}` });
    }),
  );
  return formulas;
}

/** The sheets of a workbook as the planner sees them: name, the add-in's role, and cells of the add-in's sheets. */
export function existingSheets(workbook: ExcelJS.Workbook): ExistingSheet[] {
  const roles = readRoles(workbook);
  return workbook.worksheets
    .filter((sheet) => sheet.name !== ROLES_SHEET)
    .map((sheet) => {
      const role = roles.get(sheet.name);
      return role
        ? { name: sheet.name, role, cells: readSheetCells(sheet), notes: readNotes(sheet) }
        : { name: sheet.name, formulas: readSheetFormulas(sheet) };
    });
}

/** Lays the framework out in a workbook (new or existing), keeping every value typed there before. */
export function buildIntoWorkbook(workbook: ExcelJS.Workbook, request: BuildRequest): BuildResult {
  const result = planWorkbook(request, existingSheets(workbook));
  applyPlanToWorkbook(workbook, result.plan);
  return result;
}
