import { ROLES } from "../../workbook/roles";
import type { Framework } from "../../catalog/schema";
import { ru } from "../../base/i18n/ru";
import type { CellValue, PlannedCell } from "../../base/plan/types";
import { medallistRuleText } from "../results/medallists";
import { FIOKO_LIST_ROLE, type FiokoListRow, readFiokoList } from "../../sheets/fiokoListSheet";
import { DEFAULT_RESULT_SETTINGS } from "../../base/model/results";
import { objectivitySigns } from "../results/objectivity";
import { riskFlags, riskRuleText } from "../results/risk";
import { changedSettings, settingsFromWorkbook, significanceOf } from "../../sheets/resultSettingsSheet";
import { stableGoodSchools } from "../results/stable";
import { medallistSigns } from "../results/medallists";
import { readDataset } from "../../sheets/dataset";
import type { ExistingSheet } from "../../workbook/existing";
import type { ResultSources } from "../results/resultSheets";
import { storedBuild } from "../../sheets/storedCatalog";
import { schoolFindings } from "./attention";
import { readBankRows } from "./bankSheet";
import { assessDecisions, DECISIONS_ROLE, readDecisionRows } from "./decisions";
import type { AnalysisReport, Decision, OfficialObjectivityList, Phrase, ProceduresSection } from "./model";
import { DEFAULT_PHRASES } from "./phraseBank";
import { procedureResults } from "./procedureResults";
import { recommend, schoolList } from "./recommend";
import { buildReport } from "./report";

/**
 * The analytical report of a workbook, computed from what the workbook holds: the indicators'
 * data, the phrase bank and the decisions register as edited, the procedure results and their
 * thresholds. Planning the «Анализ» sheet and building the Word справка both start here.
 */

export interface AnalysisRequest {
  readonly framework: Framework;
  /** All periods of the workbook, chronological. */
  readonly periods: readonly string[];
  readonly municipality: string;
  /** The period the report is for. */
  readonly period: string;
}

export interface ComputedReport {
  readonly report: AnalysisReport;
  readonly bank: readonly Phrase[];
  readonly notices: readonly string[];
  readonly bankSheet?: ExistingSheet;
  readonly decisionsSheet?: ExistingSheet;
}

const valuesOnly = (cells: readonly (readonly PlannedCell[])[]): CellValue[][] =>
  cells.map((row) => row.map((cell) => (typeof cell === "object" && cell !== null ? null : cell)));

/** The findings about schools as sentences (the sheet's former procedures block, kept for its readers). */
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
  const flagged = new Set([...risks.map((flag) => flag.school), ...signs.map((sign) => sign.school)]);
  const stable = stableGoodSchools(rows, periods, settings).filter((item) => !flagged.has(item.school));
  const names = (schools: readonly string[]) => schoolList([...new Set(schools)]);
  const recommendations = [
    ...(risks.length > 0 ? [ru.resultsAnalysis.recommendRisk(names(risks.map((flag) => flag.school)))] : []),
    ...(stable.length > 0 ? [ru.resultsAnalysis.recommendStable(names(stable.map((item) => item.school)))] : []),
  ];
  return {
    rules: resultRules(sources),
    risks: risks.map((flag) => flag.sentence),
    signs: signs.map((sign) => sign.sentence),
    stable: stable.map((item) => item.sentence),
    recommendations,
  };
}

function resultRules(sources: ResultSources): string[] {
  const { settings } = sources.thresholds;
  return [
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
}

/** «Список ФИОКО» for the report's periods: the periods it was loaded for, the schools on it and their works. */
export function officialListOf(
  rows: readonly FiokoListRow[],
  periods: readonly string[],
): OfficialObjectivityList | undefined {
  const loaded = periods.filter((period) => rows.some((row) => row.period === period));
  if (loaded.length === 0) return undefined;
  return {
    periods: loaded.map((period) => {
      const works = new Map<string, Set<string>>();
      for (const row of rows.filter((item) => item.period === period && item.listed)) {
        const held = works.get(row.school) ?? new Set<string>();
        for (const work of (row.works ?? "").split(/\s*[,;]\s*/).filter(Boolean)) held.add(work);
        works.set(row.school, held);
      }
      return {
        period,
        schools: [...works].map(([school, marked]) => ({
          school,
          ...(marked.size > 0 && { works: [...marked].join(", ") }),
        })),
      };
    }),
  };
}

export function computeReport(existing: readonly ExistingSheet[], request: AnalysisRequest): ComputedReport {
  if (!request.periods.includes(request.period)) {
    throw new Error(ru.analysisSheet.unknownPeriod(request.period, request.periods.join(", ")));
  }
  const notices: string[] = [];
  const bankSheet = existing.find((sheet) => sheet.role === ROLES.bank);
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
  // The dataset has read the results sheets already.
  const sources: ResultSources = {
    results: dataset.results ?? { rows: [], problems: [] },
    medallists: dataset.medallists ?? { rows: [], problems: [] },
    thresholds: dataset.resultSettings ?? settingsFromWorkbook([]),
  };
  const { settings } = sources.thresholds;
  const significance = significanceOf(settings);
  const built = buildReport({
    dataset,
    municipality: request.municipality,
    period: request.period,
    bank,
    decisions,
    recommend,
    assess: assessDecisions,
    smallSample: settings.smallSample,
    significance,
  });
  notices.push(...sources.thresholds.problems.map((problem) => problem.message));
  const changed = changedSettings(settings);
  if (changed > 0) notices.push(ru.resultSettings.changed(changed));
  const results = procedureResults(sources.results.rows, built.periods, settings, sources.results.references ?? []);
  const hasResults = results.procedures.length > 0;
  const listCells = existing.find((sheet) => sheet.role === FIOKO_LIST_ROLE)?.cells;
  const officialList = listCells ? officialListOf(readFiokoList(listCells).rows, built.periods) : undefined;
  const report: AnalysisReport = {
    ...built,
    procedures: proceduresSection(sources, built.periods),
    ...(hasResults && { results }),
    ...((hasResults || sources.medallists.rows.length > 0) && {
      schools: schoolFindings(sources.results.rows, sources.medallists.rows, results, settings, significance),
      resultRules: resultRules(sources),
    }),
    ...(officialList && { officialList }),
  };
  return { report, bank, notices, bankSheet, decisionsSheet };
}

/** The request for a workbook the add-in laid out: framework, periods and municipality from the workbook; the latest period by default. */
export function storedRequest(
  existing: readonly ExistingSheet[],
  period?: string,
): { request: AnalysisRequest; notices: readonly string[] } {
  const stored = storedBuild(existing);
  const periods = stored.periods.map((p) => p.label);
  const chosen = period?.trim() || periods[periods.length - 1];
  return {
    request: { framework: stored.framework, periods, municipality: stored.settings.municipality, period: chosen },
    notices: stored.notices,
  };
}
