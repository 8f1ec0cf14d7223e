import { ROLES } from "../../workbook/roles";
import { inSentence } from "../../base/text/grammar";
import type { Indicator } from "../../catalog/schema";
import { ru } from "../../base/i18n/ru";
import { SheetGrid } from "../../base/plan/sheetGrid";
import type { CellValue, SheetPlan } from "../../base/plan/types";
import { describeChange, type DescribedUnit } from "../../base/cells/describe";
import { NUMBER_FORMATS } from "../../workbook/formats";
import { parsePeriod } from "../../workbook/periods";
import { cellText, locateColumns, type RowProblem } from "./bankSheet";
import type { Decision, DecisionAssessment, Effect, IndicatorAnalysis } from "./model";
import { innerQuotes } from "./recommend";
import { scaleOf, stepOf } from "./significance";
import { DEFAULT_SIGNIFICANCE, type SignificanceRule } from "../../base/model/results";
import { reportTexts } from "../../base/i18n/report";

export const DECISIONS_ROLE = ROLES.decisions;
export const DECISIONS_HEADER_ROW = 3;

const words = () => ru.recommendations;

export function decisionHeaders(): string[] {
  const h = words().decisionHeaders;
  return [h.text, h.responsible, h.deadline, h.indicatorCode, h.period, h.valueThen, reportTexts.register.status];
}

/** The status a register row is in: only «принято» makes it a decision the report and the self-assessment count. */
export type DecisionStatus = "proposed" | "accepted" | "rejected";

const STATUS_WORDS: Readonly<Record<DecisionStatus, string>> = reportTexts.register.statuses;

export function statusOf(text: string): DecisionStatus | undefined {
  const wanted = text.trim().toLowerCase();
  return (Object.keys(STATUS_WORDS) as DecisionStatus[]).find((status) => STATUS_WORDS[status] === wanted);
}

