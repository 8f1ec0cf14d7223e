import { ru } from "../i18n/ru";
import { NOT_HELD } from "../math/input";
import { cellA1 } from "../plan/a1";
import { SheetGrid } from "../plan/sheetGrid";
import type { CellStyle, SheetPlan } from "../plan/types";
import { changeFormat, valueFormat } from "../workbook/formats";
import type { AnalysisReport, IndicatorAnalysis, ProceduresSection, SystemAnalysis } from "./model";

const a = ru.analysisSheet;
/** Columns: indicator, unit, one per period, then dynamics, trend, target, status, verdict. */
const spanOf = (report: AnalysisReport) => 7 + report.periods.length;
const widthsOf = (report: AnalysisReport) => [50, 9, ...report.periods.map(() => 11), 12, 14, 10, 14, 14];
/** Chart data sits to the right, under the charts that show it. */
const chartCol = (report: AnalysisReport) => spanOf(report) + 1;
const chartDataCol = (report: AnalysisReport) => spanOf(report) + 12;

export const analysisRole = (period: string) => `analysis:${period}`;

const TREND_WORDS = { rise: ru.trend.rise, fall: ru.trend.fall, stable: ru.trend.stable, unstable: ru.trend.unstable };

/** Lays out one system's block in the order of the management cycle; returns the next free row. */
function systemBlock(
  grid: SheetGrid,
  report: AnalysisReport,
  block: SystemAnalysis,
  index: number,
  start: number,
): number {
  const SPAN = spanOf(report);
  let row = start;
  const text = (value: string, style: CellStyle = "label") => {
    grid.set(row, 0, value, { style, wrap: style === "label" });
    grid.merges.push({ row, col: 0, rows: 1, cols: SPAN });
    row++;
  };
  const heading = (value: string) => {
    grid.set(row, 0, value, { style: "subtitle" });
    row++;
  };

  grid.set(row++, 0, a.system(index, block.system.label), { style: "title" });
  heading(a.stages.goals);
  if (block.system.goals.length === 0) text(a.noGoals, "note");
  for (const goal of block.system.goals) text(`— ${goal}`);

  heading(a.stages.indicators);
  const tableRow = row;
  const periods = report.periods;
  const header = [
    a.headers.indicator,
    a.headers.unit,
    ...periods,
    a.headers.dynamics,
    a.headers.trend,
    a.headers.target,
    a.headers.status,
    a.headers.verdict,
  ];
  header.forEach((cell, col) => grid.set(row, col, cell, { style: "header", wrap: true }));
  row++;
  for (const item of block.indicators) {
    indicatorRow(grid, row, item, periods);
    row++;
  }
  if (block.indicators.length > 0) {
    grid.tables.push({
      name: `MsokoA_${block.system.code.replace(/[^0-9A-Za-z]/g, "_")}`,
      range: { row: tableRow, col: 0, rows: row - tableRow, cols: SPAN },
    });
    const verdictCol = SPAN - 1;
    const range = { row: tableRow + 1, col: verdictCol, rows: row - tableRow - 1, cols: 1 };
    const topLeft = cellA1(tableRow + 1, verdictCol);
    grid.conditionalFormats.push(
      { range, formula: `=${topLeft}="${a.verdicts.improved}"`, look: "good" },
      { range, formula: `=${topLeft}="${a.verdicts.declined}"`, look: "bad" },
      { range, formula: `=${topLeft}="${a.verdicts.unstable}"`, look: "flag" },
    );
  }
  charts(grid, report, block, tableRow);

  heading(a.stages.analysis);
  for (const conclusion of block.conclusions) text(conclusion.text);

  heading(a.stages.recommendations);
  if (block.recommendations.length === 0) text(a.noRecommendations, "note");
  for (const item of block.recommendations) {
    const labelOf = (code: string) => block.indicators.find((i) => i.indicator.code === code)?.indicator.label ?? code;
    const basis = [item.indicatorCode, ...(item.alsoFor ?? [])].map(labelOf);
    text(`${a.recommendation(item.actor, item.text)} ${a.basis(basis)}`);
  }

  const codes = new Set(block.indicators.map((item) => item.indicator.code));
  const assessed = report.assessments.filter((item) => codes.has(item.decision.indicatorCode));
  heading(a.stages.measures);
  text(a.measuresNote, "note");
  const current = assessed.filter((item) => item.decision.period === report.period);
  if (current.length === 0) text(a.noDecisions, "note");
  for (const { decision } of current) text(a.decision(decision.text, decision.responsible, decision.deadline));

  heading(a.stages.effectiveness);
  const earlier = assessed.filter((item) => item.decision.period !== report.period);
  if (earlier.length === 0) text(a.noAssessments, "note");
  for (const item of earlier) text(item.text);
  return row + 1;
}

