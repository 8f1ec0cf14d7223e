import type { Indicator } from "../../catalog/schema";
import { formsText } from "../../base/i18n/forms";
import { ru } from "../../base/i18n/ru";
import { NOT_HELD } from "../../base/cells/input";
import { cellA1, rangeA1 } from "../../base/plan/a1";
import { formulasFor } from "../../base/plan/formulas";
import { SheetGrid } from "../../base/plan/sheetGrid";
import type { CellRange, SheetPlan } from "../../base/plan/types";
import { entryOf, isWholeCount, partsOf } from "../../workbook/entry";
import { keyOf } from "../../workbook/inputs";
import { NUMBER_FORMATS, valueFormat } from "../../workbook/formats";
import { FormBook, previousPeriod, rowsFor } from "./book";
import { safeFileName } from "./fileName";
import { FormIdentity, identityRows } from "./identity";

const t = formsText;
const portable = formulasFor("portable");
const FIELDS = ["num", "den", "val"] as const;
type Field = (typeof FIELDS)[number];

/** Fixed columns: Код, Показатель, Ед. изм., Что вводить; then three columns a period. */
const FIXED = 4;
const INSTRUCTIONS_ROW = 3;

/** A data-validation rule of a form cell: a native formula true for a valid entry, or a list. */
export type FormRule =
  { readonly kind: "custom"; readonly formula: string } | { readonly kind: "list"; readonly items: readonly string[] };

export interface FormCheck {
  readonly row: number;
  readonly col: number;
  readonly rule: FormRule;
  readonly message: string;
}

