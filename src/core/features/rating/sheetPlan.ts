import { ROLES } from "../../workbook/roles";
import { ru } from "../../base/i18n/ru";
import { cellA1, columnLetter, rangeA1 } from "../../base/plan/a1";
import { SheetGrid } from "../../base/plan/sheetGrid";
import type { PlannedCell, PlannedValidation, SheetPlan } from "../../base/plan/types";
import { NUMBER_FORMATS } from "../../workbook/formats";
import type { RatingData } from "./data";
import { ratingLines, RatingLine, RatingRubric, RatingValueKind } from "./rubric";
import { ruleText } from "./ruleText";
import type { RatingValues } from "./score";

export const RATING_ROLE = ROLES.rating;

const COL = { code: 0, label: 1, rule: 2, max: 3, average: 4, firstSchool: 5 } as const;
const ROW = { title: 0, subtitle: 1, dataNote: 2, entryNote: 3, bandsNote: 4, high: 5, medium: 6, group: 7, header: 8 };
const FIRST_VALUE_ROW = ROW.header + 1;
const absolute = (row: number, col: number) => `$${columnLetter(col)}$${row + 1}`;

/** Where things stand on the rating sheet, for the shells and for tests. */
export interface RatingSheetLayout {
  readonly schoolCol: (index: number) => number;
  readonly valueRow: (line: number) => number;
  readonly pointsRow: (line: number) => number;
  readonly totalRow: number;
  readonly bandRow: number;
  readonly missingRow: number;
  /** The cells holding the lower bounds of the high and medium bands. */
  readonly bandBounds: { readonly high: string; readonly medium: string };
}

export function ratingSheetLayout(lineCount: number): RatingSheetLayout {
  const pointsHeader = FIRST_VALUE_ROW + lineCount;
  const totalRow = pointsHeader + lineCount + 1;
  return {
    schoolCol: (index) => COL.firstSchool + index,
    valueRow: (line) => FIRST_VALUE_ROW + line,
    pointsRow: (line) => pointsHeader + 1 + line,
    totalRow,
    bandRow: totalRow + 1,
    missingRow: totalRow + 2,
    bandBounds: { high: absolute(ROW.high, COL.max), medium: absolute(ROW.medium, COL.max) },
  };
}

const FORMATS: Record<RatingValueKind, string> = {
  percent: NUMBER_FORMATS.percent,
  count: NUMBER_FORMATS.count,
  score: NUMBER_FORMATS.decimal,
  yesno: NUMBER_FORMATS.general,
};

type Guard = Omit<PlannedValidation, "range">;
const GUARDS: Record<RatingValueKind, Guard> = {
  percent: { rule: { kind: "decimal", min: 0, max: 100 }, errorMessage: ru.rating.validationPercent },
  count: { rule: { kind: "wholeNumber", min: 0 }, errorMessage: ru.rating.validationCount },
  score: { rule: { kind: "decimal", min: 0, max: 100 }, errorMessage: ru.rating.validationScore },
  yesno: { rule: { kind: "list", items: [ru.layout.yes, ru.layout.no] }, errorMessage: ru.rating.validationYesNo },
};

const text = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** The points of one line as a native formula over its value cell (and the average cell). */
export function pointsFormula(line: RatingLine, value: string, average: string): string | undefined {
  const { rule } = line;
  switch (rule.kind) {
    case "none":
      return undefined;
    case "yesNo":
      return `=IF(${value}=${text(ru.layout.yes)},${rule.yes},IF(${value}=${text(ru.layout.no)},${rule.no},""))`;
    case "perUnit": {
      const units = rule.per === 1 ? `INT(${value})` : `INT(${value}/${rule.per})`;
      return `=IF(ISNUMBER(${value}),${units}*(${rule.points}),"")`;
    }
    case "steps": {
      const chain = rule.steps.reduceRight<string>((otherwise, step) => {
        const test =
          step.bound === "average"
            ? `AND(ISNUMBER(${average}),${value}${step.when}${average})`
            : `${value}${step.when}${step.bound}`;
        return `IF(${test},${step.points},${otherwise})`;
      }, String(rule.otherwise));
      return `=IF(ISNUMBER(${value}),${chain},"")`;
    }
  }
}

