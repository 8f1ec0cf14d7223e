import { reportTexts } from "../i18n/report";
import { ru } from "../i18n/ru";
import { NOT_HELD } from "../math/input";
import type { ExistingSheet } from "../workbook/buildPlan";
import { dayOf, type DayDate, formatDeadline, formatLongDate } from "../text/date";
import { formatNumber, formatPercent, formatSigned } from "../text/format";
import { capitalise } from "../text/grammar";
import { addressedRecommendations, type AddressedRecommendation, hasData } from "./addressed";
import type { AttentionSchool } from "./attention";
import type { DocBlock, DocCell, DocChart, DocSection, DocTable, ReportDocument } from "./document";
import {
  changeSentence,
  changeText,
  digitsOf,
  schoolsMoved,
  targetSentence,
  unstableSentence,
  weightOf,
} from "./findings";
import type { AnalysisReport, IndicatorAnalysis, SystemAnalysis } from "./model";
import { computeReport, storedRequest } from "./computeReport";
import type { ProcedureBlock } from "./procedureResults";
import { DEFAULT_SIGNIFICANCE, stepOf } from "./significance";

/**
 * The справка as a ReportDocument, built from the AnalysisReport: title block; «Основные выводы»;
 * «Результаты оценочных процедур»; the systems in management-cycle order, compact; «Адресные
 * рекомендации»; «Управленческие решения»; «Оценка эффективности принятых мер»; the full indicator
 * tables as an appendix. The «Анализ» sheet and the Word file both render this one document.
 */

export interface ReportDocumentOptions {
  /** The issuing body; by default «Управление образования» of the municipality. */
  readonly authority?: string;
  /** The date printed in the title block; today (UTC) by default. */
  readonly date?: DayDate;
  /** Who prepared the справка, printed in the title block when given. */
  readonly preparedBy?: string;
}

const t = reportTexts;
const NBSP = "\u00a0";

// ---------- small builders ----------

const heading = (level: 1 | 2 | 3, text: string, number?: string): DocBlock => ({
  kind: "heading",
  level,
  text,
  ...(number && { number }),
});
const para = (text: string, style: "body" | "bullet" | "note" = "body"): DocBlock => ({
  kind: "paragraph",
  text,
  style,
});
const cell = (text: string, extra: Partial<DocCell> = {}): DocCell => ({ text, ...extra });
const num = (value: number | undefined, digits = 1): DocCell =>
  value === undefined ? cell("—", { align: "center" }) : cell(formatNumber(value, digits), { value, align: "right" });
const head = (texts: readonly string[]): DocCell[] => texts.map((text) => cell(text, { bold: true, align: "center" }));

/** «2024/2025 учебный год» or «2024 год». */
export const periodWords = (period: string) => (period.includes("/") ? t.academicYear(period) : t.calendarYear(period));

// ---------- numbering ----------

class Numbering {
  private top = 0;
  private sub = 0;
  section(): string {
    this.top++;
    this.sub = 0;
    return String(this.top);
  }
  subsection(): string {
    this.sub++;
    return `${this.top}.${this.sub}`;
  }
}

// ---------- summary ----------

interface Change {
  readonly weight: number;
  readonly text: string;
}

/** The most significant changes of the book: indicators and procedure totals, ranked by how many tolerances they span. */
function significantChanges(report: AnalysisReport): Change[] {
  const rule = report.significance ?? DEFAULT_SIGNIFICANCE;
  const fromIndicators = report.systems.flatMap((system) =>
    system.indicators
      .filter((item) => item.verdict === "improved" || item.verdict === "declined" || item.verdict === "changed")
      .map((item) => ({ weight: weightOf(item, rule), text: changeSentence(item, rule) })),
  );
  const fromProcedures = (report.results?.procedures ?? []).flatMap((block): Change[] => {
    const [before, now] = block.total.slice(-2);
    if (!before || !now) return [];
    return (["lowShare", block.rankedBy] as const).flatMap((measure): Change[] => {
      const [a, b] = [before[measure], now[measure]];
      if (a === undefined || b === undefined) return [];
      const step = stepOf("points", a, b, rule);
      if (step.sign === 0) return [];
      const good = measure === "lowShare" ? step.sign < 0 : step.sign > 0;
      return [{ weight: step.weight, text: t.summary.procedureChange(block.procedure, measure, a, b, good) }];
    });
  });
  return [...fromIndicators, ...fromProcedures]
    .filter((change) => change.weight > 0)
    .sort((a, b) => b.weight - a.weight);
}

