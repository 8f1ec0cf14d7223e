import { schoolSheetRole } from "../workbook/roles";
import type { Indicator, System } from "../catalog/schema";
import { ru } from "../base/i18n/ru";
import { cellA1, rangeA1 } from "../base/plan/a1";
import { formulasFor, FormulaFlavour, partsTotal } from "../base/plan/formulas";
import { SheetGrid } from "../base/plan/sheetGrid";
import type { CellValue, SheetPlan } from "../base/plan/types";
import { entryOf, isWholeCount, partsOf } from "../workbook/entry";
import { NUMBER_FORMATS, valueFormat } from "../workbook/formats";
import { guards } from "../workbook/guards";
import { InputSource } from "../workbook/inputs";
import type { Period } from "../workbook/periods";

const HEADER_ROW = 3;
const FIRST_ROW = HEADER_ROW + 1;
const FIXED = 4; // Код, Показатель, Ед. изм., ОО
const FIELDS = ["num", "den", "val"] as const;

/** Where a school sheet keeps what the system sheet sums up. */
export interface SchoolSheetLayout {
  readonly sheetName: string;
  readonly codeCol: number;
  readonly firstRow: number;
  readonly lastRow: number;
  column(period: number, field: "num" | "den" | "val"): number;
}

export function schoolIndicators(system: System): Indicator[] {
  return system.criteria.flatMap((c) => c.indicators).filter((indicator) => entryOf(indicator).per === "school");
}

/** Rows an indicator takes per organisation: one, or its total and a row for each part. */
export function rowsPerSchool(indicator: Indicator): number {
  const parts = partsOf(indicator).length;
  return parts > 0 ? parts + 1 : 1;
}

/** `rowCount`: one row per indicator and organisation it is collected from (`rowsPerSchool` for a broken-down one). */
export function schoolSheetLayout(sheetName: string, rowCount: number): SchoolSheetLayout {
  return {
    sheetName,
    codeCol: 0,
    firstRow: FIRST_ROW,
    lastRow: FIRST_ROW + Math.max(rowCount, 1) - 1,
    column: (period, field) => FIXED + 3 * period + FIELDS.indexOf(field),
  };
}

export interface SchoolSheetInput {
  readonly system: System;
  readonly layout: SchoolSheetLayout;
  readonly periods: readonly Period[];
  /** The organisations an indicator's rows are laid out for, in list order. */
  readonly schoolsOf: (indicator: Indicator) => readonly string[];
  readonly flavour: FormulaFlavour;
  readonly inputs: InputSource;
  readonly tableName: string;
  /** Whether a school answers an indicator in a period (its ШНОР / ШНСУ marks); absent: always. */
  readonly answers?: (indicator: Indicator, school: string, period: string) => boolean;
  /** The value an indicator computed from the marks has at a school in a period; undefined: typed as usual. */
  readonly fixed?: (indicator: Indicator, school: string, period: string) => CellValue | undefined;
}