/** One organisation's form: its identity, the visible sheet, the cells left unlocked and their checks. */
export interface FormPlan {
  readonly identity: FormIdentity;
  readonly fileName: string;
  readonly sheet: SheetPlan;
  readonly inputs: readonly CellRange[];
  readonly checks: readonly FormCheck[];
  /** The hidden sheet's rows: the same identity, for suites that keep hidden sheets. */
  readonly identitySheet: readonly (readonly string[])[];
  readonly rowCount: number;
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
const notHeld = (cell: string) => `TRIM(LOWER(${cell}))=${quoted(NOT_HELD)}`;

function numberRule(cell: string, whole: boolean, extra: string[] = []): FormRule {
  const tests = [`ISNUMBER(${cell})`, `${cell}>=0`, ...(whole ? [`${cell}=INT(${cell})`] : []), ...extra];
  return { kind: "custom", formula: `OR(${notHeld(cell)},AND(${tests.join(",")}))` };
}

function how(indicator: Indicator): string {
  const c = indicator.computation;
  switch (c.kind) {
    case "share":
      return t.how.share(c.numerator, c.denominator);
    case "ratio":
      return t.how.ratio(c.numerator, c.denominator);
    case "flagShare":
      return t.how.flag(c.flag);
    case "count":
      return t.how.count(c.of);
    case "average":
    case "score":
      return t.how.value(c.of);
    default:
      return "";
  }
}

/**
 * The form for one organisation and period: only the rows it answers, the previous period's values
 * for reference, yellow inputs unlocked and checked, instructions and the identity block on top.
 * Undefined when the organisation answers nothing.
 */
export function planForm(book: FormBook, organisation: string, period: string, issued?: string): FormPlan | undefined {
  const groups = rowsFor(book, organisation, period);
  if (groups.length === 0) return undefined;
  const previous = previousPeriod(book, period);
  const periods = previous ? [previous, period] : [period];
  const current = periods.length - 1;
  const column = (p: number, field: Field) => FIXED + 3 * p + FIELDS.indexOf(field);
  const identity: FormIdentity = {
    book: book.bookId ?? "",
    organisation,
    period,
    catalog: book.catalog,
    framework: book.framework.id,
    issued,
  };

  const grid = new SheetGrid();
  const width = FIXED + 3 * periods.length;
  grid.set(0, 0, t.title(organisation), { style: "title" });
  grid.set(1, 0, t.subtitle(period, book.stored.settings.municipality), { style: "subtitle" });
  const instructions = t.instructions(period, previous);
  instructions.forEach((line, i) => {
    grid.set(INSTRUCTIONS_ROW + i, 0, `${i + 1}. ${line}`, { style: "note", wrap: true });
    grid.merges.push({ row: INSTRUCTIONS_ROW + i, col: 0, rows: 1, cols: width });
  });
  const identityTop = INSTRUCTIONS_ROW + instructions.length + 1;
  grid.set(identityTop, 0, t.identityTitle, { style: "header" });
  grid.merges.push({ row: identityTop, col: 0, rows: 1, cols: 2 });
  const idRows = identityRows(identity);
  idRows.forEach(([label, value], i) => {
    grid.set(identityTop + 1 + i, 0, label, { style: "label" });
    grid.set(identityTop + 1 + i, 1, value, { style: "label" });
  });

  const groupRow = identityTop + idRows.length + 2;
  const headerRow = groupRow + 1;
  periods.forEach((label, p) => {
    const text = p === current ? t.fillFor(label) : t.givenFor(label);
    grid.set(groupRow, column(p, "num"), text, { style: "header" });
    grid.merges.push({ row: groupRow, col: column(p, "num"), rows: 1, cols: 3 });
  });
  const header = [ru.layout.code, ru.layout.indicator, ru.layout.unit, t.howHeader];
  periods.forEach((label, p) => {
    header[column(p, "num")] = ru.layout.numerator(label);
    header[column(p, "den")] = ru.layout.denominator(label);
    header[column(p, "val")] = ru.layout.value(label);
  });
  header.forEach((text, col) => grid.set(headerRow, col, text, { style: "header", wrap: true }));

  const inputs: CellRange[] = [];
  const checks: FormCheck[] = [];
  let row = headerRow + 1;
  let rowCount = 0;
  for (const { system, indicators } of groups) {
    grid.set(row, 1, t.section(system.label), { style: "subtitle" });
    row++;
    const totalRow = (indicator: Indicator, parts: number) => {
      const entry = entryOf(indicator);
      grid.set(row, 0, indicator.code, { style: "label" });
      grid.set(row, 1, indicator.label, { style: "label", wrap: true });
      grid.set(row, 2, ru.layout.unitWords[indicator.unit], { style: "label" });
      grid.set(row, 3, t.how.total, { style: "note", wrap: true });
      periods.forEach((_, p) => {
        const [num, den, val] = FIELDS.map((field) => column(p, field));
        const sum = (col: number) => {
          const range = rangeA1(row + 1, col, parts, 1);
          return { formula: `=IF(COUNT(${range})=0,"",SUM(${range}))` };
        };
        if (entry.inputs === "numDen") {
          grid.set(row, num, sum(num), { style: "computed", numberFormat: NUMBER_FORMATS.count });
          grid.set(row, den, sum(den), { style: "computed", numberFormat: NUMBER_FORMATS.count });
          const [numA1, denA1] = [cellA1(row, num), cellA1(row, den)];
          const formula = entry.quotient === "share" ? portable.share(numA1, denA1) : portable.ratio(numA1, denA1);
          grid.set(row, val, { formula }, { style: "computed", numberFormat: valueFormat(indicator.unit) });
        } else {
          grid.set(row, num, null, { style: "computed" });
          grid.set(row, den, null, { style: "computed" });
          grid.set(row, val, sum(val), { style: "computed", numberFormat: valueFormat(indicator.unit) });
        }
      });
      row++;
    };
    const inputRow = (indicator: Indicator, shownLabel: string) => {
      const entry = entryOf(indicator);
      grid.set(row, 0, indicator.code, { style: "label" });
      grid.set(row, 1, shownLabel, { style: "label", wrap: true });
      grid.set(row, 2, ru.layout.unitWords[indicator.unit], { style: "label" });
      grid.set(row, 3, how(indicator), { style: "note", wrap: true });
      periods.forEach((label, p) => {
        const own = p === current;
        const value = (field: Field) =>
          own
            ? null
            : (book.inputs.get(keyOf({ code: indicator.code, field, period: label, school: organisation })) ?? null);
        const [num, den, val] = FIELDS.map((field) => column(p, field));
        const [numA1, denA1, valA1] = [num, den, val].map((col) => cellA1(row, col));
        const input = (col: number, format: string, rule: FormRule, message: string, field: Field) => {
          grid.set(row, col, value(field), { style: own ? "input" : "label", numberFormat: format });
          if (!own) return;
          inputs.push({ row, col, rows: 1, cols: 1 });
          checks.push({ row, col, rule, message });
        };
        if (entry.inputs === "numDen") {
          const share = entry.quotient === "share";
          const whole = share;
          input(
            num,
            NUMBER_FORMATS.count,
            numberRule(numA1, whole, share ? [`OR(NOT(ISNUMBER(${denA1})),${numA1}<=${denA1})`] : []),
            share ? t.check.numerator : t.check.decimal,
            "num",
          );
          input(
            den,
            NUMBER_FORMATS.count,
            numberRule(denA1, whole, share ? [`OR(NOT(ISNUMBER(${numA1})),${denA1}>=${numA1})`] : []),
            share ? t.check.denominator : t.check.decimal,
            "den",
          );
          const formula = share ? portable.share(numA1, denA1) : portable.ratio(numA1, denA1);
          grid.set(row, val, { formula }, { style: "computed", numberFormat: valueFormat(indicator.unit) });
        } else {
          grid.set(row, num, null, { style: "computed" });
          grid.set(row, den, null, { style: "computed" });
          if (entry.inputs === "flag" || indicator.unit === "yesno") {
            const rule: FormRule = { kind: "list", items: [ru.layout.yes, ru.layout.no, NOT_HELD] };
            input(val, NUMBER_FORMATS.general, rule, t.check.yesNo, "val");
          } else if (isWholeCount(indicator)) {
            input(val, NUMBER_FORMATS.count, numberRule(valA1, true), t.check.count, "val");
          } else if (indicator.unit === "percent") {
            input(
              val,
              valueFormat(indicator.unit),
              numberRule(valA1, false, [`${valA1}<=100`]),
              t.check.percent,
              "val",
            );
          } else {
            input(val, valueFormat(indicator.unit), numberRule(valA1, false), t.check.decimal, "val");
          }
        }
      });
      row++;
      rowCount++;
    };
    for (const indicator of indicators) {
      const parts = partsOf(indicator);
      if (parts.length === 0) {
        inputRow(indicator, indicator.label);
        continue;
      }
      totalRow(indicator, parts.length);
      for (const part of parts) inputRow(part.indicator, ru.layout.partRow(part.name));
    }
  }
  const widths = [13, 56, 8, 40, ...periods.flatMap(() => [13, 13, 12])];
  const sheet = grid.toSheet(t.sheetName, "form", {
    columnWidths: widths,
    freeze: { rows: headerRow + 1, cols: 2 },
  });
  return {
    identity,
    fileName: safeFileName(organisation),
    sheet,
    inputs,
    checks,
    identitySheet: [[t.identityTitle, ""], ...idRows],
    rowCount,
  };
}

/** Forms for every organisation of the book that answers something, with unique file names. */
export function planForms(book: FormBook, period: string, issued?: string): { forms: FormPlan[]; skipped: string[] } {
  const forms: FormPlan[] = [];
  const skipped: string[] = [];
  const taken = new Set<string>();
  for (const organisation of book.schools) {
    const form = planForm(book, organisation, period, issued);
    if (!form) {
      skipped.push(organisation);
      continue;
    }
    let name = form.fileName;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = form.fileName.replace(/\.xlsx$/, ` (${n}).xlsx`);
    taken.add(name.toLowerCase());
    forms.push({ ...form, fileName: name });
  }
  return { forms, skipped };
}
