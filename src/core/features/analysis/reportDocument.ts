import { reportTexts } from "../../base/i18n/report";
import { ru } from "../../base/i18n/ru";
import { NOT_HELD } from "../../base/cells/input";
import type { ExistingSheet } from "../../workbook/existing";
import { dayOf, type DayDate, formatDeadline, formatLongDate } from "../../base/text/date";
import { formatNumber, formatPercent, formatPoints, formatSigned } from "../../base/text/format";
import { capitalise } from "../../base/text/grammar";
import { addressedRecommendations, type AddressedRecommendation, hasData } from "./addressed";
import type { AttentionSchool, SchoolFindings } from "./attention";
import type { DocBlock, DocCell, DocChart, DocSection, DocTable, ReportDocument } from "./document";
import { changeText, digitsOf, lastTwo, schoolsMoved, subjectOf, valueText, weightOf } from "./findings";
import type { AnalysisReport, IndicatorAnalysis, SystemAnalysis } from "./model";
import { computeReport, storedRequest } from "./computeReport";
import type { ProcedureBlock, ResultFigures, ResultLine } from "./procedureResults";
import { stepOf } from "./significance";
import { DEFAULT_SIGNIFICANCE } from "../../base/model/results";

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
  /** What changed, the values before and after as shown, the change, and whether it is for the better. */
  readonly cells: readonly DocCell[];
}

/** The most significant changes of the book: indicators and procedure totals, ranked by how many tolerances they span. */
function significantChanges(report: AnalysisReport): Change[] {
  const rule = report.significance ?? DEFAULT_SIGNIFICANCE;
  const fromIndicators = report.systems.flatMap((system) =>
    system.indicators
      .filter((item) => item.verdict === "improved" || item.verdict === "declined" || item.verdict === "changed")
      .flatMap((item): Change[] => {
        const pair = lastTwo(item);
        if (!pair) return [];
        const [from, to] = pair;
        return [
          {
            weight: weightOf(item, rule),
            cells: [
              cell(item.indicator.label),
              cell(valueText(item.indicator, from), { align: "center" }),
              cell(valueText(item.indicator, to), { align: "center" }),
              cell(changeText(item.indicator, from.value!, to.value!), { align: "right" }),
              cell(t.verdicts[item.verdict], { align: "center" }),
            ],
          },
        ];
      }),
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
      const name = t.results.measureNameInText(measure, block.procedure === "ЕГЭ");
      return [
        {
          weight: step.weight,
          cells: [
            cell(`${block.procedure}: ${name}`),
            cell(formatPercent(a), { align: "center" }),
            cell(formatPercent(b), { align: "center" }),
            cell(formatPoints(b - a), { align: "right" }),
            cell(t.verdicts[good ? "improved" : "declined"], { align: "center" }),
          ],
        },
      ];
    });
  });
  return [...fromIndicators, ...fromProcedures]
    .filter((change) => change.weight > 0)
    .sort((a, b) => b.weight - a.weight);
}