/** The data rows of the register: one per decision, in the sheet's column order. */
export function decisionRows(decisions: readonly Decision[]): CellValue[][] {
  return decisions.map((decision) => [
    decision.text,
    decision.responsible,
    decision.deadline,
    decision.indicatorCode,
    decision.period,
    decision.valueThen ?? null,
    STATUS_WORDS[decision.status ?? "accepted"],
  ]);
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A deadline typed as a date arrives as Excel's day number: show it as «01.09.2025». */
function deadlineText(cell: unknown): string {
  if (typeof cell === "number" && Number.isInteger(cell) && cell > 20000 && cell < 80000) {
    const date = new Date(EXCEL_EPOCH + cell * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
  }
  return cellText(cell);
}

/** «34,2», «34.2», «34,2 %» → 34.2; undefined when it is not a number. */
function numberOf(cell: unknown): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  const text = cellText(cell)
    .replace(/\s*(%|п\.?\s*п\.?)$/i, "")
    .replace(/[\s\u00a0]/g, "")
    .replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/**
 * Reads the register «Управленческие решения» back (or bare data rows). A row without a decision,
 * an indicator code or a readable period is left out; a missing responsible person or deadline, or
 * a value that is not a number, is reported but the decision kept.
 */
export function readDecisionRows(rows: readonly (readonly unknown[])[]): {
  /** Rows marked «принято»: the only ones the report and the self-assessment count as decisions. */
  decisions: Decision[];
  /** Rows still «предложено» or «отклонено»: not decisions. */
  proposed: Decision[];
  problems: RowProblem[];
} {
  const w = words();
  const { first, columns } = locateColumns(rows, decisionHeaders(), [
    w.decisionHeaders.text,
    w.decisionHeaders.indicatorCode,
  ]);
  const decisions: Decision[] = [];
  const proposed: Decision[] = [];
  const problems: RowProblem[] = [];
  const hasStatus = first > 0 && columns[6] >= 0;
  for (let index = first; index < rows.length; index++) {
    const row = rows[index];
    const sheetRow = index + 1;
    const cell = (col: number) => (columns[col] < 0 ? null : row[columns[col]]);
    const [text, responsible, , indicatorCode, periodText, valueText] = [0, 1, 2, 3, 4, 5].map((col) =>
      cellText(cell(col)),
    );
    const deadline = deadlineText(cell(2));
    if ([text, responsible, deadline, indicatorCode, periodText, valueText].every((part) => part === "")) continue;
    const problem = (message: string) =>
      problems.push({ row: sheetRow, message: w.decisionProblem(sheetRow, message) });
    if (text === "") {
      problem(w.noDecisionText);
      continue;
    }
    if (indicatorCode === "") {
      problem(w.noIndicatorCode);
      continue;
    }
    const period = parsePeriod(periodText);
    if (!period.ok) {
      problem(periodText === "" ? w.noPeriod : w.badPeriod(periodText));
      continue;
    }
    if (responsible === "") problem(w.noResponsible);
    if (deadline === "") problem(w.noDeadline);
    const valueThen = valueText === "" ? undefined : numberOf(cell(5));
    if (valueText !== "" && valueThen === undefined) problem(w.badValue(valueText));
    // A register headed without «Статус» was pre-filled by an older version with its suggestions: none is confirmed.
    // Bare data rows (no header) are decisions handed over by code.
    const status = hasStatus ? (statusOf(cellText(cell(6))) ?? "proposed") : first > 0 ? "proposed" : "accepted";
    (status === "accepted" ? decisions : proposed).push({
      text: text.replace(/\s+/g, " "),
      responsible,
      deadline,
      indicatorCode,
      period: period.period.label,
      ...(valueThen === undefined ? {} : { valueThen }),
      status,
    });
  }
  return { decisions, proposed, problems };
}

/**
 * The register «Управленческие решения» as an editable table. When it is still empty, `suggested`
 * decisions (made from the report's recommendations) fill it, marked as suggestions to check.
 */
export function decisionsSheetPlan(decisions: readonly Decision[], suggested?: readonly Decision[]): SheetPlan {
  const w = words();
  const grid = new SheetGrid();
  const useSuggested = decisions.length === 0 && (suggested?.length ?? 0) > 0;
  grid.set(0, 0, w.decisionsTitle, { style: "title" });
  grid.set(1, 0, w.decisionsNote, { style: "note" });
  if (useSuggested) grid.set(2, 0, w.decisionsSuggestedNote, { style: "note" });
  decisionHeaders().forEach((header, col) => grid.set(DECISIONS_HEADER_ROW, col, header, { style: "header" }));
  const rows = decisionRows(useSuggested ? (suggested ?? []) : decisions);
  const data: CellValue[][] = rows.length > 0 ? rows : [["", "", "", "", "", null, STATUS_WORDS.proposed]];
  const valueGuard = {
    rule: { kind: "decimal", min: 0, max: 1e9 },
    errorMessage: w.decisionValueValidation,
    allowOtherText: true,
  } as const;
  const statusGuard = {
    rule: { kind: "list", items: Object.values(STATUS_WORDS) },
    errorMessage: reportTexts.register.statusValidation,
  } as const;
  const text = NUMBER_FORMATS.text;
  data.forEach((row, index) => {
    const r = DECISIONS_HEADER_ROW + 1 + index;
    grid.set(r, 0, row[0], { style: "input", wrap: true });
    grid.set(r, 1, row[1], { style: "input", wrap: true });
    grid.set(r, 2, row[2], { style: "input", numberFormat: text });
    grid.set(r, 3, row[3], { style: "input", numberFormat: text });
    grid.set(r, 4, row[4], { style: "input", numberFormat: text });
    grid.set(r, 5, row[5], { style: "input", numberFormat: NUMBER_FORMATS.decimal }, valueGuard);
    grid.set(r, 6, row[6], { style: "input" }, statusGuard);
  });
  grid.tables.push({
    name: "MsokoDecisions",
    range: { row: DECISIONS_HEADER_ROW, col: 0, rows: data.length + 1, cols: 7 },
  });
  return grid.toSheet(ru.analysisSheet.decisionsSheet, DECISIONS_ROLE, {
    columnWidths: [70, 24, 14, 16, 14, 14, 14],
    freeze: { rows: DECISIONS_HEADER_ROW + 1, cols: 0 },
  });
}

const DATE = /^\d{1,2}\.\d{1,2}\.\d{2,4}$/;

/** «Решение «…» (ИМЦ, до 01.09.2025)». */
function subjectOf(decision: Decision): string {
  const w = words();
  const deadline = decision.deadline.trim();
  const due = DATE.test(deadline) ? w.deadlineBy(deadline) : deadline;
  const who = [decision.responsible.trim(), due].filter(Boolean).join(", ");
  return w.decisionSubject(innerQuotes(decision.text.trim().replace(/[.;]+$/, "")), who);
}

/** The effect of a change from `then` to `now` for an indicator, by its direction and the significance rule. */
export function effectOf(
  indicator: Indicator,
  then: number,
  now: number,
  rule: SignificanceRule = DEFAULT_SIGNIFICANCE,
): Effect {
  const sign = stepOf(scaleOf(indicator), then, now, rule, indicator.unit).sign;
  if (sign === 0) return "none";
  if (indicator.direction === "neutral") return "unknown";
  return (indicator.direction === "higher") === sign > 0 ? "positive" : "negative";
}

function changeText(indicator: Indicator, then: number, now: number): string {
  const w = words();
  if (indicator.unit === "yesno") {
    const word = (value: number) => (value > 0 ? ru.layout.yes : ru.layout.no);
    return w.yesNoChange(innerQuotes(indicator.label), word(then), word(now));
  }
  const unit: DescribedUnit = indicator.unit === "percent" ? { kind: "percent" } : { kind: "count" };
  const sentence = describeChange({ name: indicator.label, current: now, previous: then, unit });
  return inSentence(sentence.replace(/\.$/, ""));
}

function effectWords(effect: Effect): string {
  const w = words();
  switch (effect) {
    case "positive":
      return w.effects.positive;
    case "negative":
      return w.effects.negative;
    case "none":
      return reportTexts.effectNone;
    case "unknown":
      return w.effects.neutral;
  }
}

function assessOne(
  decision: Decision,
  analyses: readonly IndicatorAnalysis[],
  period: string,
  rule: SignificanceRule,
): DecisionAssessment {
  const w = words();
  const subject = subjectOf(decision);
  const unknown = (text: string, valueNow?: number): DecisionAssessment => ({
    decision,
    ...(valueNow === undefined ? {} : { valueNow }),
    effect: "unknown",
    text,
  });
  const analysis = analyses.find((item) => item.indicator.code === decision.indicatorCode);
  if (!analysis) return unknown(w.unknownIndicator(subject, decision.indicatorCode));
  const { indicator } = analysis;
  const label = innerQuotes(indicator.label);
  const now = analysis.values.find((value) => value.period === period);
  const valueNow = now?.notHeld ? undefined : now?.value;
  if (decision.period === period) return unknown(w.current(subject, period), valueNow);
  if (now?.notHeld) return unknown(w.notHeld(subject, label, period));
  if (valueNow === undefined) return unknown(w.noValue(subject, label, period));
  const thenValue = analysis.values.find((value) => value.period === decision.period);
  const valueThen = decision.valueThen ?? (thenValue?.notHeld ? undefined : thenValue?.value);
  if (valueThen === undefined) {
    return unknown(
      thenValue?.notHeld ? w.notHeld(subject, label, decision.period) : w.noValue(subject, label, decision.period),
      valueNow,
    );
  }
  const effect = effectOf(indicator, valueThen, valueNow, rule);
  return {
    decision,
    valueNow,
    effect,
    text: w.effectSentence(subject, changeText(indicator, valueThen, valueNow), effectWords(effect)),
  };
}

/**
 * The effect of each decision taken before `period`, judged from the numbers: the indicator's value
 * when the decision was taken (as entered, or from the data of that period) against its value now,
 * by the indicator's direction; a change the significance rule does not count is no effect.
 * Decisions of `period` itself are listed with effect «unknown» (to be judged next period); those
 * of later periods, and those with a period that can't be read, are left out.
 */
export function assessDecisions(
  decisions: readonly Decision[],
  analyses: readonly IndicatorAnalysis[],
  period: string,
  rule: SignificanceRule = DEFAULT_SIGNIFICANCE,
): DecisionAssessment[] {
  const current = parsePeriod(period);
  if (!current.ok) return [];
  return decisions
    .filter((decision) => {
      const taken = parsePeriod(decision.period);
      return taken.ok && taken.period.endYear <= current.period.endYear;
    })
    .map((decision) => {
      const taken = parsePeriod(decision.period);
      const normalised = taken.ok ? taken.period.label : decision.period;
      const sameAsNow = taken.ok && taken.period.endYear === current.period.endYear;
      const asTaken = { ...decision, period: sameAsNow ? period : normalised };
      return assessOne(asTaken, analyses, period, rule);
    });
}
