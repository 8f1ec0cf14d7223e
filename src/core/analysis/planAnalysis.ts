import type { Framework } from "../catalog/schema";
import { ru } from "../i18n/ru";
import type { CellValue, PlannedCell, SheetPlan, WorkbookPlan } from "../plan/types";
import { readDataset } from "../validation/dataset";
import { ExistingSheet, SheetNamer } from "../workbook/buildPlan";
import { storedBuild } from "../workbook/stored";
import { analysisRole, analysisSheetPlan } from "./analysisSheetPlan";
import { bankSheetPlan, readBankRows } from "./bankSheet";
import { assessDecisions, decisionsSheetPlan, readDecisionRows } from "./decisions";
import type { AnalysisReport, Decision, Phrase, ProceduresSection } from "./model";
import { objectivitySigns } from "../results/objectivity";
import { riskFlags, riskRuleText } from "../results/risk";
import { DEFAULT_RESULT_SETTINGS } from "../results/model";
import { changedSettings, settingsFromWorkbook } from "../results/settingsSheet";
import type { ResultSources } from "../workbook/resultSheets";
import { stableGoodSchools } from "../results/stable";
import { medallistRuleText, medallistSigns } from "../results/medallists";
import { schoolList } from "./recommend";
import { DEFAULT_PHRASES } from "./phraseBank";
import { recommend } from "./recommend";
import { buildReport } from "./report";

export interface AnalysisRequest {
  readonly framework: Framework;
  /** All periods of the workbook, chronological. */
  readonly periods: readonly string[];
  readonly municipality: string;
  /** The period the report is for. */
  readonly period: string;
}

export interface AnalysisPlan {
  readonly plan: WorkbookPlan;
  readonly report: AnalysisReport;
  readonly notices: readonly string[];
}

const BANK_ROLE = "bank";
const DECISIONS_ROLE = "decisions";
const valuesOnly = (cells: readonly (readonly PlannedCell[])[]): CellValue[][] =>
  cells.map((row) => row.map((cell) => (typeof cell === "object" && cell !== null ? null : cell)));

/** Decisions the report suggests when the register is empty: one per recommendation, due before the next summer. */
function suggestions(report: AnalysisReport): Decision[] {
  const endYear = Number(report.period.slice(-4));
  return report.systems.flatMap((system) =>
    system.recommendations.map((item) => ({
      text: item.text,
      responsible: item.actor,
      deadline: ru.analysisSheet.suggestedDeadline(endYear + 1),
      indicatorCode: item.indicatorCode,
      period: report.period,
      valueThen: system.indicators.find((i) => i.indicator.code === item.indicatorCode)?.values.at(-1)?.value,
    })),
  );
}

/** What the procedure results say about schools, when the workbook has results for the report's periods. */
function proceduresSection(sources: ResultSources, periods: readonly string[]): ProceduresSection | undefined {
  const { settings } = sources.thresholds;
  const rows = sources.results.rows.filter((row) => periods.includes(row.period));
  const medallists = sources.medallists.rows.filter((row) => periods.includes(row.period));
  if (rows.length === 0 && medallists.length === 0) return undefined;
  const risks = riskFlags(rows, periods, settings).filter((flag) => flag.kind === "risk");
  const signs = [
    ...objectivitySigns(rows, settings).filter((sign) => sign.kind !== "smallSample"),
    ...medallistSigns(medallists, settings),
  ];
  const stable = stableGoodSchools(rows, periods, settings);
  const names = (schools: readonly string[]) => schoolList([...new Set(schools)]);
  const recommendations = [
    ...(risks.length > 0 ? [ru.resultsAnalysis.recommendRisk(names(risks.map((flag) => flag.school)))] : []),
    ...(stable.length > 0 ? [ru.resultsAnalysis.recommendStable(names(stable.map((item) => item.school)))] : []),
  ];
  const rules = [
    riskRuleText(settings, false),
    ru.risk.unconfirmedRule(
      settings.unconfirmedAbove,
      settings.unconfirmedAbove === DEFAULT_RESULT_SETTINGS.unconfirmedAbove,
    ),
    ru.risk.vprAboveRule(
      settings.vprAboveMunicipality,
      settings.vprAboveMunicipality === DEFAULT_RESULT_SETTINGS.vprAboveMunicipality,
    ),
    medallistRuleText(settings),
  ];
  return {
    rules,
    risks: risks.map((flag) => flag.sentence),
    signs: signs.map((sign) => sign.sentence),
    stable: stable.map((item) => item.sentence),
    recommendations,
  };
}