/** One line of the summary's list: risks by procedure with their works, objectivity signs counted by subject. */
function attentionLine(item: AttentionSchool): string {
  const signs = item.reasons.filter((reason) => reason.kind === "objectivity" && reason.procedure === "ВПР");
  const risks = item.reasons.filter((reason) => reason.kind === "risk");
  const reasons = item.reasons.flatMap((reason) => {
    if (reason.kind === "risk") {
      if (risks.find((other) => other.procedure === reason.procedure) !== reason) return [];
      const works = risks
        .filter((other) => other.procedure === reason.procedure)
        .map((other) => (other.where ?? "").replace(new RegExp(`^${reason.procedure},\\s*`), ""))
        .filter(Boolean);
      return [t.attention.riskGroup(reason.procedure, works)];
    }
    if (!signs.includes(reason) || signs.length === 1) return [reason.text];
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
  if (changes.length > 0) {
    blocks.push({
      kind: "table",
      header: [head([t.tables.indicator, t.summary.before, t.summary.after, t.tables.change, t.tables.verdict])],
      rows: changes.map((change) => [...change.cells]),
      widths: [44, 15, 15, 14, 12],
    });
  }

  blocks.push(heading(2, t.attention.title));
  const found = report.schools;
  // The official list names the latest period it was loaded for; the sections below give every period.
  const latestList = report.officialList?.periods[report.officialList.periods.length - 1];
  if (!report.results || report.results.procedures.length === 0 || !found) {
    blocks.push(para(t.attention.noResults));
    if (latestList) {
      blocks.push(heading(2, t.summary.objectivity));
      blocks.push(para(t.officialList.period(latestList.period, latestList.schools)));
    }
  } else {
    if (found.attention.length === 0) blocks.push(para(t.attention.none));
    found.attention.forEach((item) => blocks.push(para(attentionLine(item), "bullet")));
    const objectivity = found.attention.filter((item) => item.reasons.some((reason) => reason.kind === "objectivity"));
    blocks.push(heading(2, t.summary.objectivity));
    if (latestList) blocks.push(para(t.officialList.period(latestList.period, latestList.schools)));
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
/** A period in a narrow column's header: «2022/» over «2023». */
const periodHead = (period: string) => period.replace("/", "/\n");
const span = (text: string, columns: number, extra: Partial<DocCell> = {}): DocCell =>
  cell(text, { bold: true, align: "center", ...(columns > 1 && { span: columns }), ...extra });
/** A row that names the group of rows below it, across the whole table. */
const groupRow = (text: string, columns: number): DocCell[] => [cell(text, { bold: true, span: columns })];

/** How far (п.п.) the municipality may stand from the region before the text names the work. */
const REGION_GAP = 3;

const hasGrades = (block: ProcedureBlock) => new Set(block.lines.map((line) => line.grade)).size > 1;
const workOf = (block: ProcedureBlock, line: ResultLine) =>
  line.grade && hasGrades(block) ? t.results.subjectGrade(line.subject, line.grade) : line.subject;

/** By subject (and class): the ranked measure over the periods, the latest period's participants and shares. */
function linesTable(block: ProcedureBlock, periods: readonly string[], highFrom: number): DocTable {
  const ege = block.procedure === "ЕГЭ";
  const last = periods.length - 1;
  const measure = block.rankedBy;
  const latest = ege
    ? [t.results.participants, t.results.lowHeader(true)]
    : [t.results.participants, t.results.lowHeader(false), t.results.topHeader, t.results.averageHeader];
  const rows = block.lines.map((line) => {
    const now = line.municipal[last];
    return [
      cell(workOf(block, line)),
      ...periods.map((_, i) => pct(line.municipal[i]?.[measure])),
      num(now?.participants, 0),
      pct(now?.lowShare),
      ...(ege ? [] : [pct(now?.highShare), mark(now?.averageMark)]),
    ];
  });
  return {
    kind: "table",
    caption: t.results.linesTitle(block.procedure, hasGrades(block), periods[last]),
    header: [
      [
        span(t.results.work(hasGrades(block)), 1),
        span(t.results.measureHeader(measure, ege, highFrom), periods.length),
        span(periods[last], latest.length),
      ],
      [cell(""), ...periods.map((period) => span(periodHead(period), 1)), ...latest.map((text) => span(text, 1))],
    ],
    rows,
    widths: [28, ...periods.map(() => 9), ...latest.map(() => 10)],
  };
}

/** The latest period beside the region and Russia, by subject (and class), where the book has them. */
function compareTable(block: ProcedureBlock, periods: readonly string[], highFrom: number): DocTable | undefined {
  const last = periods.length - 1;
  const lines = block.lines.filter((line) => line.region?.[last] || line.russia?.[last]);
  if (lines.length === 0) return undefined;
  const ege = block.procedure === "ЕГЭ";
  const measures: readonly Exclude<keyof ResultFigures, "participants">[] = ege
    ? ["lowShare", "highShare"]
    : ["quality", "success", "averageMark"];
  const title = (measure: Exclude<keyof ResultFigures, "participants">) =>
    measure === "success"
      ? t.results.successHeader
      : measure === "averageMark"
        ? t.results.averageHeader
        : measure === "lowShare"
          ? t.results.lowHeader(ege)
          : t.results.measureHeader(measure as "quality" | "highShare", ege, highFrom);
  const levels = [t.results.levels.municipality, t.results.levels.region, t.results.levels.russia];
  const figure = (measure: Exclude<keyof ResultFigures, "participants">, value: number | undefined) =>
    measure === "averageMark" ? mark(value) : pct(value);
  return {
    kind: "table",
    caption: t.results.compareTitle(block.procedure, periods[last]),
    header: [
      [span(t.results.work(hasGrades(block)), 1), ...measures.map((measure) => span(title(measure), 3))],
      [cell(""), ...measures.flatMap(() => levels.map((level) => span(level, 1)))],
    ],
    rows: lines.map((line) => [
      cell(workOf(block, line)),
      ...measures.flatMap((measure) =>
        [line.municipal[last], line.region?.[last], line.russia?.[last]].map((figures) =>
          figure(measure, figures?.[measure]),
        ),
      ),
    ]),
    widths: [28, ...measures.flatMap(() => [8, 8, 8])],
  };
}

/** The municipality against the region and Russia in words: the totals, then the works notably off the region. */
function compareText(block: ProcedureBlock, periods: readonly string[]): string | undefined {
  const last = periods.length - 1;
  const measure = block.rankedBy;
  const ege = block.procedure === "ЕГЭ";
  const name = t.results.measureNameInText(measure, ege);
  const municipal = block.total[last]?.[measure];
  const region = block.regionTotal?.[last]?.[measure];
  const russia = block.russiaTotal?.[last]?.[measure];
  if (municipal === undefined || (region === undefined && russia === undefined)) return undefined;
  const gaps = block.lines.flatMap((line) => {
    const [value, reference] = [line.municipal[last]?.[measure], line.region?.[last]?.[measure]];
    return value === undefined || reference === undefined
      ? []
      : [{ work: workOf(block, line), value, region: reference, gap: value - reference }];
  });
  const notable = (rows: typeof gaps, below: boolean) =>
    rows
      .filter((row) => (below ? -row.gap : row.gap) > REGION_GAP)
      .sort((a, b) => (below ? a.gap - b.gap : b.gap - a.gap))
      .slice(0, 3);
  return [
    t.results.totalsCompared(name, municipal, region, russia),
    ...(region !== undefined ? [t.results.regionGap(name, REGION_GAP, notable(gaps, true), notable(gaps, false))] : []),
  ].join(" ");
}

/** The top and the bottom of the ranking, small samples apart and unranked, the municipality last. */
function schoolsTable(
  block: ProcedureBlock,
  periods: readonly string[],
  smallSample: number,
  highFrom: number,
): DocTable {
  const ege = block.procedure === "ЕГЭ";
  const measure = block.rankedBy;
  const previous = periods.length > 1 ? periods[periods.length - 2] : undefined;
  const figuresRow = (name: string, figures: ResultFigures | undefined, before?: ResultFigures, bold = false) => {
    const change =
      before?.[measure] !== undefined && figures?.[measure] !== undefined
        ? figures[measure]! - before[measure]!
        : undefined;
    return [
      cell(name, { bold }),
      num(figures?.participants, 0),
      pct(figures?.lowShare),
      ...(ege ? [pct(figures?.highShare)] : [pct(figures?.quality), mark(figures?.averageMark)]),
      ...(previous
        ? [
            change === undefined
              ? cell("—", { align: "center" })
              : cell(formatSigned(change, 1), { value: change, align: "right" }),
          ]
        : []),
    ];
  };
  const header = [
    t.results.attentionHeader[0],
    t.results.participants,
    t.results.lowHeader(ege),
    ...(ege
      ? [t.results.measureHeader("highShare", true, highFrom)]
      : [t.results.measureHeader("quality", false, highFrom), t.results.averageHeader]),
    ...(previous ? [t.results.changeHeader(measure, ege, previous, highFrom)] : []),
  ];
  const columns = header.length;
  const school = (name: string) => block.schools.find((item) => item.school === name)!;
  const rows: DocCell[][] = [];
  const group = (title: string, names: readonly string[], mark = "") => {
    if (names.length === 0) return;
    rows.push(groupRow(title, columns));
    for (const name of names) rows.push(figuresRow(`${name}${mark}`, school(name).figures, school(name).previous));
  };
  group(t.results.best, block.best);
  group(t.results.worst, block.worst);
  group(
    t.results.small(smallSample),
    block.schools.filter((item) => item.smallSample).map((item) => item.school),
    `${NBSP}*`,
  );
  const [before, now] = [block.total[periods.length - 2], block.total[periods.length - 1]];
  rows.push(figuresRow(t.results.allSchools, now, before, true));
  return {
    kind: "table",
    caption: t.results.schoolsTitle(block.procedure, periods[periods.length - 1]),
    header: [head(header)],
    rows,
    widths: ege ? [44, 12, 14, 14, 16] : [40, 11, 10, 11, 11, 17],
  };
}

function overview(block: ProcedureBlock, periods: readonly string[]): string {
  const last = block.total.length - 1;
  const now = block.total[last];
  const before = last > 0 ? block.total[last - 1] : undefined;
  const parts: string[] = [];
  if (now)
    parts.push(t.results.overview(block.procedure, periods[last], now, before, periods[last - 1], block.rankedBy));
  if (block.best.length > 0) parts.push(t.results.bestNames(block.rankedBy, block.best, block.worst));
  return parts.join(" ");
}

/** «Что выявлено» for one school: each reason on a line of its own. */
function attentionTable(found: SchoolFindings): DocTable {
  return {
    kind: "table",
    header: [head(t.results.attentionHeader)],
    rows: found.attention.map((item) => [
      cell(item.school),
      cell(
        [
          ...item.reasons.map((reason) => capitalise(reason.text)),
          ...(item.strengths.length > 0 ? [t.attention.strengths(item.strengths)] : []),
        ].join("\n"),
      ),
    ]),
    widths: [28, 72],
  };
}

/** The models' latest results beside the municipality's, by procedure. */
function modelsTable(found: SchoolFindings, report: AnalysisReport): DocTable {
  const blocks = (report.results?.procedures ?? []).filter((block) =>
    found.models.some((item) => item.procedure === block.procedure),
  );
  const last = (report.results?.periods.length ?? 1) - 1;
  const header = [
    t.results.attentionHeader[0],
    ...blocks.map(
      (block) =>
        `${block.procedure}: ${t.results.measureHeader(block.rankedBy, block.procedure === "ЕГЭ", report.results?.egeHighFrom ?? 81).replace(/^./, (c) => c.toLocaleLowerCase("ru"))}`,
    ),
  ];
  const schools = [...new Set(found.models.map((item) => item.school))];
  const rows = schools.map((school) => [
    cell(school),
    ...blocks.map((block) => {
      const model = found.models.find((item) => item.school === school && item.procedure === block.procedure);
      return model ? pct(model.value) : cell("—", { align: "center" });
    }),
  ]);
  rows.push([
    cell(t.results.allSchools, { bold: true }),
    ...blocks.map((block) => pct(block.total[last]?.[block.rankedBy])),
  ]);
  return { kind: "table", header: [head(header)], rows, widths: [40, ...blocks.map(() => 20)] };
}

/** «Объективность результатов»: the official ФИС ОКО list period by period, then the book's own signs told apart. */
function officialListBlocks(report: AnalysisReport, n: Numbering): DocBlock[] {
  const list = report.officialList;
  if (!list) return [];
  return [
    heading(2, t.officialList.title, n.subsection()),
    ...list.periods.map((item) => para(t.officialList.period(item.period, item.schools))),
    ...(report.schools ? [para(t.officialList.ownSigns)] : []),
  ];
}

function proceduresSections(report: AnalysisReport, n: Numbering): DocSection {
  const blocks: DocBlock[] = [heading(1, t.sections.procedures, n.section())];
  const results = report.results;
  if (!results || results.procedures.length === 0) {
    blocks.push(para(t.results.none));
    blocks.push(...officialListBlocks(report, n));
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
    const compared = compareText(block, results.periods);
    const comparison = compareTable(block, results.periods, results.egeHighFrom);
    if (compared) blocks.push(para(compared));
    if (comparison) blocks.push(comparison);
    if (block.best.length > 0)
      blocks.push(schoolsTable(block, results.periods, results.smallSample, results.egeHighFrom));
  }
  const found = report.schools;
  if (found) {
    blocks.push(heading(2, t.attention.title, n.subsection()));
    blocks.push(para(t.attention.definition((report.significance ?? DEFAULT_SIGNIFICANCE).schoolFallPoints)));
    if (found.attention.length === 0) blocks.push(para(t.attention.none));
    else blocks.push(attentionTable(found));
    blocks.push(heading(2, t.attention.modelsTitle, n.subsection()));
    if (found.models.length === 0) blocks.push(para(t.attention.noModels));
    else {
      blocks.push(para(t.attention.modelsNote(report.results?.periods.length ?? 3)));
      blocks.push(modelsTable(found, report));
    }
  }
  blocks.push(...officialListBlocks(report, n));
  if (report.resultRules && report.resultRules.length > 0) {
    blocks.push(para(t.results.rules(report.resultRules), "note"));
  }
  return { id: "procedures", blocks, pageBreakBefore: true };
}

// ---------- systems ----------

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

type Group = keyof typeof t.systems.groups;

/** The group an indicator's row stands in: a significant change, an unstable series, a missed target; else none. */
function groupOf(item: IndicatorAnalysis): Group | undefined {
  if (item.verdict === "declined" || item.verdict === "improved" || item.verdict === "changed") return item.verdict;
  if (item.verdict === "unstable") return "unstable";
  return item.reached === false ? "notReached" : undefined;
}
const GROUPS: readonly Group[] = ["declined", "improved", "changed", "unstable", "notReached"];

function targetCell(item: IndicatorAnalysis): DocCell {
  return item.target === undefined
    ? cell("—", { align: "center" })
    : num(item.target, digitsOf(item.indicator, item.target));
}

/**
 * The indicators with something to say, grouped under what it is: significant changes and unstable series
 * over the periods; then missed targets with no significant change, in a narrower table of the latest value
 * beside the target. The rest are counted in one line and listed in the appendix.
 */
function compactTables(system: SystemAnalysis, periods: readonly string[]): DocTable[] {
  const columns = periods.length + 3;
  const rows: DocCell[][] = [];
  for (const group of GROUPS.filter((item) => item !== "notReached")) {
    const items = system.indicators.filter((item) => groupOf(item) === group);
    if (items.length === 0) continue;
    rows.push(groupRow(t.systems.groups[group], columns));
    for (const item of items) {
      rows.push([
        cell(item.indicator.label),
        ...periods.map((period) => periodCell(item, period)),
        changeCell(item),
        targetCell(item),
      ]);
    }
  }
  const tables: DocTable[] = [];
  if (rows.length > 0) {
    tables.push({
      kind: "table",
      header: [head([t.tables.indicator, ...periods.map(periodHead), t.tables.change, t.tables.target])],
      rows,
      widths: [52, ...periods.map(() => 9), 12, 9],
    });
  }
  const missed = system.indicators.filter((item) => groupOf(item) === "notReached");
  const last = periods[periods.length - 1];
  if (missed.length > 0 && last) {
    tables.push({
      kind: "table",
      header: [head([t.systems.groups.notReached, last, t.tables.target])],
      rows: missed.map((item) => [cell(item.indicator.label), periodCell(item, last), targetCell(item)]),
      widths: [76, 12, 12],
    });
  }
  return tables;
}

/** The system's notable shares over the periods, up to two, where at least two periods have values. */
function sharesChart(system: SystemAnalysis, periods: readonly string[]): DocChart | undefined {
  const shares = system.indicators
    .filter((item) => item.indicator.unit === "percent" && groupOf(item) !== undefined && item.verdict !== "stable")
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

/** The goal in one line: the first goal up to its first colon or semicolon, when that says enough. */
function shortGoal(goal: string): string {
  const cut = goal.search(/[:;]/);
  return cut >= 30 ? goal.slice(0, cut) : goal;
}

/**
 * Text only where it adds to the table: how many schools moved with each significant change, how many
 * targets were missed, and what the appendix holds besides.
 */
function systemText(system: SystemAnalysis, report: AnalysisReport, appendixTable: string): DocBlock[] {
  const rule = report.significance ?? DEFAULT_SIGNIFICANCE;
  const blocks: DocBlock[] = [];
  for (const item of system.indicators) {
    const group = groupOf(item);
    if (group !== "declined" && group !== "improved" && group !== "changed") continue;
    const pair = lastTwo(item);
    const schools = schoolsMoved(item, rule);
    if (!pair || !schools) continue;
    blocks.push(
      para(
        t.systems.schoolsLine(
          subjectOf(item.indicator, false),
          changeText(item.indicator, pair[0].value!, pair[1].value!),
          schools,
        ),
        "bullet",
      ),
    );
  }
  const withTarget = system.indicators.filter((item) => item.reached !== undefined).length;
  const missed = system.indicators.filter((item) => item.reached === false).length;
  const quiet = system.indicators.filter(
    (item) => groupOf(item) === undefined && item.values.some((value) => value.value !== undefined),
  ).length;
  const empty = system.indicators.filter((item) => !item.values.some((value) => value.value !== undefined)).length;
  const closing = [
    ...(missed > 0 ? [t.systems.missed(missed, withTarget)] : []),
    ...(quiet + empty > 0 ? [t.systems.rest(quiet, empty, appendixTable)] : []),
  ];
  if (closing.length > 0) blocks.push(para(closing.join(" ")));
  return blocks;
}

function systemSections(report: AnalysisReport, n: Numbering, numbers: Map<string, string>): DocSection[] {
  const rule = report.significance ?? DEFAULT_SIGNIFICANCE;
  const intro: DocSection = {
    id: "systems",
    blocks: [heading(1, t.sections.systems, n.section()), para(t.systems.rule(rule), "note")],
  };
  const sections = report.systems.map((system, index): DocSection => {
    const number = n.subsection();
    numbers.set(system.system.code, number);
    const blocks: DocBlock[] = [heading(2, system.system.label, number)];
    const goal = system.system.goals[0];
    if (goal) blocks.push(para(t.systems.goal(shortGoal(goal), system.system.goals.length)));
    blocks.push(...compactTables(system, report.periods));
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
  numbers: ReadonlyMap<string, string>,
): DocSection {
  const blocks: DocBlock[] = [heading(1, t.sections.recommendations, n.section())];
  if (!hasData(report)) {
    blocks.push(para(t.summary.noData));
    return { id: "recommendations", blocks };
  }
  if (recommendations.length === 0) blocks.push(para(t.recommendations.none));
  const actors = [...new Set(recommendations.map((item) => item.actor))];
  const sectionOf = new Map(report.systems.map((system) => [system.system.label, numbers.get(system.system.code)]));
  // A ground said once: a second measure on the same finding points to the first.
  const said = new Map<string, number>();
  let index = 0;
  for (const actor of actors) {
    blocks.push(heading(2, t.recommendations.to[actor], n.subsection()));
    const rows = recommendations
      .filter((item) => item.actor === actor)
      .map((item) => {
        index++;
        const first = said.get(item.basis);
        if (first === undefined) said.set(item.basis, index);
        const section = sectionOf.get(item.topic);
        const basis =
          first !== undefined
            ? t.recommendations.sameBasis(first)
            : section
              ? t.recommendations.basisIn(item.basis, section)
              : item.basis;
        return [
          cell(String(index), { align: "center" }),
          cell(item.text),
          cell(basis),
          // The date may break before the year in a narrow column.
          cell(
            `${capitalise(formatDeadline(item.deadline)).replace(/\u00a0(\d{4})/, " $1")}\n${capitalise(item.responsible)}`,
            {
              align: "center",
            },
          ),
        ];
      });
    blocks.push({
      kind: "table",
      header: [head(t.recommendations.header)],
      rows,
      widths: [5, 45, 33, 17],
    });
  }
  return { id: "recommendations", blocks };
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
        cell(t.verdicts[item.verdict], { align: "center" }),
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
  const numbers = new Map<string, string>();
  const sections: DocSection[] = [
    summarySection(report, recommendations, n),
    proceduresSections(report, n),
    ...systemSections(report, n, numbers),
    recommendationsSection(recommendations, report, n, numbers),
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
