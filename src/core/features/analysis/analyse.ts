import type { Indicator } from "../../catalog/schema";
import { ru } from "../../base/i18n/ru";
import { change as changeOf, ChangeMode } from "../../base/cells/dynamics";
import { isNotHeld } from "../../base/cells/input";
import { isError } from "../../base/math/outcome";
import { clean, roundHalfUp } from "../../base/math/rounding";
import { share } from "../../base/cells/share";
import { isImprovement, isReached } from "../../base/math/status";
import { DEFAULT_TREND_TOLERANCE } from "../../base/math/trend";
import type { CellValue } from "../../base/plan/types";
import type { Dataset } from "../../sheets/dataset";
import { Entry, entryOf, isWholeCount, partsOf } from "../../workbook/entry";
import type { Field } from "../../workbook/inputs";
import type { Change, IndicatorAnalysis, PeriodValue, SchoolValue, Verdict } from "./model";
import { scaleOf, stepOf, trendUnder } from "./significance";
import { DEFAULT_SIGNIFICANCE, SignificanceRule } from "../../base/model/results";

/**
 * The numbers of the analytical report, computed from the dataset exactly as the workbook's
 * formulas compute them, so the report never contradicts the sheets. Yes/no values are 1 («да»)
 * and 0 («нет»); a school's flag is 100 or 0, its share of flagged schools among itself.
 */

/** A change within this many units (п.п. for shares, percent for counts) is no change. */
export const CHANGE_TOLERANCE = DEFAULT_TREND_TOLERANCE;

/** Whether one school's (or the municipality's) move from `from` to `to` is significant, and which way. */
export function significantStep(
  indicator: Indicator,
  from: number,
  to: number,
  rule: SignificanceRule = DEFAULT_SIGNIFICANCE,
): -1 | 0 | 1 {
  return stepOf(scaleOf(indicator), from, to, rule, indicator.unit).sign;
}

/** Typed cells of one indicator, by period and field; per school where they stand on a school sheet. */
interface IndicatorCells {
  readonly municipal: Map<string, CellValue>;
  readonly schools: Map<string, Map<string, CellValue>>;
  target?: CellValue;
}

const slot = (field: Field, period = "") => `${field}@${period}`;

function cellsByIndicator(dataset: Dataset): Map<string, IndicatorCells> {
  const byCode = new Map<string, IndicatorCells>();
  for (const sheet of dataset.sheets) {
    for (const { key, value } of sheet.scan.cells) {
      let cells = byCode.get(key.code);
      if (!cells) byCode.set(key.code, (cells = { municipal: new Map(), schools: new Map() }));
      if (key.field === "target") {
        if (cells.target === undefined && !key.school) cells.target = value;
        continue;
      }
      let place = cells.municipal;
      if (sheet.perSchool && key.school) {
        place = cells.schools.get(key.school) ?? new Map();
        cells.schools.set(key.school, place);
      }
      // A repeated row is a validation error; the first one counts, as the workbook's lookups do.
      if (!place.has(slot(key.field, key.period))) place.set(slot(key.field, key.period), value);
    }
  }
  for (const indicator of dataset.indicators.values()) {
    const parts = partsOf(indicator).flatMap((part) => byCode.get(part.code) ?? []);
    if (parts.length > 0) byCode.set(indicator.code, totalOfParts(parts, byCode.get(indicator.code)?.target));
  }
  return byCode;
}

/** A broken-down indicator's cells as its total row computes them: each slot the sum of its parts' numbers. */
function totalOfParts(parts: readonly IndicatorCells[], target: CellValue | undefined): IndicatorCells {
  const add = (into: Map<string, CellValue>, from: Map<string, CellValue>) => {
    for (const [at, value] of from) {
      const before = into.get(at);
      if (typeof value === "number") into.set(at, clean((typeof before === "number" ? before : 0) + value));
      // «не проводилось» stands only where no part has a number.
      else if (before === undefined && isNotHeld(String(value))) into.set(at, value);
    }
  };
  const total: IndicatorCells = { municipal: new Map(), schools: new Map(), target };
  for (const part of parts) {
    add(total.municipal, part.municipal);
    for (const [school, cells] of part.schools) {
      const into = total.schools.get(school) ?? new Map<string, CellValue>();
      total.schools.set(school, into);
      add(into, cells);
    }
  }
  return total;
}

type Read =
  { kind: "number"; value: number } | { kind: "yes" } | { kind: "no" } | { kind: "notHeld" } | { kind: "blank" };

