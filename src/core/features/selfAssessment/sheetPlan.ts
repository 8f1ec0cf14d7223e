import { ROLES } from "../../workbook/roles";
import type { CycleStage, Methodology } from "../../catalog/methodologySchema";
import { ru } from "../../base/i18n/ru";
import { cellA1, columnLetter } from "../../base/plan/a1";
import { SheetGrid } from "../../base/plan/sheetGrid";
import type { CellStyle, PlannedCell, SheetPlan } from "../../base/plan/types";
import { formatPercent } from "../../base/text/format";
import { NUMBER_FORMATS } from "../../workbook/formats";
import { contradictions } from "./contradictions";
import { selfAssessmentRecommendations } from "./recommend";
import { ruleText, scoreGuard } from "./ruleText";
import { checkScore, CYCLE_STAGES, FULL_THRESHOLD, maximumOf } from "./scoring";

export const SELF_ASSESSMENT_ROLE = ROLES.selfAssessment;

/** Columns of the list of positions. */
export const COLUMNS = {
  code: 0,
  block: 1,
  subsystem: 2,
  stage: 3,
  position: 4,
  rule: 5,
  maximum: 6,
  source: 7,
  score: 8,
  remark: 9,
} as const;
const SPAN = 10;
/** Columns of the totals: what is summed, then level, points, maximum, percent. */
const T = { kind: 0, block: 1, subsystem: 2, stage: 3, level: 4, points: 5, maximum: 6, percent: 7 } as const;
/** Columns of the matrix: subsystem, its percent, then one per stage. */
const M = { subsystem: 2, percent: 3, firstStage: 4 } as const;
const CHART_COL = SPAN + 1;

const THRESHOLD_ROW = 3;
const THRESHOLD_CELL = `$${columnLetter(COLUMNS.maximum)}$${THRESHOLD_ROW + 1}`;
export const HEADER_ROW = 5;
const FIRST_ROW = HEADER_ROW + 1;

export interface SelfAssessmentOptions {
  /** The user's remarks by position code, kept across reruns. */
  readonly remarks?: ReadonlyMap<string, string>;
  /** Percent of the maximum from which a level is «полный» (default 75). */
  readonly threshold?: number;
  readonly sheetName?: string;
}

const text = (value: string) => `"${value.replace(/"/g, '""')}"`;
const column = (col: number, first: number, last: number) =>
  `$${columnLetter(col)}$${first + 1}:$${columnLetter(col)}$${last + 1}`;

/**
 * «Самооценка»: every position of the federal methodology with its rule, an editable maximum and
 * the score (validated per rule); totals per stage, subsystem and block by native SUMIFS over the
 * list, so they follow every edit; the matrix subsystems × stages with levels in colour; a chart of
 * percent by subsystem; recommendations for the weakest stages and the checks of the scores given.
 */
