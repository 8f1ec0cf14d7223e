import { ru } from "../core/base/i18n/ru";
import * as ExcelJS from "exceljs";
import type { WorkbookPlan } from "../core/base/plan/types";
import { saveWorkbook } from "./package/save";
import { applyPlanToWorkbook } from "./writePlan";

export async function writePlanToFile(plan: WorkbookPlan, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = ru.shell.creator;
  applyPlanToWorkbook(workbook, plan);
  await saveWorkbook(workbook, path);
}
