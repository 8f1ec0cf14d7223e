import { isAnalysisRole, periodOfAnalysisRole, schoolSheetRole, systemRole } from "../../workbook/roles";
import { indicatorsOf } from "../../catalog";
import type { CycleStage } from "../../catalog/methodologySchema";
import type { Framework, System } from "../../catalog/schema";
import { DECISIONS_ROLE, readDecisionRows } from "../analysis/decisions";
import type { Decision } from "../analysis/model";
import { ru } from "../../base/i18n/ru";
import { evidenceWords } from "../../base/i18n/selfAssessmentEvidence";
import type { PlannedCell } from "../../base/plan/types";
import type { ExistingSheet } from "../../workbook/existing";
import { scanSheet } from "../../workbook/inputs";
import { parsePeriod } from "../../workbook/periods";
import { settingsOfRole } from "../../workbook/settings";
import { CYCLE_STAGES, FULL_THRESHOLD, Level, levelOf, levelWord, percentOf } from "./scoring";

/** One stage of one system as the workbook shows it. */
export interface CycleCell {
  readonly stage: CycleStage;
  readonly level: Level;
  /** «полный», «частичный», «отсутствует». */
  readonly word: string;
  /** What the level rests on, in Russian («данные введены по 3 из 10 показателей»). */
  readonly evidence: string;
}

export interface CycleRow {
  readonly code: string;
  readonly label: string;
  readonly cells: readonly CycleCell[];
}

type Grid = readonly (readonly PlannedCell[])[];
const valuesOnly = (cells: Grid) =>
  cells.map((row) => row.map((cell) => (typeof cell === "object" && cell !== null ? null : cell)));
const endYearOf = (period: string) => {
  const parsed = parsePeriod(period);
  return parsed.ok ? parsed.period.endYear : undefined;
};

/** The latest period the workbook speaks of: its settings, its analysis sheets, its decisions. */
function latestPeriod(existing: readonly ExistingSheet[], decisions: readonly Decision[]): string | undefined {
  const periods = [
    ...existing.flatMap((sheet) => (sheet.role ? (settingsOfRole(sheet.role)?.periods ?? []) : [])),
    ...existing.flatMap((sheet) =>
      sheet.role && isAnalysisRole(sheet.role) ? [periodOfAnalysisRole(sheet.role)] : [],
    ),
    ...decisions.map((decision) => decision.period),
  ];
  let latest: string | undefined;
  for (const period of periods) {
    const year = endYearOf(period);
    if (year !== undefined && (latest === undefined || year > (endYearOf(latest) as number))) latest = period;
  }
  return latest;
}

function cell(stage: CycleStage, level: Level, evidence: string): CycleCell {
  return { stage, level, word: levelWord(level), evidence };
}

/** Codes on a system's entry sheets, and the codes that carry a typed value (targets aside). */
function entries(system: System, existing: readonly ExistingSheet[]): { codes: Set<string>; filled: Set<string> } {
  const roles = new Set<string>([systemRole(system.code), schoolSheetRole(system.code)]);
  const codes = new Set<string>();
  const filled = new Set<string>();
  for (const sheet of existing.filter((s) => s.role && roles.has(s.role) && s.cells)) {
    const scanned = scanSheet(sheet.cells ?? []);
    for (const row of scanned?.rows ?? []) codes.add(row.code);
    for (const typed of scanned?.cells ?? []) if (typed.key.field !== "target") filled.add(typed.key.code);
  }
  return { codes, filled };
}

/** Whether an analysis sheet covers the system: it has a block titled with the system's label. */
function analysedOn(system: System, existing: readonly ExistingSheet[]): ExistingSheet | undefined {
  const sheets = existing.filter((sheet) => isAnalysisRole(sheet.role));
  const covers = (sheet: ExistingSheet) =>
    !sheet.cells ||
    sheet.cells.some((row) => row.some((c) => typeof c === "string" && c.trim().endsWith(system.label)));
  const covering = sheets.filter(covers);
  covering.sort(
    (a, b) =>
      (endYearOf(periodOfAnalysisRole(b.role ?? "")) ?? 0) - (endYearOf(periodOfAnalysisRole(a.role ?? "")) ?? 0),
  );
  return covering[0];
}