export function selfAssessmentSheetPlan(
  methodology: Methodology,
  scores: ReadonlyMap<string, number>,
  maxima: ReadonlyMap<string, number>,
  municipality: string,
  options: SelfAssessmentOptions = {},
): SheetPlan {
  const s = ru.selfAssessment;
  const threshold = options.threshold ?? FULL_THRESHOLD;
  const grid = new SheetGrid();
  const wide = (row: number, value: string, style: CellStyle, cols = SPAN) => {
    grid.set(row, 0, value, { style, wrap: style !== "title" });
    if (style !== "title") grid.merges.push({ row, col: 0, rows: 1, cols });
  };

  wide(0, s.title(municipality), "title");
  wide(1, s.subtitle(methodology.title), "subtitle");
  wide(2, s.maximaNote, "note");
  wide(THRESHOLD_ROW, s.thresholdLabel, "label", COLUMNS.maximum);
  grid.set(
    THRESHOLD_ROW,
    COLUMNS.maximum,
    threshold,
    { style: "input", numberFormat: NUMBER_FORMATS.general },
    { rule: { kind: "decimal", min: 0, max: 100 }, errorMessage: s.validation.threshold },
  );

  const h = s.headers;
  [h.code, h.block, h.subsystem, h.stage, h.position, h.rule, h.maximum, h.maximumSource, h.score, h.remark].forEach(
    (header, col) => grid.set(HEADER_ROW, col, header, { style: "header", wrap: true }),
  );
  const label = { style: "label" as const, wrap: true };
  const maximumGuard = { rule: { kind: "decimal", min: 0, max: 1000 } as const, errorMessage: s.validation.maximum };
  let row = FIRST_ROW;
  for (const block of methodology.blocks) {
    for (const subsystem of block.subsystems) {
      for (const position of subsystem.positions) {
        const maximum = maximumOf(position, maxima);
        grid.set(row, COLUMNS.code, position.code, { style: "label" });
        grid.set(row, COLUMNS.block, s.block(block.code, block.name), label);
        grid.set(row, COLUMNS.subsystem, s.subsystem(subsystem.code, subsystem.label), label);
        grid.set(row, COLUMNS.stage, s.stages[position.stage], label);
        grid.set(row, COLUMNS.position, position.label, label);
        grid.set(row, COLUMNS.rule, ruleText(position.rule), { style: "note", wrap: true });
        grid.set(row, COLUMNS.maximum, maximum, { style: "input", numberFormat: NUMBER_FORMATS.general }, maximumGuard);
        const reconstructed = position.maxReconstructed && maximum === position.maxScore;
        grid.set(row, COLUMNS.source, reconstructed ? s.reconstructed : null, { style: "note" });
        grid.set(
          row,
          COLUMNS.score,
          scores.get(position.code) ?? null,
          { style: "input", numberFormat: NUMBER_FORMATS.general },
          scoreGuard(position.rule, maximum),
        );
        grid.set(row, COLUMNS.remark, options.remarks?.get(position.code) ?? null, { style: "input", wrap: true });
        row++;
      }
    }
  }
  const lastRow = row - 1;
  grid.tables.push({
    name: "MsokoSelfAssessment",
    range: { row: HEADER_ROW, col: 0, rows: lastRow - HEADER_ROW + 1, cols: SPAN },
  });
  const ranges = {
    score: column(COLUMNS.score, FIRST_ROW, lastRow),
    maximum: column(COLUMNS.maximum, FIRST_ROW, lastRow),
    block: column(COLUMNS.block, FIRST_ROW, lastRow),
    subsystem: column(COLUMNS.subsystem, FIRST_ROW, lastRow),
    stage: column(COLUMNS.stage, FIRST_ROW, lastRow),
  };

  // Totals: one row per stage of each subsystem, then the subsystem, each block and all of them.
  row = lastRow + 2;
  wide(row++, s.totalsTitle, "subtitle");
  wide(row++, s.totalsNote, "note");
  const totalsHeader = row;
  const th = s.totalsHeaders;
  const totalsHeaders: [number, string][] = [
    [T.kind, th.kind],
    [T.block, h.block],
    [T.subsystem, h.subsystem],
    [T.stage, h.stage],
    [T.level, th.level],
    [T.points, th.points],
    [T.maximum, th.maximum],
    [T.percent, th.percent],
  ];
  totalsHeaders.forEach(([col, header]) => grid.set(row, col, header, { style: "header", wrap: true }));
  row++;
  const levelFormula = (r: number) =>
    `=IF(AND(ISNUMBER(${cellA1(r, T.percent)}),${cellA1(r, T.percent)}>=${THRESHOLD_CELL}),${text(s.levels.full)},` +
    `IF(${cellA1(r, T.points)}>0,${text(s.levels.partial)},${text(s.levels.absent)}))`;
  const totalRow = (kind: string, blockText: string, subsystemText: string, stageText: string, criteria: string) => {
    const sumOf = (range: string) => (criteria ? `=SUMIFS(${range},${criteria})` : `=SUM(${range})`);
    const points = cellA1(row, T.points);
    const maximum = cellA1(row, T.maximum);
    grid.set(row, T.kind, kind, { style: "label" });
    grid.set(row, T.block, blockText, label);
    grid.set(row, T.subsystem, subsystemText, label);
    grid.set(row, T.stage, stageText, label);
    grid.set(row, T.level, { formula: levelFormula(row) }, { style: "computed" });
    grid.set(row, T.points, { formula: sumOf(ranges.score) }, { style: "computed", numberFormat: "General" });
    grid.set(row, T.maximum, { formula: sumOf(ranges.maximum) }, { style: "computed", numberFormat: "General" });
    grid.set(
      row,
      T.percent,
      { formula: `=IF(AND(ISNUMBER(${maximum}),${maximum}>0),ROUND(${points}/${maximum}*100,1),"")` },
      { style: "computed", numberFormat: NUMBER_FORMATS.percent },
    );
    return row++;
  };
  const stageRows = new Map<string, number>();
  const subsystemRows = new Map<string, number>();
  const key = (subsystem: string, stage: CycleStage) => `${subsystem}|${stage}`;
  for (const block of methodology.blocks) {
    const blockText = s.block(block.code, block.name);
    for (const subsystem of block.subsystems) {
      const subsystemText = s.subsystem(subsystem.code, subsystem.label);
      for (const stage of CYCLE_STAGES) {
        const criteria = `${ranges.subsystem},${cellA1(row, T.subsystem)},${ranges.stage},${cellA1(row, T.stage)}`;
        stageRows.set(
          key(subsystem.code, stage),
          totalRow(s.totalKinds.stage, blockText, subsystemText, s.stages[stage], criteria),
        );
      }
      subsystemRows.set(
        subsystem.code,
        totalRow(
          s.totalKinds.subsystem,
          blockText,
          subsystemText,
          s.allStages,
          `${ranges.subsystem},${cellA1(row, T.subsystem)}`,
        ),
      );
    }
    totalRow(s.totalKinds.block, blockText, "", s.allStages, `${ranges.block},${cellA1(row, T.block)}`);
  }
  totalRow(s.totalKinds.all, s.allBlocks, "", s.allStages, "");
  const totalsLast = row - 1;
  const levelLooks = (range: { row: number; col: number; rows: number; cols: number }) => {
    const topLeft = cellA1(range.row, range.col);
    grid.conditionalFormats.push(
      { range, formula: `=${topLeft}=${text(s.levels.full)}`, look: "good" },
      { range, formula: `=${topLeft}=${text(s.levels.partial)}`, look: "flag" },
      { range, formula: `=${topLeft}=${text(s.levels.absent)}`, look: "bad" },
    );
  };
  levelLooks({ row: totalsHeader + 1, col: T.level, rows: totalsLast - totalsHeader, cols: 1 });

  // The matrix subsystems × stages; its first two columns are the chart's data.
  row++;
  wide(row++, s.matrixTitle, "subtitle");
  wide(row++, s.matrixNote(formatPercent(threshold, 0)), "note");
  const matrixHeader = row;
  grid.set(row, M.subsystem, h.subsystem, { style: "header", wrap: true });
  grid.set(row, M.percent, th.percent, { style: "header", wrap: true });
  CYCLE_STAGES.forEach((stage, i) => grid.set(row, M.firstStage + i, s.stages[stage], { style: "header", wrap: true }));
  row++;
  const subsystems = methodology.blocks.flatMap((block) => block.subsystems);
  for (const subsystem of subsystems) {
    const totals = subsystemRows.get(subsystem.code) as number;
    grid.set(row, M.subsystem, s.subsystem(subsystem.code, subsystem.label), label);
    const percent: PlannedCell = { formula: `=${cellA1(totals, T.percent)}` };
    grid.set(row, M.percent, percent, { style: "computed", numberFormat: NUMBER_FORMATS.percent });
    CYCLE_STAGES.forEach((stage, i) => {
      const source = stageRows.get(key(subsystem.code, stage)) as number;
      grid.set(row, M.firstStage + i, { formula: `=${cellA1(source, T.level)}` }, { style: "computed" });
    });
    row++;
  }
  levelLooks({ row: matrixHeader + 1, col: M.firstStage, rows: subsystems.length, cols: CYCLE_STAGES.length });
  grid.charts.push({
    type: "columnClustered",
    title: s.chartTitle,
    data: { row: matrixHeader, col: M.subsystem, rows: subsystems.length + 1, cols: 2 },
    seriesBy: "columns",
    anchor: { row: matrixHeader, col: CHART_COL, rows: 18, cols: 8 },
  });

  row++;
  wide(row++, s.recommendationsTitle, "subtitle");
  wide(row++, s.recommendationsNote, "note");
  for (const line of selfAssessmentRecommendations(methodology, scores, maxima, { threshold }))
    wide(row++, line, "label");

  row++;
  wide(row++, s.checksTitle, "subtitle");
  wide(row++, s.checksNote, "note");
  const positions = new Map(subsystems.flatMap((sub) => sub.positions.map((position) => [position.code, position])));
  const problems = [
    ...[...positions.values()].flatMap((position) => {
      const score = scores.get(position.code);
      const problem = score === undefined ? undefined : checkScore(position, score, maximumOf(position, maxima));
      return problem ? [problem] : [];
    }),
    ...contradictions(methodology, scores).map((item) => item.message),
  ];
  if (problems.length === 0) wide(row++, s.noProblems, "note");
  for (const problem of problems) wide(row++, problem, "label");

  const widths = [15, 24, 32, 22, 60, 30, 11, 13, 12, 30, 2, ...Array(8).fill(9)];
  return grid.toSheet(options.sheetName ?? s.sheetName, SELF_ASSESSMENT_ROLE, {
    columnWidths: widths,
    freeze: { rows: FIRST_ROW, cols: 1 },
  });
}