/** Entry per school: one row per indicator and school, numerator, denominator and value per period. */
export function schoolSheetPlan(input: SchoolSheetInput): SheetPlan {
  const { system, layout, periods, schoolsOf } = input;
  const formulas = formulasFor(input.flavour);
  const grid = new SheetGrid();
  grid.set(0, 0, `${system.label}: данные ОО`, { style: "title" });
  grid.set(1, 0, ru.layout.schoolSheetNote(system.label), { style: "subtitle" });
  const header: string[] = [ru.layout.code, ru.layout.indicator, ru.layout.unit, ru.layout.school];
  periods.forEach((period, p) => {
    header[layout.column(p, "num")] = ru.layout.numerator(period.label);
    header[layout.column(p, "den")] = ru.layout.denominator(period.label);
    header[layout.column(p, "val")] = ru.layout.value(period.label);
  });
  header.forEach((text, col) => grid.set(HEADER_ROW, col, text, { style: "header", wrap: true }));

  let row = FIRST_ROW;
  const label = (at: number, code: string, text: string, indicator: Indicator, school: string) => {
    grid.set(at, 0, code, { style: "label" });
    grid.set(at, 1, text, { style: "label" });
    grid.set(at, 2, ru.layout.unitWords[indicator.unit], { style: "label" });
    grid.set(at, 3, school, { style: "label" });
  };
  for (const indicator of schoolIndicators(system)) {
    const parts = partsOf(indicator);
    for (const school of schoolsOf(indicator)) {
      label(row, indicator.code, indicator.label, indicator, school);
      if (parts.length === 0) {
        inputRow(grid, input, row, indicator, indicator.code, school, formulas);
        row++;
        continue;
      }
      // The total sums the parts typed on the rows under it; the system sheet sums the totals, as for any row.
      const first = row + 1;
      periods.forEach((period, p) => {
        const answered = !input.answers || input.answers(indicator, school, period.label);
        const entry = entryOf(indicator);
        const sum = (col: number) => {
          const range = rangeA1(first, col, parts.length, 1);
          return { formula: partsTotal(range) };
        };
        const [num, den, val] = FIELDS.map((field) => layout.column(p, field));
        if (!answered) {
          FIELDS.forEach((field) => grid.set(row, layout.column(p, field), null, { style: "computed" }));
        } else if (entry.inputs === "numDen") {
          grid.set(row, num, sum(num), { style: "computed", numberFormat: NUMBER_FORMATS.count });
          grid.set(row, den, sum(den), { style: "computed", numberFormat: NUMBER_FORMATS.count });
          const [a, b] = [cellA1(row, num), cellA1(row, den)];
          const formula = entry.quotient === "ratio" ? formulas.ratio(a, b) : formulas.share(a, b);
          grid.set(row, val, { formula }, { style: "computed", numberFormat: valueFormat(indicator.unit) });
        } else {
          grid.set(row, num, null, { style: "computed" });
          grid.set(row, den, null, { style: "computed" });
          grid.set(row, val, sum(val), { style: "computed", numberFormat: valueFormat(indicator.unit) });
        }
      });
      row++;
      for (const part of parts) {
        label(row, part.code, ru.layout.partRow(part.name), indicator, school);
        inputRow(grid, input, row, part.indicator, part.code, school, formulas, indicator);
        row++;
      }
    }
  }
  grid.tables.push({
    name: input.tableName,
    range: {
      row: HEADER_ROW,
      col: 0,
      rows: Math.max(row, FIRST_ROW + 1) - HEADER_ROW,
      cols: FIXED + 3 * periods.length,
    },
  });
  const widths = [13, 50, 9, 30, ...periods.flatMap(() => [12, 12, 12])];
  return grid.toSheet(layout.sheetName, schoolSheetRole(system.code), {
    columnWidths: widths,
    freeze: { rows: FIRST_ROW, cols: 4 },
  });
}

/** The inputs of one row for every period: what the school types, or the value its marks give. */
function inputRow(
  grid: SheetGrid,
  input: SchoolSheetInput,
  row: number,
  indicator: Indicator,
  code: string,
  school: string,
  formulas: ReturnType<typeof formulasFor>,
  /** The broken-down indicator a part belongs to: its marks decide whether the school answers. */
  whole: Indicator = indicator,
): void {
  const { layout, periods, inputs } = input;
  const entry = entryOf(indicator);
  periods.forEach((period, p) => {
    const take = (field: "num" | "den" | "val") => inputs.take({ code, field, period: period.label, school });
    const [num, den, val] = FIELDS.map((field) => layout.column(p, field));
    const fixed = input.fixed?.(whole, school, period.label);
    if (fixed !== undefined) {
      // Ours to rewrite on every run: what the last run wrote (or anyone typed) gives way to the marks.
      FIELDS.forEach((field) => take(field));
      grid.set(row, num, null, { style: "computed" });
      grid.set(row, den, null, { style: "computed" });
      grid.set(row, val, fixed, { style: "computed" });
    } else if (input.answers && !input.answers(whole, school, period.label)) {
      // Not marked in this period: nothing to collect, and whatever was typed waits in the archive.
      grid.set(row, num, null, { style: "computed" });
      grid.set(row, den, null, { style: "computed" });
      grid.set(row, val, null, { style: "computed" });
    } else if (entry.inputs === "numDen") {
      const guard = entry.quotient === "ratio" ? guards.decimal : guards.whole;
      grid.set(row, num, take("num"), { style: "input", numberFormat: NUMBER_FORMATS.count }, guard);
      grid.set(row, den, take("den"), { style: "input", numberFormat: NUMBER_FORMATS.count }, guard);
      const [a, b] = [cellA1(row, num), cellA1(row, den)];
      const formula = entry.quotient === "ratio" ? formulas.ratio(a, b) : formulas.share(a, b);
      grid.set(row, val, { formula }, { style: "computed", numberFormat: valueFormat(indicator.unit) });
    } else {
      grid.set(row, num, null, { style: "computed" });
      grid.set(row, den, null, { style: "computed" });
      const guard = entry.inputs === "flag" ? guards.yesNo : isWholeCount(indicator) ? guards.whole : guards.decimal;
      const format = entry.inputs === "flag" ? NUMBER_FORMATS.general : valueFormat(indicator.unit);
      grid.set(row, val, take("val"), { style: "input", numberFormat: format }, guard);
    }
  });
}