/**
 * The management cycle of each system as the workbook holds it, for frameworks that list goals
 * only (Таймырский район): goals from the framework; indicators chosen for the system; monitoring
 * as the share of its indicators with values typed on its sheets («полный» from the threshold,
 * 75 % by default); analysis when an «Анализ» sheet of the latest period has the system's block and
 * the system has data (an older one is partial); measures when the register «Управленческие решения»
 * has decisions on its indicators the user marked «принято» (the book's suggestions do not count);
 * effectiveness when some of those were taken in a period before the latest one.
 */
export function cycleFromWorkbook(
  framework: Framework,
  existing: readonly ExistingSheet[],
  threshold = FULL_THRESHOLD,
): CycleRow[] {
  const w = ru.selfAssessment.cycle;
  const register = existing.find((sheet) => sheet.role === DECISIONS_ROLE);
  const read = register?.cells ? readDecisionRows(valuesOnly(register.cells)) : undefined;
  const decisions = read?.decisions ?? [];
  // Rows still «предложено» are listed, never counted.
  const registered = [...decisions, ...(read?.proposed ?? [])];
  const latest = latestPeriod(existing, decisions);
  const latestYear = latest === undefined ? undefined : endYearOf(latest);

  return framework.systems.map((system) => {
    const sheets = entries(system, existing);
    const indicatorCodes = new Set([
      ...indicatorsOf({ ...framework, systems: [system] }).map((indicator) => indicator.code),
      ...sheets.codes,
    ]);
    const filled = [...indicatorCodes].filter((code) => sheets.filled.has(code)).length;
    const listed = registered.filter((decision) => indicatorCodes.has(decision.indicatorCode));
    const own = decisions.filter((decision) => indicatorCodes.has(decision.indicatorCode));
    const earlier = own.filter((decision) => {
      const year = endYearOf(decision.period);
      return year !== undefined && latestYear !== undefined && year < latestYear;
    });
    const analysis = analysedOn(system, existing);
    const analysisPeriod = analysis?.role && periodOfAnalysisRole(analysis.role);
    const analysisCell: CycleCell = !analysis
      ? cell("analysis", "absent", w.noAnalysis)
      : filled === 0
        ? cell("analysis", "absent", evidenceWords.analysisNoData(analysis.name))
        : latest !== undefined && analysisPeriod !== latest
          ? cell("analysis", "partial", evidenceWords.analysisOld(analysis.name, latest))
          : cell("analysis", "full", w.analysis(analysis.name));

    const cells: Record<CycleStage, CycleCell> = {
      goals:
        system.goals.length > 0
          ? cell("goals", "full", w.goals(system.goals.length))
          : system.tasks.length > 0
            ? cell("goals", "partial", w.tasksOnly)
            : cell("goals", "absent", w.noGoals),
      indicators:
        indicatorCodes.size > 0
          ? cell("indicators", "full", w.indicators(indicatorCodes.size))
          : cell("indicators", "absent", w.noIndicators),
      monitoring:
        filled > 0
          ? cell(
              "monitoring",
              levelOf(filled, percentOf(filled, indicatorCodes.size), threshold),
              w.monitoring(filled, indicatorCodes.size),
            )
          : cell("monitoring", "absent", w.noMonitoring),
      analysis: analysisCell,
      measures:
        own.length > 0
          ? cell("measures", "full", evidenceWords.measures(own.length))
          : listed.length > 0
            ? cell("measures", "absent", evidenceWords.unconfirmed(listed.length))
            : cell("measures", "absent", w.noMeasures),
      effectiveness:
        earlier.length > 0 && latest
          ? cell("effectiveness", "full", evidenceWords.effectiveness(earlier.length, latest))
          : cell("effectiveness", "absent", w.noEffectiveness),
    };
    return { code: system.code, label: system.label, cells: CYCLE_STAGES.map((stage) => cells[stage]) };
  });
}
