import { systemRole } from "../workbook/roles";
import type { Indicator, System } from "../catalog/schema";
import type { Direction } from "../base/model/terms";
import type { ChangeMode } from "../base/cells/dynamics";
import { ru } from "../base/i18n/ru";
import { absoluteColumn, cellA1, fixedColumnA1, rangeA1 } from "../base/plan/a1";
import { formulaShape, formulasFor, FormulaFlavour, partsTotal } from "../base/plan/formulas";
import { SheetGrid } from "../base/plan/sheetGrid";
import type { PlannedCell, SheetPlan } from "../base/plan/types";
import { entryOf, isWholeCount, partsOf } from "../workbook/entry";
import { changeFormat, NUMBER_FORMATS, valueFormat } from "../workbook/formats";
import { InputSource } from "../workbook/inputs";
import type { Period } from "../workbook/periods";
import { schoolSheetLayout, type SchoolSheetLayout } from "./schoolSheet";
import { guards } from "../workbook/guards";

export const SYSTEM_HEADER_ROW = 4;
const FIRST_DATA_ROW = SYSTEM_HEADER_ROW + 1;
const FIXED = ["number", "criterion", "indicator", "unit", "better", "code"] as const;
const CODE_COL = FIXED.indexOf("code");
const BETTER_COL = FIXED.indexOf("better");

export const BETTER_WORDS: Record<Direction, string> = { higher: "больше", lower: "меньше", neutral: "—" };

/** Column positions of a system sheet for the given number of periods. */
export function systemColumns(periodCount: number) {
  const inputs = FIXED.length;
  const values = inputs + 2 * periodCount;
  const dynamics = values + periodCount;
  const target = dynamics + periodCount - 1;
  return {
    numerator: (p: number) => inputs + 2 * p,
    denominator: (p: number) => inputs + 2 * p + 1,
    value: (p: number) => values + p,
    dynamics: (p: number) => dynamics + p - 1, // p ≥ 1
    target,
    status: target + 1,
    trend: target + 2,
    count: target + 3,
  };
}

export interface SystemSheetInput {
  readonly system: System;
  readonly sheetName: string;
  readonly periods: readonly Period[];
  readonly municipality: string;
  readonly flavour: FormulaFlavour;
  readonly inputs: InputSource;
  /** The school sheet of this system, when some of its indicators are collected per school. */
  readonly schoolSheet?: SchoolSheetLayout;
  readonly tableName: string;
}

function aggregate(school: SchoolSheetLayout, row: number, period: number, field: "num" | "den" | "val", how: string) {
  const codes = absoluteColumn(school.sheetName, school.codeCol, school.firstRow, school.lastRow);
  const target = absoluteColumn(school.sheetName, school.column(period, field), school.firstRow, school.lastRow);
  const code = fixedColumnA1(row, CODE_COL);
  const filled = `COUNTIFS(${codes},${code},${target},"<>")`;
  // A flag counts where it was answered: «не проводилось» is neither «да» nor «нет» and stays out of the share.
  const count = (word: string) => `COUNTIFS(${codes},${code},${target},"${word}")`;
  const answered = `(${count(ru.layout.yes)}+${count(ru.layout.no)})`;
  switch (how) {
    case "sum":
      return `=IF(${filled}=0,"",SUMIFS(${target},${codes},${code}))`;
    case "average":
      return `=IF(${filled}=0,"",ROUND(AVERAGEIFS(${target},${codes},${code}),1))`;
    case "flagged":
      return `=IF(${answered}=0,"",${count(ru.layout.yes)})`;
    default:
      return `=IF(${answered}=0,"",${answered})`;
  }
}

const MAX_TREND_PERIODS = 30;
const CHANGES: readonly ChangeMode[] = ["points", "relative", "absolute"];
const DIRECTIONS: readonly Direction[] = ["higher", "lower", "neutral"];
let shapes: ReadonlySet<string> | undefined;

/**
 * The shapes (formulaShape) of every formula the add-in puts into computed cells of system and school sheets, in
 * both flavours and for any number of periods: a formula of another shape in such a cell was typed by the user.
 */
export function computedFormulaShapes(): ReadonlySet<string> {
  if (shapes) return shapes;
  const found = new Set<string>();
  for (const flavour of ["msoko", "portable"] as const) {
    const f = formulasFor(flavour);
    found.add(formulaShape(f.share("A1", "B1"))).add(formulaShape(f.ratio("A1", "B1")));
    for (const mode of CHANGES) found.add(formulaShape(f.change("A1", "B1", mode)));
    for (const direction of DIRECTIONS) found.add(formulaShape(f.status("A1", "B1", direction)));
    for (let count = 2; count <= MAX_TREND_PERIODS; count++) {
      const cells = Array.from({ length: count }, (_, i) => cellA1(0, i));
      found.add(formulaShape(f.trend(cells, rangeA1(0, 0, 1, count))));
    }
  }
  found.add(formulaShape(partsTotal("A1:A3")));
  const layout = schoolSheetLayout("ОО", 2);
  for (const field of ["num", "den", "val"] as const)
    for (const how of ["sum", "average", "flagged", "answered"])
      found.add(formulaShape(aggregate(layout, 0, 0, field, how)));
  return (shapes = found);
}

