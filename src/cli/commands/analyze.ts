import type * as ExcelJS from "exceljs";
import { planStoredAnalysis } from "../../core/operations/analyse";
import { ru } from "../../core/base/i18n/ru";
import { wordReportTexts } from "../../core/base/i18n/wordReport";
import { countOf } from "../../core/base/text/format";
import { parsePeriod } from "../../core/workbook/periods";
import { existingSheets } from "../../xlsx/buildFile";
import { loadWorkbook } from "../../xlsx/loadFile";
import { applyPlanToWorkbook } from "../../xlsx/writePlan";
import { CommandSpec, parseCommand } from "../args";
import { ExitCode, Output, UsageError } from "../io";
import { writeWorkbook } from "./build";

const t = ru.cliAnalyze;

/**
 * Writes the analytical report for a period (by default the latest of the book) into a workbook; returns its
 * sheet, the period and what to tell the user.
 */
export function analyzeWorkbook(
  workbook: ExcelJS.Workbook,
  period?: string,
): { sheet: string; period: string; lines: string[] } {
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
  return {
    sheet: result.plan.sheets[0].name,
    period: result.report.period,
    lines: [...result.notices, summary, t.noCharts],
  };
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
  let asked: string | undefined;
  if (values.period?.trim()) {
    const period = parsePeriod(values.period);
    if (!period.ok) throw new UsageError(period.message);
    asked = period.period.label;
  }

  const workbook = await loadWorkbook(file);
  const { sheet, period, lines } = analyzeWorkbook(workbook, asked);
  const out = values.out?.trim() || file;
  const saved = await writeWorkbook(workbook, out);
  if (!asked) output.out(wordReportTexts.cli.periodChosen(period));
  output.out(t.wrote(sheet, out));
  for (const line of [...lines, ...saved]) output.out(line);
  return 0;
}