/** One line of the summary's list: reasons of a kind said once, objectivity signs counted by subject. */
function attentionLine(item: AttentionSchool): string {
  const signs = item.reasons.filter((reason) => reason.kind === "objectivity" && reason.procedure === "ВПР");
  const reasons = item.reasons.flatMap((reason) => {
    if (!signs.includes(reason)) return [reason.text];
    if (signs.length === 1) return [reason.text];
    if (reason !== signs[0]) return [];
    const subjects = [...new Set(signs.map((sign) => sign.subject ?? ""))].filter(Boolean);
    return [t.attention.objectivityGroup(subjects, signs.length)];
  });
  return t.attention.line(item.school, reasons, item.strengths);
}

function summarySection(
  report: AnalysisReport,
  recommendations: readonly AddressedRecommendation[],
  n: Numbering,
): DocSection {
  const blocks: DocBlock[] = [heading(1, t.sections.summary, n.section())];
  if (!hasData(report)) {
    blocks.push(para(t.summary.noData));
    return { id: "summary", blocks };
  }
  const indicators = report.systems.flatMap((system) => system.indicators);
  const withData = indicators.filter((item) => item.values.some((value) => value.value !== undefined)).length;
  blocks.push(para(t.summary.intro(indicators.length, report.systems.length, withData, report.periods)));

  const changes = significantChanges(report).slice(0, 5);
  blocks.push(heading(2, t.summary.changes));
  if (changes.length === 0) blocks.push(para(t.summary.noChanges));
  changes.forEach((change) => blocks.push(para(change.text, "bullet")));

  blocks.push(heading(2, t.attention.title));
  const found = report.schools;
  if (!report.results || report.results.procedures.length === 0 || !found) {
    blocks.push(para(t.attention.noResults));
  } else {
    blocks.push(para(t.attention.definition((report.significance ?? DEFAULT_SIGNIFICANCE).schoolFallPoints)));
    if (found.attention.length === 0) blocks.push(para(t.attention.none));
    found.attention.forEach((item) => blocks.push(para(attentionLine(item), "bullet")));
    const objectivity = found.attention.filter((item) => item.reasons.some((reason) => reason.kind === "objectivity"));
    blocks.push(heading(2, t.summary.objectivity));
    blocks.push(
      para(
        objectivity.length === 0
          ? t.summary.noObjectivity
          : t.summary.objectivityLine(objectivity.map((item) => item.school)),
      ),
    );
  }

  blocks.push(heading(2, t.summary.proposals));
  if (recommendations.length === 0) blocks.push(para(t.summary.noProposals));
  recommendations
    .slice(0, 3)
    .forEach((item) =>
      blocks.push(para(t.summary.proposal(item.text, item.responsible, formatDeadline(item.deadline)), "bullet")),
    );
  return { id: "summary", blocks };
}

// ---------- procedure results ----------

const pct = (value: number | undefined) => num(value, 1);
const mark = (value: number | undefined) => num(value, 2);

function linesTable(block: ProcedureBlock, periods: readonly string[], highFrom: number): DocTable {
  const ege = block.procedure === "ЕГЭ";
  const grades = new Set(block.lines.map((line) => line.grade)).size > 1;
  const header = ege
    ? t.results.egeLineHeader(highFrom)
    : grades
      ? t.results.marksLineHeader
      : t.results.marksSubjectHeader;
  const rows: DocCell[][] = [];
  for (const line of block.lines) {
    const label = line.grade && grades ? t.results.subjectGrade(line.subject, line.grade) : line.subject;
    periods.forEach((period, index) => {
      const figures = line.municipal[index];
      if (!figures) return;
      const name = index === periods.findIndex((_, i) => line.municipal[i] !== undefined) ? label : "";
      rows.push([
        cell(name),
        cell(period, { align: "center" }),
        num(figures.participants, 0),
        pct(figures.lowShare),
        ...(ege
          ? [pct(figures.highShare)]
          : [pct(figures.quality), pct(figures.success), mark(figures.averageMark), pct(figures.highShare)]),
      ]);
    });
  }
  return {
    kind: "table",
    caption: t.results.linesCaption(block.procedure, grades),
    header: [head(header)],
    rows,
    widths: ege ? [36, 14, 12, 14, 14] : [30, 12, 10, 10, 10, 10, 10, 10],
  };
}