/** The appendix table of one system: inputs per period, values, dynamics, target, status, trend. */
export function systemSheetPlan(input: SystemSheetInput): SheetPlan {
  const { system, periods, flavour, inputs } = input;
  const formulas = formulasFor(flavour);
  const columns = systemColumns(periods.length);
  const grid = new SheetGrid();
  const indicators: Indicator[] = system.criteria.flatMap((criterion) => criterion.indicators);
  // A broken-down indicator: its total row, then a row for each part (typed, or summed from the schools' parts).
  const lines: { indicator: Indicator; number?: number; part?: string; parts: number }[] = indicators.flatMap(
    (indicator, index) => {
      const parts = partsOf(indicator);
      return [
        { indicator, number: index + 1, parts: parts.length },
        ...parts.map((part) => ({ indicator: part.indicator, part: part.name, parts: 0 })),
      ];
    },
  );
  const criterionOf = new Map(
    system.criteria.flatMap((criterion) => criterion.indicators.map((indicator) => [indicator.code, criterion.label])),
  );

  grid.set(0, 0, system.label, { style: "title" });
  grid.set(1, 0, ru.layout.systemNote(input.municipality), { style: "subtitle" });
  grid.set(2, 0, ru.layout.unitsNote, { style: "note" });
  grid.set(3, columns.numerator(0), ru.layout.inputsGroup, { style: "note" });
  grid.set(3, columns.value(0), ru.layout.valuesGroup, { style: "note" });
  if (periods.length > 1) grid.set(3, columns.dynamics(1), ru.layout.dynamicsGroup, { style: "note" });

  const header: string[] = [
    ru.layout.number,
    ru.layout.criterion,
    ru.layout.indicator,
    ru.layout.unit,
    ru.layout.better,
    ru.layout.code,
  ];
  periods.forEach((period, p) => {
    header[columns.numerator(p)] = ru.layout.numerator(period.label);
    header[columns.denominator(p)] = ru.layout.denominator(period.label);
    header[columns.value(p)] = ru.layout.value(period.label);
    if (p > 0) header[columns.dynamics(p)] = ru.layout.dynamics(period.label);
  });
  header[columns.target] = ru.layout.target;
  header[columns.status] = ru.layout.status;
  header[columns.trend] = ru.layout.trend;
  header.forEach((text, col) => grid.set(SYSTEM_HEADER_ROW, col, text, { style: "header", wrap: true }));

  lines.forEach(({ indicator, number, part, parts }, index) => {
    const row = FIRST_DATA_ROW + index;
    const entry = entryOf(indicator);
    const fromSchools = entry.per === "school" && input.schoolSheet ? input.schoolSheet : undefined;
    // A municipal total of parts typed here: the sum of the rows under it.
    const ofParts = parts > 0 && !fromSchools;
    const sumOfParts = (col: number) => {
      const range = rangeA1(row + 1, col, parts, 1);
      return { formula: partsTotal(range) };
    };
    const label = { style: "label" as const, wrap: true };
    grid.set(row, 0, number ?? null, { style: "label" });
    grid.set(row, 1, part === undefined ? (criterionOf.get(indicator.code) ?? "") : "", label);
    grid.set(row, 2, part === undefined ? indicator.label : ru.layout.partRow(part), label);
    grid.set(row, 3, ru.layout.unitWords[indicator.unit], { style: "label" });
    grid.set(row, BETTER_COL, BETTER_WORDS[indicator.direction], { style: "label" });
    grid.set(row, CODE_COL, indicator.code, { style: "label" });

    const typed = (period: Period, field: "num" | "den" | "val") =>
      inputs.take({ code: indicator.code, field, period: period.label });

    periods.forEach((period, p) => {
      const [num, den, val] = [columns.numerator(p), columns.denominator(p), columns.value(p)];
      const numA1 = cellA1(row, num);
      const denA1 = cellA1(row, den);
      const format = valueFormat(indicator.unit);
      if (entry.inputs === "numDen" || entry.inputs === "flag") {
        if (fromSchools) {
          const how = entry.inputs === "flag" ? ["flagged", "answered"] : ["sum", "sum"];
          grid.set(
            row,
            num,
            { formula: aggregate(fromSchools, row, p, entry.inputs === "flag" ? "val" : "num", how[0]) },
            { style: "computed", numberFormat: NUMBER_FORMATS.count },
          );
          grid.set(
            row,
            den,
            { formula: aggregate(fromSchools, row, p, entry.inputs === "flag" ? "val" : "den", how[1]) },
            { style: "computed", numberFormat: NUMBER_FORMATS.count },
          );
        } else if (ofParts) {
          grid.set(row, num, sumOfParts(num), { style: "computed", numberFormat: NUMBER_FORMATS.count });
          grid.set(row, den, sumOfParts(den), { style: "computed", numberFormat: NUMBER_FORMATS.count });
        } else {
          const guard = entry.quotient === "ratio" ? guards.decimal : guards.whole;
          grid.set(row, num, typed(period, "num"), { style: "input", numberFormat: NUMBER_FORMATS.count }, guard);
          grid.set(row, den, typed(period, "den"), { style: "input", numberFormat: NUMBER_FORMATS.count }, guard);
        }
        const formula = entry.quotient === "ratio" ? formulas.ratio(numA1, denA1) : formulas.share(numA1, denA1);
        grid.set(row, val, { formula }, { style: "computed", numberFormat: format });
      } else {
        grid.set(row, num, null, { style: "computed" });
        grid.set(row, den, null, { style: "computed" });
        if (fromSchools) {
          const how = isWholeCount(indicator) ? "sum" : "average";
          grid.set(
            row,
            val,
            { formula: aggregate(fromSchools, row, p, "val", how) },
            { style: "computed", numberFormat: format },
          );
        } else if (ofParts) {
          grid.set(row, val, sumOfParts(val), { style: "computed", numberFormat: format });
        } else {
          const guard =
            indicator.unit === "yesno"
              ? guards.yesNo
              : isWholeCount(indicator)
                ? guards.whole
                : indicator.unit === "percent"
                  ? guards.percent
                  : guards.decimal;
          grid.set(row, val, typed(period, "val"), { style: "input", numberFormat: format }, guard);
        }
      }
      if (p > 0) {
        const cell: PlannedCell = entry.change
          ? { formula: formulas.change(cellA1(row, val), cellA1(row, columns.value(p - 1)), entry.change) }
          : null;
        grid.set(row, columns.dynamics(p), cell, {
          style: "computed",
          numberFormat: entry.change ? changeFormat(entry.change) : undefined,
        });
      }
    });

    const last = columns.value(periods.length - 1);
    const target = cellA1(row, columns.target);
    // A part has no target of its own: the source sets none.
    const hasStatus = part === undefined && indicator.direction !== "neutral" && indicator.unit !== "yesno";
    grid.set(
      row,
      columns.target,
      part === undefined ? inputs.take({ code: indicator.code, field: "target" }) : null,
      { style: hasStatus ? "input" : "computed", numberFormat: valueFormat(indicator.unit) },
      hasStatus ? (indicator.unit === "percent" ? guards.percent : guards.decimal) : undefined,
    );
    grid.set(
      row,
      columns.status,
      hasStatus ? { formula: formulas.status(cellA1(row, last), target, indicator.direction) } : null,
      { style: "computed" },
    );
    const valueCells = periods.map((_, p) => cellA1(row, columns.value(p)));
    const numeric = indicator.unit !== "yesno";
    grid.set(
      row,
      columns.trend,
      numeric && periods.length > 1
        ? { formula: formulas.trend(valueCells, rangeA1(row, columns.value(0), 1, periods.length)) }
        : null,
      { style: "computed" },
    );
  });

  const lastRow = FIRST_DATA_ROW + Math.max(lines.length, 1) - 1;
  grid.tables.push({
    name: input.tableName,
    range: { row: SYSTEM_HEADER_ROW, col: 0, rows: lastRow - SYSTEM_HEADER_ROW + 1, cols: columns.count },
  });
  if (periods.length > 1 && lines.length > 0) {
    const range = { row: FIRST_DATA_ROW, col: columns.dynamics(1), rows: lines.length, cols: periods.length - 1 };
    const topLeft = cellA1(FIRST_DATA_ROW, columns.dynamics(1));
    const better = fixedColumnA1(FIRST_DATA_ROW, BETTER_COL);
    const good = `=AND(ISNUMBER(${topLeft}),OR(AND(${better}="${BETTER_WORDS.higher}",${topLeft}>0),AND(${better}="${BETTER_WORDS.lower}",${topLeft}<0)))`;
    const bad = `=AND(ISNUMBER(${topLeft}),OR(AND(${better}="${BETTER_WORDS.higher}",${topLeft}<0),AND(${better}="${BETTER_WORDS.lower}",${topLeft}>0)))`;
    grid.conditionalFormats.push({ range, formula: good, look: "good" }, { range, formula: bad, look: "bad" });
  }
  if (lines.length > 0) {
    const range = { row: FIRST_DATA_ROW, col: columns.status, rows: lines.length, cols: 1 };
    const cell = cellA1(FIRST_DATA_ROW, columns.status);
    grid.conditionalFormats.push(
      { range, formula: `=${cell}="${ru.status.reached}"`, look: "good" },
      { range, formula: `=${cell}="${ru.status.notReached}"`, look: "bad" },
    );
  }

  const widths = [5, 28, 50, 9, 9, 13];
  for (let col = FIXED.length; col < columns.count; col++) widths[col] = 13;
  widths[columns.status] = 14;
  widths[columns.trend] = 14;
  return grid.toSheet(input.sheetName, systemRole(system.code), {
    columnWidths: widths,
    freeze: { rows: FIRST_DATA_ROW, cols: 3 },
  });
}