const usesAverage = (line: RatingLine) =>
  line.rule.kind === "steps" && line.rule.steps.some((step) => step.bound === "average");

function shown(line: RatingLine, value: number): PlannedCell {
  if (line.value !== "yesno") return value;
  return value === 1 ? ru.layout.yes : value === 0 ? ru.layout.no : value;
}

/**
 * The sheet «Рейтинг руководителей»: a row per rubric line and a column per school, first the values
 * (from the workbook's data, or typed by hand), then the points as native formulas over them, then
 * each school's total, band and number of lines without data.
 */
export function ratingSheetPlan(
  rubric: RatingRubric,
  schools: readonly string[],
  data: RatingData,
  period: string,
  entered: RatingValues = new Map(),
): SheetPlan {
  const lines = ratingLines(rubric);
  const itemOf = new Map(rubric.items.flatMap((item) => item.lines.map((line) => [line.code, item] as const)));
  const layout = ratingSheetLayout(lines.length);
  const grid = new SheetGrid();
  const lastCol = COL.firstSchool + Math.max(schools.length, 1) - 1;
  const wide = (row: number, value: string, style: "subtitle" | "note") => {
    grid.set(row, 0, value, { style, wrap: true });
    grid.merges.push({ row, col: 0, rows: 1, cols: Math.max(lastCol, COL.average) + 1 });
  };

  let fromData = 0;
  let givenPoints = 0;
  const given = (school: string, line: RatingLine) => data.points.get(school)?.get(itemOf.get(line.code)?.code ?? "");

  grid.set(ROW.title, 0, ru.rating.title, { style: "title" });
  wide(ROW.subtitle, ru.rating.subtitle(period), "subtitle");
  wide(ROW.entryNote, ru.rating.entryNote, "note");
  const open = rubric.openItems.join(", ");
  wide(ROW.bandsNote, `${ru.rating.bandsNote(rubric.maxTotal)} ${ru.rating.openNote(open)}`, "note");
  const bound = (row: number, label: string, min: number | undefined) => {
    grid.set(row, COL.label, label, { style: "label" });
    grid.set(row, COL.max, min ?? null, { style: "input", numberFormat: NUMBER_FORMATS.count }, GUARDS.count);
  };
  bound(ROW.high, ru.rating.bandFrom.high, rubric.bands.find((band) => band.id === "high")?.min);
  bound(ROW.medium, ru.rating.bandFrom.medium, rubric.bands.find((band) => band.id === "medium")?.min);

  const headers = ru.rating.headers;
  grid.set(ROW.group, COL.firstSchool, ru.rating.valuesGroup, { style: "note" });
  [headers.code, headers.item, headers.rule, headers.max, headers.average, ...schools].forEach((value, col) =>
    grid.set(ROW.header, col, value, { style: "header", wrap: true }),
  );

  const schoolRange = (row: number) => rangeA1(row, COL.firstSchool, 1, Math.max(schools.length, 1));
  lines.forEach((line, index) => {
    const row = layout.valueRow(index);
    const label = { style: "label" as const, wrap: true };
    grid.set(row, COL.code, line.code, { style: "label" });
    grid.set(row, COL.label, line.label, label);
    grid.set(row, COL.rule, ruleText(line), label);
    grid.set(row, COL.max, line.maxPoints ?? ru.rating.noMax, { style: "label" });
    const averageCell: PlannedCell = !usesAverage(line)
      ? null
      : (data.averages.get(line.code) ??
        ({ formula: `=IF(COUNT(${schoolRange(row)})=0,"",ROUND(AVERAGE(${schoolRange(row)}),1))` } as PlannedCell));
    grid.set(row, COL.average, averageCell, { style: "computed", numberFormat: NUMBER_FORMATS.percent });

    schools.forEach((school, s) => {
      const col = layout.schoolCol(s);
      const look = { numberFormat: FORMATS[line.value] };
      const fromDataValue = data.values.get(school)?.get(line.code);
      if (given(school, line) !== undefined) {
        grid.set(row, col, ru.rating.givenPoints, { style: "computed" });
      } else if (fromDataValue !== undefined) {
        fromData++;
        grid.set(row, col, shown(line, fromDataValue), { style: "computed", ...look });
      } else {
        const value = entered.get(school)?.get(line.code);
        grid.set(
          row,
          col,
          value === undefined ? null : shown(line, value),
          { style: "input", ...look },
          GUARDS[line.value],
        );
      }
    });
  });

  const pointsHeader = layout.pointsRow(0) - 1;
  grid.set(pointsHeader, COL.label, ru.rating.pointsGroup, { style: "header" });
  [COL.code, COL.rule, COL.max, COL.average].forEach((col) => grid.set(pointsHeader, col, null, { style: "header" }));
  schools.forEach((school, s) => grid.set(pointsHeader, layout.schoolCol(s), school, { style: "header", wrap: true }));

  lines.forEach((line, index) => {
    const row = layout.pointsRow(index);
    const item = itemOf.get(line.code);
    grid.set(row, COL.code, line.code, { style: "label" });
    grid.set(row, COL.label, line.label, { style: "label", wrap: true });
    grid.set(row, COL.max, line.maxPoints ?? ru.rating.noMax, { style: "label" });
    const valueRow = layout.valueRow(index);
    schools.forEach((school, s) => {
      const col = layout.schoolCol(s);
      const points = given(school, line);
      let cell: PlannedCell;
      if (points !== undefined) {
        const first = item?.lines[0] === line;
        if (first) givenPoints++;
        cell = first ? points : 0;
      } else {
        const formula = pointsFormula(line, cellA1(valueRow, col), absolute(valueRow, COL.average));
        cell = formula ? { formula } : null;
      }
      grid.set(row, col, cell, { style: "computed", numberFormat: NUMBER_FORMATS.count });
    });
  });

  const scored = lines.filter((line) => line.rule.kind !== "none").length;
  grid.set(layout.totalRow, COL.label, ru.rating.total, { style: "header" });
  grid.set(layout.totalRow, COL.max, rubric.maxTotal, { style: "header" });
  grid.set(layout.bandRow, COL.label, ru.rating.band, { style: "header" });
  grid.set(layout.missingRow, COL.label, ru.rating.missing, { style: "header" });
  const bands = ru.rating.bands;
  schools.forEach((_, s) => {
    const col = layout.schoolCol(s);
    const points = rangeA1(layout.pointsRow(0), col, lines.length, 1);
    const total = cellA1(layout.totalRow, col);
    const { high, medium } = layout.bandBounds;
    const computed = { style: "computed" as const };
    grid.set(layout.totalRow, col, { formula: `=IF(COUNT(${points})=0,"",SUM(${points}))` }, computed);
    grid.set(
      layout.bandRow,
      col,
      {
        formula: `=IF(ISNUMBER(${total}),IF(${total}>=${high},${text(bands.high)},IF(${total}>=${medium},${text(bands.medium)},${text(bands.low)})),"")`,
      },
      computed,
    );
    grid.set(layout.missingRow, col, { formula: `=${scored}-COUNT(${points})` }, computed);
  });

  if (schools.length > 0) {
    const range = { row: layout.bandRow, col: COL.firstSchool, rows: 1, cols: schools.length };
    const cell = cellA1(layout.bandRow, COL.firstSchool);
    grid.conditionalFormats.push(
      { range, formula: `=${cell}=${text(bands.high)}`, look: "good" },
      { range, formula: `=${cell}=${text(bands.medium)}`, look: "flag" },
      { range, formula: `=${cell}=${text(bands.low)}`, look: "bad" },
    );
  }

  const sheets = data.sheets.map((name) => `«${name}»`).join(", ");
  wide(
    ROW.dataNote,
    fromData + givenPoints > 0 ? ru.rating.dataNote(sheets, fromData, givenPoints) : ru.rating.noDataNote,
    "note",
  );

  const widths = [14, 48, 44, 10, 10];
  schools.forEach((_, s) => (widths[layout.schoolCol(s)] = 14));
  return grid.toSheet(ru.rating.sheetName, RATING_ROLE, {
    columnWidths: widths,
    freeze: { rows: FIRST_VALUE_ROW, cols: COL.rule },
  });
}