function schoolsTable(block: ProcedureBlock, period: string, smallSample: number, highFrom: number): DocTable {
  const ege = block.procedure === "ЕГЭ";
  const rows = [...block.schools]
    .sort((a, b) => {
      if (a.smallSample !== b.smallSample) return a.smallSample ? 1 : -1;
      return (b.figures[block.rankedBy] ?? -1) - (a.figures[block.rankedBy] ?? -1);
    })
    .map((school) => {
      const change =
        school.previous?.[block.rankedBy] !== undefined && school.figures[block.rankedBy] !== undefined
          ? school.figures[block.rankedBy]! - school.previous[block.rankedBy]!
          : undefined;
      return [
        cell(school.smallSample ? `${school.school}${NBSP}*` : school.school),
        num(school.figures.participants, 0),
        pct(school.figures.lowShare),
        ...(ege
          ? [pct(school.figures.highShare)]
          : [pct(school.figures.quality), pct(school.figures.success), mark(school.figures.averageMark)]),
        change === undefined
          ? cell("—", { align: "center" })
          : cell(formatSigned(change, 1), { value: change, align: "right" }),
      ];
    });
  const hasSmall = block.schools.some((school) => school.smallSample);
  return {
    kind: "table",
    caption: t.results.schoolsCaption(block.procedure, period, hasSmall, smallSample),
    header: [head(ege ? t.results.egeSchoolHeader(highFrom) : t.results.marksSchoolHeader)],
    rows,
    widths: ege ? [44, 12, 14, 14, 14] : [36, 10, 10, 10, 10, 10, 12],
  };
}

function overview(block: ProcedureBlock, periods: readonly string[]): string {
  const last = block.total.length - 1;
  const now = block.total[last];
  const before = last > 0 ? block.total[last - 1] : undefined;
  const parts: string[] = [];
  if (now)
    parts.push(t.results.overview(block.procedure, periods[last], now, before, periods[last - 1], block.rankedBy));
  if (block.best.length > 0) {
    const value = (school: string) => block.schools.find((item) => item.school === school)?.figures[block.rankedBy];
    parts.push(
      t.results.bestWorst(
        block.rankedBy,
        block.best.map((school) => `${school} (${formatPercent(value(school) ?? 0)})`),
        block.worst.map((school) => `${school} (${formatPercent(value(school) ?? 0)})`),
      ),
    );
  }
  return parts.join(" ");
}

