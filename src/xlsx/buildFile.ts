import * as ExcelJS from "exceljs";
import { BuildRequest, BuildResult, ExistingSheet, planWorkbook } from "../core/workbook/buildPlan";
import { ROLES_SHEET, readRoles, readSheetCells } from "./readWorkbook";
import { applyPlanToWorkbook } from "./writePlan";

/** The sheets of a workbook as the planner sees them: name, the add-in's role, and cells of the add-in's sheets. */
export function existingSheets(workbook: ExcelJS.Workbook): ExistingSheet[] {
  const roles = readRoles(workbook);
  return workbook.worksheets
    .filter((sheet) => sheet.name !== ROLES_SHEET)
    .map((sheet) => {
      const role = roles.get(sheet.name);
      return role ? { name: sheet.name, role, cells: readSheetCells(sheet) } : { name: sheet.name };
    });
}

/** Lays the framework out in a workbook (new or existing), keeping every value typed there before. */
export function buildIntoWorkbook(workbook: ExcelJS.Workbook, request: BuildRequest): BuildResult {
  const result = planWorkbook(request, existingSheets(workbook));
  applyPlanToWorkbook(workbook, result.plan);
  return result;
}
