import { ru } from "../base/i18n/ru";
import type { SheetPlan, WorkbookPlan } from "../base/plan/types";
import { formatShortDate } from "../base/text/date";
import { SheetNamer } from "./build";
import { ExistingSheet } from "../workbook/existing";
import { addressedRecommendations } from "../features/analysis/addressed";
import { analysisSheetPlan } from "../features/analysis/analysisSheetPlan";
import { analysisRole } from "../workbook/roles";
import { BANK_ROLE, bankSheetPlan } from "../features/analysis/bankSheet";
import { computeReport, storedRequest, type AnalysisRequest } from "../features/analysis/computeReport";
import { DECISIONS_ROLE, decisionsSheetPlan } from "../features/analysis/decisions";
import type { AnalysisReport, Decision } from "../features/analysis/model";
import { buildReportDocument, type ReportDocumentOptions } from "../features/analysis/reportDocument";
import type { ReportDocument } from "../features/analysis/document";

export type { AnalysisRequest } from "../features/analysis/computeReport";

export interface AnalysisPlan {
  readonly plan: WorkbookPlan;
  readonly report: AnalysisReport;
  /** The справка the sheet shows: the same document the Word file renders. */
  readonly document: ReportDocument;
  readonly notices: readonly string[];
}

/** The register's proposals: one per addressed recommendation, marked «предложено» until the user accepts it. */
export function proposals(report: AnalysisReport): Decision[] {
  return addressedRecommendations(report).map((item) => ({
    text: item.text,
    responsible: item.responsible,
    deadline: formatShortDate(item.deadline),
    indicatorCode: item.indicatorCode,
    period: report.period,
    ...(item.valueThen !== undefined && { valueThen: item.valueThen }),
    status: "proposed",
  }));
}

/**
 * Plans «Сформировать аналитическую справку»: the sheet «Анализ <период>» (updated in place on a
 * rerun) rendered from the справка's document, and — when the workbook has none yet — the editable
 * «Банк формулировок» and the register «Управленческие решения» with the справка's proposals
 * marked «предложено». The same plan serves Excel and .xlsx files.
 */
export function planAnalysis(
  existing: readonly ExistingSheet[],
  request: AnalysisRequest,
  options: ReportDocumentOptions = {},
): AnalysisPlan {
  const computed = computeReport(existing, request);
  const { report, bank } = computed;
  const document = buildReportDocument(report, options);
  const namer = new SheetNamer(existing);
  const sheets: SheetPlan[] = [
    analysisSheetPlan(
      document,
      report,
      namer.name(analysisRole(request.period), ru.analysisSheet.sheetName(request.period)),
    ),
  ];
  if (!computed.bankSheet)
    sheets.push({ ...bankSheetPlan(bank), name: namer.name(BANK_ROLE, ru.analysisSheet.bankSheet) });
  if (!computed.decisionsSheet) {
    const plan = decisionsSheetPlan([], proposals(report));
    sheets.push({ ...plan, name: namer.name(DECISIONS_ROLE, ru.analysisSheet.decisionsSheet) });
  }
  return { plan: { sheets }, report, document, notices: [...computed.notices, ...namer.notices] };
}

/**
 * The same for a workbook the add-in laid out: framework, periods and municipality come from the
 * workbook itself; the period defaults to the latest one of the book.
 */
export function planStoredAnalysis(
  existing: readonly ExistingSheet[],
  period?: string,
  options: ReportDocumentOptions = {},
): AnalysisPlan {
  const stored = storedRequest(existing, period);
  const result = planAnalysis(existing, stored.request, options);
  return { ...result, notices: [...stored.notices, ...result.notices] };
}