function proceduresSections(report: AnalysisReport, n: Numbering): DocSection {
  const blocks: DocBlock[] = [heading(1, t.sections.procedures, n.section())];
  const results = report.results;
  if (!results || results.procedures.length === 0) {
    blocks.push(para(t.results.none));
    return { id: "procedures", blocks, pageBreakBefore: true };
  }
  blocks.push(para(t.results.intro(results.smallSample), "note"));
  for (const block of results.procedures) {
    blocks.push(heading(2, block.procedure, n.subsection()));
    blocks.push(para(overview(block, results.periods)));
    const measure = block.rankedBy;
    blocks.push({
      kind: "chart",
      title: t.results.chartTitle(block.procedure, measure),
      categories: [...results.periods],
      series: [
        {
          name: t.results.measureName(measure, block.procedure === "ЕГЭ"),
          values: block.total.map((figures) => figures?.[measure] ?? null),
        },
        {
          name: t.results.measureName("lowShare", block.procedure === "ЕГЭ"),
          values: block.total.map((f) => f?.lowShare ?? null),
        },
      ],
      unit: "%",
    });
    blocks.push(linesTable(block, results.periods, results.egeHighFrom));
    blocks.push(schoolsTable(block, report.period, results.smallSample, results.egeHighFrom));
  }
  const found = report.schools;
  if (found) {
    blocks.push(heading(2, t.attention.title, n.subsection()));
    if (found.attention.length === 0) blocks.push(para(t.attention.none));
    for (const item of found.attention) {
      blocks.push(heading(3, item.school));
      item.reasons.forEach((reason) => blocks.push(para(reason.detail, "bullet")));
      if (item.strengths.length > 0) blocks.push(para(t.attention.strengths(item.strengths), "bullet"));
    }
    blocks.push(heading(2, t.attention.modelsTitle, n.subsection()));
    if (found.models.length === 0) blocks.push(para(t.attention.noModels));
    else blocks.push(para(t.attention.modelsNote(report.results?.periods.length ?? 3)));
    for (const school of [...new Set(found.models.map((item) => item.school))]) {
      const items = found.models
        .filter((item) => item.school === school)
        .map((item) => ({
          procedure: item.procedure,
          measure: t.results.measureNameInText(
            item.procedure === "ЕГЭ" ? "highShare" : "quality",
            item.procedure === "ЕГЭ",
          ),
          value: item.value,
          municipal: item.municipal,
        }));
      blocks.push(para(t.attention.model(school, items), "bullet"));
    }
  }
  if (report.resultRules && report.resultRules.length > 0) {
    blocks.push(para(t.results.rules(report.resultRules), "note"));
  }
  return { id: "procedures", blocks, pageBreakBefore: true };
}

// ---------- systems ----------

const VERDICT_WORDS = () => t.verdicts;

function periodCell(analysis: IndicatorAnalysis, period: string): DocCell {
  const value = analysis.values.find((item) => item.period === period);
  if (value?.notHeld) return cell(NOT_HELD, { align: "center" });
  if (value?.value === undefined) return cell("—", { align: "center" });
  if (analysis.indicator.unit === "yesno") return cell(value.value ? ru.layout.yes : ru.layout.no, { align: "center" });
  return num(value.value, digitsOf(analysis.indicator, value.value));
}

function changeCell(analysis: IndicatorAnalysis): DocCell {
  const present = analysis.values.filter((value) => value.value !== undefined);
  if (present.length < 2 || analysis.indicator.unit === "yesno") return cell("—", { align: "center" });
  const [from, to] = present.slice(-2);
  return cell(changeText(analysis.indicator, from.value!, to.value!), {
    align: "right",
    value: analysis.change?.value,
  });
}

/** Whether the body speaks of an indicator: a significant change, an unstable series, or a missed target. */
const isNotable = (item: IndicatorAnalysis) =>
  item.verdict === "declined" ||
  item.verdict === "improved" ||
  item.verdict === "changed" ||
  item.verdict === "unstable" ||
  item.reached === false;

function targetCell(item: IndicatorAnalysis): DocCell {
  return item.target === undefined
    ? cell("—", { align: "center" })
    : num(item.target, digitsOf(item.indicator, item.target));
}

/** The indicators the body shows: those with something to say; the rest are counted in one line and listed in the appendix. */
function compactTable(system: SystemAnalysis, periods: readonly string[]): DocTable | undefined {
  const rows = system.indicators.filter(isNotable).map((item) => [
    cell(item.indicator.label),
    ...periods.map((period) => periodCell(item, period)),
    changeCell(item),
    targetCell(item),
    cell(VERDICT_WORDS()[item.reached === false && item.verdict === "stable" ? "notReached" : item.verdict], {
      align: "center",
    }),
  ]);
  if (rows.length === 0) return undefined;
  return {
    kind: "table",
    header: [head([t.tables.indicator, ...periods, t.tables.change, t.tables.target, t.tables.verdict])],
    rows,
    widths: [44, ...periods.map(() => 9), 11, 8, 14],
  };
}

/** The system's notable shares over the periods, up to two, where at least two periods have values. */
function sharesChart(system: SystemAnalysis, periods: readonly string[]): DocChart | undefined {
  const shares = system.indicators
    .filter((item) => item.indicator.unit === "percent" && isNotable(item) && item.verdict !== "stable")
    .filter((item) => item.values.filter((value) => value.value !== undefined).length >= 2)
    .slice(0, 2);
  if (shares.length === 0) return undefined;
  return {
    kind: "chart",
    title: t.systems.chartTitle(system.system.label),
    categories: [...periods],
    series: shares.map((item) => ({
      name: item.indicator.label,
      values: periods.map((period) => item.values.find((value) => value.period === period)?.value ?? null),
    })),
    unit: "%",
  };
}

