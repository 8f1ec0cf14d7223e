import * as ExcelJS from "exceljs";
import { BuildResult, planWorkbook } from "../core/operations/build";
import { BuildRequest } from "../core/sheets/buildRequest";
import { CellNote, ExistingSheet } from "../core/workbook/existing";
import { ROLES_SHEET, readRoles, readSheetCells } from "./readWorkbook";
import { applyPlanToWorkbook } from "./writePlan";

/** The text of every cell note on a sheet, zero-based. */
function readNotes(sheet: ExcelJS.Worksheet): CellNote[] {
  const notes: CellNote[] = [];
  sheet.eachRow((row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const note = cell.note as string | { texts?: { text?: string }[] } | undefined;
      const text = typeof note === "string" ? note : (note?.texts ?? []).map((part) => part.text ?? "").join("");
      if (text) notes.push({ row: r - 1, col: c - 1, text });
    }),
  );
  return notes;
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
        : { name: sheet.name };
    });
}

/** Lays the framework out in a workbook (new or existing), keeping every value typed there before. */
export function buildIntoWorkbook(workbook: ExcelJS.Workbook, request: BuildRequest): BuildResult {
  const result = planWorkbook(request, existingSheets(workbook));
  applyPlanToWorkbook(workbook, result.plan);
  return result;
}
