import type { Indicator, System } from "../catalog/schema";
import { ru } from "../base/i18n/ru";
import { cellA1 } from "../base/plan/a1";
import { formulasFor, FormulaFlavour } from "../base/plan/formulas";
import { SheetGrid } from "../base/plan/sheetGrid";
import type { CellValue, SheetPlan } from "../base/plan/types";
import { entryOf, isWholeCount } from "../workbook/entry";
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

/** `rowCount`: one row per indicator and organisation it is collected from. */
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
  const { system, layout, periods, schoolsOf, inputs } = input;
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
  for (const indicator of schoolIndicators(system)) {
    const entry = entryOf(indicator);
    for (const school of schoolsOf(indicator)) {
      grid.set(row, 0, indicator.code, { style: "label" });
      grid.set(row, 1, indicator.label, { style: "label" });
      grid.set(row, 2, ru.layout.unitWords[indicator.unit], { style: "label" });
      grid.set(row, 3, school, { style: "label" });
      periods.forEach((period, p) => {
        const take = (field: "num" | "den" | "val") =>
          inputs.take({ code: indicator.code, field, period: period.label, school });
        const [num, den, val] = FIELDS.map((field) => layout.column(p, field));
        const fixed = input.fixed?.(indicator, school, period.label);
        if (fixed !== undefined) {
          // Ours to rewrite on every run: what the last run wrote (or anyone typed) gives way to the marks.
          FIELDS.forEach((field) => take(field));
          grid.set(row, num, null, { style: "computed" });
          grid.set(row, den, null, { style: "computed" });
          grid.set(row, val, fixed, { style: "computed" });
        } else if (input.answers && !input.answers(indicator, school, period.label)) {
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
          const guard =
            entry.inputs === "flag" ? guards.yesNo : isWholeCount(indicator) ? guards.whole : guards.decimal;
          const format = entry.inputs === "flag" ? NUMBER_FORMATS.general : valueFormat(indicator.unit);
          grid.set(row, val, take("val"), { style: "input", numberFormat: format }, guard);
        }
      });
      row++;
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
  return grid.toSheet(layout.sheetName, `schools:${system.code}`, {
    columnWidths: widths,
    freeze: { rows: FIRST_ROW, cols: 4 },
  });
}