/**
 * Plans «Сформировать аналитическую справку»: the sheet «Анализ <период>» (updated in place on a
 * rerun), and — when the workbook has none yet — the editable «Банк формулировок» and the register
 * «Управленческие решения». The same plan serves Excel and .xlsx files.
 */
export function planAnalysis(existing: readonly ExistingSheet[], request: AnalysisRequest): AnalysisPlan {
  if (!request.periods.includes(request.period)) {
    throw new Error(ru.analysisSheet.unknownPeriod(request.period, request.periods.join(", ")));
  }
  const notices: string[] = [];
  const bankSheet = existing.find((sheet) => sheet.role === BANK_ROLE);
  let bank: readonly Phrase[] = DEFAULT_PHRASES;
  if (bankSheet?.cells) {
    const read = readBankRows(valuesOnly(bankSheet.cells));
    notices.push(...read.problems.map((problem) => problem.message));
    bank = read.phrases;
  }
  const decisionsSheet = existing.find((sheet) => sheet.role === DECISIONS_ROLE);
  let decisions: readonly Decision[] = [];
  if (decisionsSheet?.cells) {
    const read = readDecisionRows(valuesOnly(decisionsSheet.cells));
    notices.push(...read.problems.map((problem) => problem.message));
    decisions = read.decisions;
  }

  const dataset = readDataset(request.framework, request.periods, existing);
  const built = buildReport({
    dataset,
    municipality: request.municipality,
    period: request.period,
    bank,
    decisions,
    recommend,
    assess: assessDecisions,
  });
  // The dataset has read the results sheets already.
  const sources: ResultSources = {
    results: dataset.results ?? { rows: [], problems: [] },
    medallists: dataset.medallists ?? { rows: [], problems: [] },
    thresholds: dataset.resultSettings ?? settingsFromWorkbook([]),
  };
  notices.push(...sources.thresholds.problems.map((problem) => problem.message));
  const changed = changedSettings(sources.thresholds.settings);
  if (changed > 0) notices.push(ru.resultSettings.changed(changed));
  const report = { ...built, procedures: proceduresSection(sources, built.periods) };

  const namer = new SheetNamer(existing);
  const sheets: SheetPlan[] = [
    analysisSheetPlan(report, namer.name(analysisRole(request.period), ru.analysisSheet.sheetName(request.period))),
  ];
  if (!bankSheet) sheets.push({ ...bankSheetPlan(bank), name: namer.name(BANK_ROLE, ru.analysisSheet.bankSheet) });
  if (!decisionsSheet) {
    const plan = decisionsSheetPlan([], suggestions(report));
    sheets.push({ ...plan, name: namer.name(DECISIONS_ROLE, ru.analysisSheet.decisionsSheet) });
  }
  return { plan: { sheets }, report, notices: [...notices, ...namer.notices] };
}

/** The same for a workbook the add-in laid out: framework, periods and municipality come from the workbook itself. */
export function planStoredAnalysis(existing: readonly ExistingSheet[], period: string): AnalysisPlan {
  const stored = storedBuild(existing);
  const result = planAnalysis(existing, {
    framework: stored.framework,
    periods: stored.periods.map((p) => p.label),
    municipality: stored.settings.municipality,
    period,
  });
  return { ...result, notices: [...stored.notices, ...result.notices] };
}
