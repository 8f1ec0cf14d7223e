import * as ExcelJS from "exceljs";
import { ru } from "../../core/base/i18n/ru";
import { planSelfAssessment } from "../../core/operations/selfAssess";
import { existingSheets } from "../../xlsx/buildFile";
import { loadWorkbook } from "../../xlsx/loadFile";
import { applyPlanToWorkbook } from "../../xlsx/writePlan";
import { CommandSpec, parseCommand } from "../args";
import { ExitCode, Output, UsageError } from "../io";
import { writeWorkbook } from "./build";

export const selfAssessmentSpec = {
  name: "self-assessment",
  options: { out: { type: "string" }, in: { type: "string" }, municipality: { type: "string" } },
  positionals: false,
} as const satisfies CommandSpec;

/** msoko self-assessment: the sheet «Самооценка» in a new file, or in an MSOKO workbook (--in). */
export async function selfAssessmentCommand(args: string[], output: Output): Promise<ExitCode> {
  const { values } = parseCommand(selfAssessmentSpec, args);
  const out = values.out?.trim();
  if (!out) throw new UsageError(ru.cliSelfAssessment.noOut);
  const workbook = values.in ? await loadWorkbook(values.in) : new ExcelJS.Workbook();
  const { plan, notices } = planSelfAssessment(existingSheets(workbook), values.municipality);
  applyPlanToWorkbook(workbook, plan);
  const saved = await writeWorkbook(workbook, out);
  output.out(ru.cliSelfAssessment.wrote(plan.sheets.map((sheet) => `«${sheet.name}»`).join(", "), out));
  for (const notice of [...notices, ...saved]) output.out(notice);
  return 0;
}