function read(value: CellValue | undefined): Read {
  if (typeof value === "number" && Number.isFinite(value)) return { kind: "number", value };
  if (typeof value !== "string") return { kind: "blank" };
  if (isNotHeld(value)) return { kind: "notHeld" };
  const word = value.trim().toLowerCase();
  if (word === ru.layout.yes) return { kind: "yes" };
  if (word === ru.layout.no) return { kind: "no" };
  return { kind: "blank" };
}

/** numerator ÷ denominator as the sheets compute it: a share in percent (1 decimal) or a ratio (2 decimals). */
function quotient(part: number, whole: number, entry: Entry): number | undefined {
  if (whole <= 0) return undefined;
  if (entry.quotient === "ratio") return roundHalfUp(part / whole, 2);
  const value = share(part, whole);
  return isError(value) ? undefined : value;
}

const sum = (values: readonly number[]) => clean(values.reduce((total, value) => total + value, 0));

function fromMunicipality(
  cells: Map<string, CellValue>,
  period: string,
  entry: Entry,
  indicator: Indicator,
): PeriodValue {
  if (entry.inputs === "numDen") {
    const [num, den] = [read(cells.get(slot("num", period))), read(cells.get(slot("den", period)))];
    if (num.kind === "number" && den.kind === "number") {
      return { period, value: quotient(num.value, den.value, entry), numerator: num.value, denominator: den.value };
    }
    return num.kind === "notHeld" || den.kind === "notHeld" ? { period, notHeld: true } : { period };
  }
  const value = read(cells.get(slot("val", period)));
  if (value.kind === "number" && indicator.unit !== "yesno") return { period, value: value.value };
  if ((value.kind === "yes" || value.kind === "no") && indicator.unit === "yesno") {
    return { period, value: value.kind === "yes" ? 1 : 0 };
  }
  return value.kind === "notHeld" ? { period, notHeld: true } : { period };
}

function fromSchools(
  schools: Iterable<Map<string, CellValue>>,
  period: string,
  entry: Entry,
  indicator: Indicator,
): PeriodValue {
  const rows = [...schools];
  const anyNotHeld = rows.some((cells) =>
    (["num", "den", "val"] as const).some((field) => read(cells.get(slot(field, period))).kind === "notHeld"),
  );
  const nothing: PeriodValue = anyNotHeld ? { period, notHeld: true } : { period };
  if (entry.inputs === "numDen") {
    const pairs = rows
      .map((cells) => [read(cells.get(slot("num", period))), read(cells.get(slot("den", period)))])
      .flatMap(([num, den]) => (num.kind === "number" && den.kind === "number" ? [[num.value, den.value]] : []));
    if (pairs.length === 0) return nothing;
    const [numerator, denominator] = [sum(pairs.map((pair) => pair[0])), sum(pairs.map((pair) => pair[1]))];
    return { period, value: quotient(numerator, denominator, entry), numerator, denominator };
  }
  const values = rows.map((cells) => read(cells.get(slot("val", period))));
  if (entry.inputs === "flag") {
    const yes = values.filter((value) => value.kind === "yes").length;
    const answered = yes + values.filter((value) => value.kind === "no").length;
    if (answered === 0) return nothing;
    return { period, value: quotient(yes, answered, entry), numerator: yes, denominator: answered };
  }
  const numbers = values.flatMap((value) => (value.kind === "number" ? [value.value] : []));
  if (numbers.length === 0) return nothing;
  const value = isWholeCount(indicator) ? sum(numbers) : roundHalfUp(sum(numbers) / numbers.length, 1);
  return { period, value };
}

/** One school's value in a period: its own share or ratio, its flag as 100 or 0, or its typed value. */
function schoolValue(cells: Map<string, CellValue>, period: string | undefined, entry: Entry): PeriodValue {
  if (period === undefined) return { period: "" };
  if (entry.inputs === "numDen") {
    const [num, den] = [read(cells.get(slot("num", period))), read(cells.get(slot("den", period)))];
    if (num.kind !== "number" || den.kind !== "number") return { period };
    return { period, value: quotient(num.value, den.value, entry), numerator: num.value, denominator: den.value };
  }
  const value = read(cells.get(slot("val", period)));
  if (entry.inputs === "flag")
    return value.kind === "yes" || value.kind === "no" ? { period, value: value.kind === "yes" ? 100 : 0 } : { period };
  return value.kind === "number" ? { period, value: value.value } : { period };
}

/**
 * The change from `from` to `to` as the dynamics column shows it. A relative change from zero is
 * undefined, so the plain difference stands in for it, labelled as such.
 */
export function changeBetween(from: number, to: number, mode: ChangeMode): { mode: ChangeMode; value: number } {
  const value = changeOf(to, from, mode);
  if (!isError(value)) return { mode, value };
  const difference = roundHalfUp(clean(to - from), 1);
  return { mode: mode === "relative" ? "absolute" : mode, value: difference };
}