/** Text only for significant changes and unstable series; the rest in one line. */
function systemText(system: SystemAnalysis, report: AnalysisReport, appendixTable: string): DocBlock[] {
  const rule = report.significance ?? DEFAULT_SIGNIFICANCE;
  const blocks: DocBlock[] = [];
  let [quiet, empty] = [0, 0];
  for (const item of system.indicators) {
    const sentences: string[] = [];
    if (item.verdict === "unstable") sentences.push(unstableSentence(item));
    else if (item.verdict === "declined" || item.verdict === "improved" || item.verdict === "changed") {
      sentences.push(changeSentence(item, rule));
      const schools = schoolsMoved(item, rule);
      if (schools) sentences.push(schools);
    }
    if (sentences.length > 0) {
      const target = targetSentence(item);
      if (target) sentences.push(target);
      blocks.push(para(sentences.join(" "), "bullet"));
    }
    if (!item.values.some((value) => value.value !== undefined)) empty++;
    else if (!isNotable(item)) quiet++;
  }
  if (quiet + empty > 0) blocks.push(para(t.systems.rest(quiet, empty, appendixTable)));
  return blocks;
}

function systemSections(report: AnalysisReport, n: Numbering): DocSection[] {
  const rule = report.significance ?? DEFAULT_SIGNIFICANCE;
  const intro: DocSection = {
    id: "systems",
    pageBreakBefore: true,
    blocks: [heading(1, t.sections.systems, n.section()), para(t.systems.rule(rule), "note")],
  };
  const sections = report.systems.map((system, index): DocSection => {
    const blocks: DocBlock[] = [heading(2, system.system.label, n.subsection())];
    const goal = system.system.goals[0];
    if (goal) blocks.push(para(t.systems.goal(goal, system.system.goals.length)));
    const table = compactTable(system, report.periods);
    if (table) blocks.push(table);
    const chart = sharesChart(system, report.periods);
    if (chart) blocks.push(chart);
    blocks.push(...systemText(system, report, t.appendix.tableNumber(index + 1)));
    return { id: `system:${system.system.code}`, blocks };
  });
  return [intro, ...sections];
}

// ---------- recommendations, decisions, effect ----------

function recommendationsSection(
  recommendations: readonly AddressedRecommendation[],
  report: AnalysisReport,
  n: Numbering,
): DocSection {
  const blocks: DocBlock[] = [heading(1, t.sections.recommendations, n.section())];
  if (!hasData(report)) {
    blocks.push(para(t.summary.noData));
    return { id: "recommendations", blocks, pageBreakBefore: true };
  }
  if (recommendations.length === 0) blocks.push(para(t.recommendations.none));
  const actors = [...new Set(recommendations.map((item) => item.actor))];
  let index = 0;
  for (const actor of actors) {
    blocks.push(heading(2, t.recommendations.to[actor], n.subsection()));
    const rows = recommendations
      .filter((item) => item.actor === actor)
      .map((item) => [
        cell(String(++index), { align: "center" }),
        cell(item.text),
        cell(item.basis),
        cell(capitalise(formatDeadline(item.deadline))),
        cell(capitalise(item.responsible)),
      ]);
    blocks.push({
      kind: "table",
      header: [head(t.recommendations.header)],
      rows,
      widths: [5, 38, 33, 12, 14],
    });
  }
  return { id: "recommendations", blocks, pageBreakBefore: true };
}

function decisionsSection(report: AnalysisReport, proposals: number, n: Numbering): DocSection {
  const blocks: DocBlock[] = [heading(1, t.sections.decisions, n.section())];
  const current = report.assessments.filter((item) => item.decision.period === report.period);
  if (current.length === 0) blocks.push(para(t.decisions.none(periodWords(report.period), proposals)));
  else {
    blocks.push({
      kind: "table",
      header: [head(t.decisions.header)],
      rows: current.map(({ decision }, index) => [
        cell(String(index + 1), { align: "center" }),
        cell(decision.text),
        cell(decision.responsible),
        cell(decision.deadline),
      ]),
      widths: [5, 60, 20, 15],
    });
  }
  return { id: "decisions", blocks };
}

