import type * as ExcelJS from "exceljs";
import { planStoredAnalysis } from "../../core/analysis/planAnalysis";
import { ru } from "../../core/i18n/ru";
import { countOf } from "../../core/text/format";
import { parsePeriod } from "../../core/workbook/periods";
import { existingSheets } from "../../xlsx/buildFile";
import { loadWorkbook } from "../../xlsx/readWorkbook";
import { applyPlanToWorkbook } from "../../xlsx/writePlan";
import { CommandSpec, parseCommand } from "../args";
import { ExitCode, Output, UsageError } from "../io";
import { writeWorkbook } from "./build";

const t = ru.cliAnalyze;

/** Writes the analytical report for a period into a workbook; returns its sheet and what to tell the user. */
export function analyzeWorkbook(workbook: ExcelJS.Workbook, period: string): { sheet: string; lines: string[] } {
  const result = planStoredAnalysis(existingSheets(workbook), period);
  applyPlanToWorkbook(workbook, result.plan);
  const systems = result.report.systems;
  const conclusions = systems.reduce((n, s) => n + s.conclusions.length, 0);
  const recommendations = systems.reduce((n, s) => n + s.recommendations.length, 0);
  const summary = t.summary(
    countOf(systems.length, ru.catalogNouns.system),
    countOf(conclusions, t.conclusionsNoun),
    countOf(recommendations, t.recommendationsNoun),
  );
  return { sheet: result.plan.sheets[0].name, lines: [...result.notices, summary, t.noCharts] };
}

export const analyzeSpec = {
  name: "analyze",
  options: { period: { type: "string" }, out: { type: "string" } },
  positionals: true,
} as const satisfies CommandSpec;

/** msoko analyze: «Сформировать аналитическую справку» on an .xlsx file. */
export async function analyzeCommand(args: string[], output: Output): Promise<ExitCode> {
  const { values, positionals } = parseCommand(analyzeSpec, args);
  const [file] = positionals;
  if (!file?.trim()) throw new UsageError(t.noFile);
  if (!values.period?.trim()) throw new UsageError(t.noPeriod);
  const period = parsePeriod(values.period);
  if (!period.ok) throw new UsageError(period.message);

  const workbook = await loadWorkbook(file);
  const { sheet, lines } = analyzeWorkbook(workbook, period.period.label);
  const out = values.out?.trim() || file;
  const saved = await writeWorkbook(workbook, out);
  output.out(t.wrote(sheet, out));
  for (const line of [...lines, ...saved]) output.out(line);
  return 0;
}