/** Whether a change counts as one: beyond the tolerance. */
export const isBeyondTolerance = (delta: number) => Math.abs(delta) > CHANGE_TOLERANCE;

function verdictOf(
  indicator: Indicator,
  present: readonly PeriodValue[],
  rule: SignificanceRule,
  change?: Change,
  unstable = false,
): Verdict {
  if (present.length < 2) return "insufficient";
  if (unstable) return "unstable";
  if (indicator.unit !== "yesno" && !change) return "insufficient";
  const [from, to] = present.slice(-2).map((value) => value.value!);
  const sign = significantStep(indicator, from, to, rule);
  if (sign === 0) return "stable";
  const good = isImprovement(sign, indicator.direction);
  return good === undefined ? "changed" : good ? "improved" : "declined";
}

function schoolsOf(
  cells: IndicatorCells,
  order: readonly string[],
  period: string,
  previous: string | undefined,
  entry: Entry,
  smallSample: number,
): SchoolValue[] {
  const names = order.filter((school) => cells.schools.has(school));
  for (const school of cells.schools.keys()) if (!names.includes(school)) names.push(school);
  return names.flatMap((school) => {
    const own = cells.schools.get(school)!;
    const now = schoolValue(own, period, entry);
    const before = schoolValue(own, previous, entry);
    if (now.value === undefined && before.value === undefined) return [];
    const small = entry.quotient === "share" && now.denominator !== undefined && now.denominator < smallSample;
    return [
      {
        school,
        value: now.value,
        previous: before.value,
        numerator: now.numerator,
        denominator: now.denominator,
        smallSample: small,
      },
    ];
  });
}

function analyseOne(
  indicator: Indicator,
  systemCode: string,
  cells: IndicatorCells,
  dataset: Dataset,
  window: readonly string[],
  smallSample: number,
  rule: SignificanceRule,
): IndicatorAnalysis {
  const entry = entryOf(indicator);
  const perSchool = entry.per === "school" && cells.schools.size > 0;
  const values = window.map((period) =>
    perSchool
      ? fromSchools(cells.schools.values(), period, entry, indicator)
      : fromMunicipality(cells.municipal, period, entry, indicator),
  );
  const present = values.filter((value) => value.value !== undefined);
  let change: Change | undefined;
  if (present.length >= 2 && entry.change) {
    const [from, to] = present.slice(-2);
    change = { ...changeBetween(from.value!, to.value!, entry.change), from, to };
  }
  const numeric = indicator.unit !== "yesno";
  const trend =
    numeric && present.length >= 3
      ? trendUnder(
          scaleOf(indicator),
          present.map((value) => value.value!),
          rule,
          indicator.unit,
        )
      : undefined;
  const period = window[window.length - 1];
  const target = read(cells.target);
  const current = values[values.length - 1].value;
  const judged = numeric && indicator.direction !== "neutral";
  const previousPeriod = change?.from.period ?? (window.length > 1 ? window[window.length - 2] : undefined);
  return {
    indicator,
    systemCode,
    values,
    change,
    trend,
    target: target.kind === "number" ? target.value : undefined,
    reached:
      judged && target.kind === "number" && current !== undefined
        ? isReached(current, target.value, indicator.direction)
        : undefined,
    verdict: verdictOf(indicator, present, rule, change, trend === "unstable"),
    schools: perSchool ? schoolsOf(cells, dataset.schools, period, previousPeriod, entry, smallSample) : [],
  };
}

/** Up to three periods ending with `period`, oldest first. */
export function periodWindow(periods: readonly string[], period: string): string[] {
  const index = periods.indexOf(period);
  return index < 0 ? [period] : periods.slice(Math.max(0, index - 2), index + 1);
}

/** Every indicator of the framework, in catalog order, analysed for `period` and up to two periods before it. */
export function analyseIndicators(
  dataset: Dataset,
  period: string,
  smallSample = 10,
  rule: SignificanceRule = DEFAULT_SIGNIFICANCE,
): IndicatorAnalysis[] {
  const cells = cellsByIndicator(dataset);
  const window = periodWindow(dataset.periods, period);
  const empty: IndicatorCells = { municipal: new Map(), schools: new Map() };
  return dataset.framework.systems.flatMap((system) =>
    system.criteria.flatMap((criterion) =>
      criterion.indicators.map((indicator) =>
        analyseOne(indicator, system.code, cells.get(indicator.code) ?? empty, dataset, window, smallSample, rule),
      ),
    ),
  );
}
