import { ru } from "../core/base/i18n/ru";
import * as ExcelJS from "exceljs";
import type { FormCheck, FormPlan } from "../core/features/forms/plan";
import type { ReceivedForm } from "../core/features/forms/read";
import { formsText } from "../core/base/i18n/forms";
import { cellA1 } from "../core/base/plan/a1";
import { readSheetCells, ROLES_SHEET } from "./readWorkbook";
import { applyPlanToWorkbook } from "./writePlan";

const t = formsText;

interface WithValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/** A check with its own row number taken out: equal for cells below one another that check alike. */
function pattern(check: FormCheck): string {
  const own = new RegExp(`(\\$?[A-Z]{1,3})${check.row + 1}(?![0-9])`, "g");
  const rule = check.rule.kind === "list" ? check.rule.items.join(",") : check.rule.formula.replace(own, "$1#");
  return `${check.col}|${check.rule.kind}|${rule}|${check.message}`;
}

/**
 * Checks of cells below one another that differ only by their row, as one rule over the run: its
 * formula is written for the run's top cell, and the spreadsheet shifts it down row by row.
 */
export function checkRuns(checks: readonly FormCheck[]): { check: FormCheck; rows: number }[] {
  const sorted = [...checks].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: { check: FormCheck; rows: number; key: string }[] = [];
  for (const check of sorted) {
    const key = pattern(check);
    const last = runs[runs.length - 1];
    if (last && last.key === key && last.check.row + last.rows === check.row) last.rows++;
    else runs.push({ check, rows: 1, key });
  }
  return runs.map(({ check, rows }) => ({ check, rows }));
}

/**
 * A form as a workbook: the visible sheet, inputs unlocked with their checks, the sheet protected
 * without a password, and the identity again on a very hidden sheet. Native formulas only.
 */
export async function formWorkbook(plan: FormPlan): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = ru.shell.creator;
  applyPlanToWorkbook(workbook, { sheets: [plan.sheet] });
  const roles = workbook.getWorksheet(ROLES_SHEET);
  if (roles) workbook.removeWorksheet(roles.id);
  const sheet = workbook.getWorksheet(plan.sheet.name)!;
  for (const { row, col } of plan.inputs) {
    const cell = sheet.getCell(row + 1, col + 1);
    // A new style object: cells of one look share theirs (see writePlan), so it is never changed in place.
    cell.style = { ...cell.style, protection: { locked: false } };
  }
  const validations = (sheet as unknown as WithValidations).dataValidations;
  for (const run of checkRuns(plan.checks)) {
    const { check, rows } = run;
    const common = {
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: "stop" as const,
      errorTitle: t.check.title,
      error: check.message,
    };
    const rule: ExcelJS.DataValidation =
      check.rule.kind === "list"
        ? { ...common, type: "list", formulae: [`"${check.rule.items.join(",")}"`] }
        : { ...common, type: "custom", formulae: [check.rule.formula] };
    const top = cellA1(check.row, check.col);
    validations.add(rows > 1 ? `${top}:${cellA1(check.row + rows - 1, check.col)}` : top, rule);
  }
  await sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
  const hidden = workbook.addWorksheet(t.idSheetName, { state: "veryHidden" });
  plan.identitySheet.forEach((line) => hidden.addRow([...line]));
  hidden.getColumn(1).width = 30;
  hidden.getColumn(2).width = 50;
  return workbook;
}

/** The form's .xlsx bytes, for a file or a .zip. */
export async function formBytes(plan: FormPlan): Promise<Uint8Array> {
  const workbook = await formWorkbook(plan);
  // A form is small: light compression saves more time than bytes.
  return new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compressionOptions: { level: 1 } } }));
}

/** A received file read for collection: every sheet, hidden ones too; an unreadable file says why. */
export async function receivedForm(file: string, bytes: ArrayBuffer | Uint8Array): Promise<ReceivedForm> {
  const workbook = new ExcelJS.Workbook();
  try {
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (error) {
    return { file, sheets: [], unreadable: error instanceof Error ? error.message : String(error) };
  }
  return { file, sheets: workbook.worksheets.map((sheet) => ({ name: sheet.name, cells: readSheetCells(sheet) })) };
}

/** Sets the role the add-in records for one sheet (e.g. «Содержание» with the book's id). */
export function setSheetRole(workbook: ExcelJS.Workbook, sheetName: string, role: string): boolean {
  const roles = workbook.getWorksheet(ROLES_SHEET);
  if (!roles) return false;
  let found = false;
  roles.eachRow((row) => {
    if (row.getCell(1).value === sheetName) {
      row.getCell(2).value = role;
      found = true;
    }
  });
  return found;
}