function effectSection(report: AnalysisReport, n: Numbering): DocSection {
  const blocks: DocBlock[] = [heading(1, t.sections.effect, n.section())];
  const earlier = report.assessments.filter((item) => item.decision.period !== report.period);
  if (earlier.length === 0) blocks.push(para(t.decisions.noEffect));
  earlier.forEach((item) => blocks.push(para(item.text, "bullet")));
  return { id: "effect", blocks };
}

// ---------- appendix ----------

function appendixSection(report: AnalysisReport): DocSection {
  const blocks: DocBlock[] = [heading(1, t.sections.appendix)];
  const periods = report.periods;
  report.systems.forEach((system, index) => {
    blocks.push(heading(2, t.appendix.system(index + 1, system.system.label)));
    blocks.push({
      kind: "table",
      header: [
        head([
          t.tables.indicator,
          t.tables.unit,
          ...periods,
          t.tables.change,
          t.tables.trend,
          t.tables.target,
          t.tables.status,
          t.tables.verdict,
        ]),
      ],
      rows: system.indicators.map((item) => [
        cell(item.indicator.label),
        cell(ru.layout.unitWords[item.indicator.unit], { align: "center" }),
        ...periods.map((period) => periodCell(item, period)),
        changeCell(item),
        cell(item.trend ? t.trends[item.trend] : "—", { align: "center" }),
        item.target === undefined
          ? cell("—", { align: "center" })
          : num(item.target, digitsOf(item.indicator, item.target)),
        cell(item.reached === undefined ? "—" : item.reached ? ru.status.reached : ru.status.notReached, {
          align: "center",
        }),
        cell(VERDICT_WORDS()[item.verdict], { align: "center" }),
      ]),
      widths: [36, 7, ...periods.map(() => 8), 9, 10, 7, 10, 11],
    });
  });
  return { id: "appendix", blocks, pageBreakBefore: true };
}

// ---------- the document ----------

/** The справка of `report` as a document both the «Анализ» sheet and the Word file render. */
export function buildReportDocument(report: AnalysisReport, options: ReportDocumentOptions = {}): ReportDocument {
  const recommendations = addressedRecommendations(report);
  const n = new Numbering();
  const sections: DocSection[] = [
    summarySection(report, recommendations, n),
    proceduresSections(report, n),
    ...systemSections(report, n),
    recommendationsSection(recommendations, report, n),
    decisionsSection(report, recommendations.length, n),
    effectSection(report, n),
    appendixSection(report),
  ];
  return {
    title: {
      authority: options.authority?.trim() || t.title.authority,
      title: t.title.title(periodWords(report.period)),
      municipality: report.municipality,
      period: periodWords(report.period),
      date: formatLongDate(options.date ?? dayOf(new Date())),
      ...(options.preparedBy?.trim() && { preparedBy: options.preparedBy.trim() }),
    },
    sections,
  };
}

export interface StoredReportDocument {
  readonly document: ReportDocument;
  readonly report: AnalysisReport;
  /** The period the справка is for (the latest of the book when none was asked). */
  readonly period: string;
  /** What to tell the user: unreadable rows, changed thresholds, sheet names. */
  readonly notices: readonly string[];
}

/**
 * The справка of a workbook the add-in laid out, for a period (by default the latest period of the
 * book), read exactly as «Сформировать аналитическую справку» reads it: `msoko report` and the
 * pane's Word download call this and render `document`. A period the book lacks throws an Error
 * whose Russian message lists the periods it has.
 */
export function storedReportDocument(
  existing: readonly ExistingSheet[],
  period?: string,
  options: ReportDocumentOptions = {},
): StoredReportDocument {
  const stored = storedRequest(existing, period);
  const computed = computeReport(existing, stored.request);
  return {
    document: buildReportDocument(computed.report, options),
    report: computed.report,
    period: computed.report.period,
    notices: [...stored.notices, ...computed.notices],
  };
}