function indicatorRow(grid: SheetGrid, row: number, item: IndicatorAnalysis, periods: readonly string[]): void {
  const { indicator } = item;
  grid.set(row, 0, indicator.label, { style: "label", wrap: true });
  grid.set(row, 1, ru.layout.unitWords[indicator.unit], { style: "label" });
  periods.forEach((period, p) => {
    const value = item.values.find((v) => v.period === period);
    const shown = value?.notHeld ? NOT_HELD : (value?.value ?? null);
    grid.set(row, 2 + p, shown, { style: "computed", numberFormat: valueFormat(indicator.unit) });
  });
  const after = 2 + periods.length;
  grid.set(row, after, item.change?.value ?? null, {
    style: "computed",
    numberFormat: item.change ? changeFormat(item.change.mode) : undefined,
  });
  grid.set(row, after + 1, item.trend ? TREND_WORDS[item.trend] : null, { style: "computed" });
  grid.set(row, after + 2, item.target ?? null, { style: "computed", numberFormat: valueFormat(indicator.unit) });
  const status = item.reached === undefined ? null : item.reached ? ru.status.reached : ru.status.notReached;
  grid.set(row, after + 3, status, { style: "computed" });
  grid.set(row, after + 4, a.verdicts[item.verdict], { style: "computed" });
}

/** A line chart of the system's key shares over the periods, and its main indicator compared across schools. */
function charts(grid: SheetGrid, report: AnalysisReport, block: SystemAnalysis, top: number): void {
  const [CHART_COL, CHART_DATA_COL] = [chartCol(report), chartDataCol(report)];
  const shares = block.indicators
    .filter((item) => item.indicator.unit === "percent" && item.values.filter((v) => v.value !== undefined).length >= 2)
    .slice(0, 5);
  let row = top;
  if (shares.length > 0) {
    grid.set(row, CHART_DATA_COL, a.headers.indicator, { style: "note" });
    report.periods.forEach((period, p) => grid.set(row, CHART_DATA_COL + 1 + p, period, { style: "note" }));
    shares.forEach((item, i) => {
      grid.set(row + 1 + i, CHART_DATA_COL, item.indicator.label, { style: "note" });
      report.periods.forEach((period, p) =>
        grid.set(row + 1 + i, CHART_DATA_COL + 1 + p, item.values.find((v) => v.period === period)?.value ?? null, {
          style: "note",
        }),
      );
    });
    grid.charts.push({
      type: "line",
      title: a.chartShares(block.system.label),
      data: { row, col: CHART_DATA_COL, rows: shares.length + 1, cols: report.periods.length + 1 },
      seriesBy: "rows",
      anchor: { row, col: CHART_COL, rows: 16, cols: 9 },
    });
    row += 17;
  }
  const main = block.indicators.find((item) => item.schools.some((s) => s.value !== undefined && !s.smallSample));
  if (!main) return;
  const schools = main.schools.filter((s) => s.value !== undefined && !s.smallSample);
  grid.set(row, CHART_DATA_COL, ru.layout.school, { style: "note" });
  grid.set(row, CHART_DATA_COL + 1, report.period, { style: "note" });
  schools.forEach((school, i) => {
    grid.set(row + 1 + i, CHART_DATA_COL, school.school, { style: "note" });
    grid.set(row + 1 + i, CHART_DATA_COL + 1, school.value ?? null, { style: "note" });
  });
  grid.charts.push({
    type: "barClustered",
    title: a.chartSchools(main.indicator.label, report.period),
    data: { row, col: CHART_DATA_COL, rows: schools.length + 1, cols: 2 },
    seriesBy: "columns",
    anchor: { row, col: CHART_COL, rows: Math.max(16, schools.length + 4), cols: 9 },
  });
}

/** Risks, objectivity signs and stable schools from the procedure results, with what to do about them. */
function proceduresBlock(grid: SheetGrid, section: ProceduresSection, start: number, span: number): void {
  const r = ru.resultsAnalysis;
  let row = start;
  const text = (value: string, style: CellStyle = "label") => {
    grid.set(row, 0, value, { style, wrap: true });
    grid.merges.push({ row, col: 0, rows: 1, cols: span });
    row++;
  };
  grid.set(row++, 0, r.heading, { style: "title" });
  text(r.rules(section.rules.join("; ")), "note");
  const part = (heading: string, lines: readonly string[], none: string) => {
    grid.set(row++, 0, heading, { style: "subtitle" });
    if (lines.length === 0) text(none, "note");
    lines.forEach((line) => text(line));
  };
  part(r.risks, section.risks, r.noRisks);
  part(r.signs, section.signs, r.noSigns);
  part(r.stable, section.stable, r.noStable);
  part(a.stages.recommendations, section.recommendations, a.noRecommendations);
}

/**
 * «Анализ <период>»: per system, following the management cycle — goals, indicators with their
 * values, dynamics and trend, conclusions, addressed recommendations, decisions and their effect.
 * Every cell is a value: the text is generated by the core and written as text, never as a formula.
 */
export function analysisSheetPlan(report: AnalysisReport, sheetName = a.sheetName(report.period)): SheetPlan {
  const grid = new SheetGrid();
  const calendar = !report.period.includes("/");
  grid.set(0, 0, (calendar ? a.titleCalendar : a.title)(report.municipality, report.period), { style: "title" });
  grid.set(1, 0, a.subtitle(report.periods.join(", ")), { style: "subtitle", wrap: true });
  grid.merges.push({ row: 1, col: 0, rows: 1, cols: spanOf(report) });
  let row = 3;
  report.systems.forEach((block, index) => {
    row = systemBlock(grid, report, block, index + 1, row);
  });
  if (report.procedures) proceduresBlock(grid, report.procedures, row, spanOf(report));
  const widths = [...widthsOf(report), 2, ...Array(11).fill(9)];
  widths[chartDataCol(report)] = 30;
  return grid.toSheet(sheetName, analysisRole(report.period), { columnWidths: widths });
}
