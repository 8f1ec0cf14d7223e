import type { Direction } from "../model/terms";
import { valueTexts } from "../i18n/values";
import { change, ChangeMode, parseChangeMode } from "./dynamics";
import { inputsRu } from "../i18n/inputs";
import { CellInput, NOT_HELD, readCount, readNumber, readTextArgument, ReadNumber } from "./input";
import { averageMark, degreeOfLearning, MarkCounts, quality, success } from "./marks";
import { EMPTY, fail, isError, MathError, NumberOutcome, Outcome } from "../math/outcome";
import { share } from "./share";
import { isReached, parseDirection } from "../math/status";
import { DEFAULT_TREND_TOLERANCE, Trend, trendOf } from "../math/trend";
import { describeChange, DescribedUnit } from "./describe";
import { asMatrix, broadcast, OutcomeMatrix } from "./matrix";

/**
 * The MSOKO spreadsheet functions over whole ranges, free of any host. The Excel custom functions
 * and the formula-engine tests both call these, so both compute the same numbers.
 */

type Read = ReadNumber;
const isMathError = (read: Read): read is MathError => isError(read);

function readDigits(input: CellInput, fallback: number): number | MathError {
  const read = readNumber(input, valueTexts.args.digits);
  if (isMathError(read)) return read;
  if (read.kind !== "number") return fallback;
  if (!Number.isInteger(read.value) || read.value < 0 || read.value > 10)
    return fail("num", valueTexts.errors.digits(read.value));
  return read.value;
}

function readNonNegative(input: CellInput, what: string): Read {
  const read = readNumber(input, what);
  if (read.kind === "number" && read.value < 0) return fail("num", valueTexts.errors.negative(what, read.value));
  return read;
}

/** The first error among reads, else undefined. Errors win over blanks: a typo must not hide. */
function firstError(reads: readonly Read[]): MathError | undefined {
  return reads.find(isMathError);
}

function valueOf(read: Read): number {
  return read.kind === "number" ? read.value : 0;
}

export function shareRange(part: unknown, whole: unknown, digits?: unknown): OutcomeMatrix {
  return broadcast([asMatrix(part), asMatrix(whole), asMatrix(digits)], ([p, w, d]) => {
    const reads = [readNonNegative(p, valueTexts.args.part), readNonNegative(w, valueTexts.args.whole)];
    const error = firstError(reads);
    if (error) return error;
    const places = readDigits(d, 1);
    if (isError(places)) return places;
    if (reads.some((read) => read.kind === "notHeld")) return NOT_HELD;
    if (reads.some((read) => read.kind === "blank")) return EMPTY;
    return share(valueOf(reads[0]), valueOf(reads[1]), places);
  });
}

function readMode(input: CellInput): ChangeMode | MathError {
  const text = readTextArgument(input, inputsRu.args.mode);
  if (isError(text)) return text;
  if (text === undefined) return "points";
  return parseChangeMode(text) ?? fail("value", valueTexts.errors.unknownMode(text));
}

export function dynamicsRange(current: unknown, previous: unknown, mode?: unknown, digits?: unknown): OutcomeMatrix {
  const args = [asMatrix(current), asMatrix(previous), asMatrix(mode), asMatrix(digits)];
  return broadcast(args, ([c, p, m, d]) => {
    const kind = readMode(m);
    if (isError(kind)) return kind;
    const reads = [readNumber(c, valueTexts.args.current), readNumber(p, valueTexts.args.previous)];
    const error = firstError(reads);
    if (error) return error;
    const places = readDigits(d, 1);
    if (isError(places)) return places;
    if (reads.some((read) => read.kind !== "number")) return EMPTY;
    if (kind === "relative") {
      for (const [read, what] of [
        [reads[0], valueTexts.args.current],
        [reads[1], valueTexts.args.previous],
      ] as const) {
        if (valueOf(read) < 0) return fail("num", valueTexts.errors.negative(what, valueOf(read)));
      }
    }
    return change(valueOf(reads[0]), valueOf(reads[1]), kind, places);
  });
}

const TREND_WORDS: Record<Trend, string> = {
  rise: valueTexts.trend.rise,
  fall: valueTexts.trend.fall,
  stable: valueTexts.trend.stable,
  unstable: valueTexts.trend.unstable,
};

function trendOfCells(cells: readonly CellInput[], tolerance: number): Outcome {
  const values: number[] = [];
  for (const cell of cells) {
    const read = readNumber(cell, valueTexts.args.value);
    if (isMathError(read)) return read;
    if (read.kind === "number") values.push(read.value);
  }
  if (values.length === 0) return EMPTY;
  const trend = trendOf(values, tolerance);
  return trend === undefined ? valueTexts.trend.tooFew : TREND_WORDS[trend];
}

/** One series in a row or a column gives one word; a block gives one word per row (periods across). */
export function trendRange(values: unknown, tolerance?: unknown): OutcomeMatrix {
  const matrix = asMatrix(values);
  const toleranceRead = readNumber(asMatrix(tolerance)[0][0], valueTexts.args.tolerance);
  if (isMathError(toleranceRead)) return [[toleranceRead]];
  const limit = toleranceRead.kind === "number" ? toleranceRead.value : DEFAULT_TREND_TOLERANCE;
  if (limit < 0) return [[fail("num", valueTexts.errors.tolerance(limit))]];
  const isOneSeries = matrix.length === 1 || matrix.every((row) => row.length === 1);
  if (isOneSeries) return [[trendOfCells(matrix.flat(), limit)]];
  return matrix.map((row) => [trendOfCells(row, limit)]);
}

type MarkFormula = (marks: MarkCounts, digits: number) => NumberOutcome;

function marksRange(formula: MarkFormula, defaultDigits: number, args: readonly unknown[]): OutcomeMatrix {
  const [n5, n4, n3, n2, digits] = Array.from({ length: 5 }, (_, i) => asMatrix(args[i]));
  return broadcast([n5, n4, n3, n2, digits], ([a, b, c, d, places]) => {
    const reads = [
      readCount(a, valueTexts.args.n5),
      readCount(b, valueTexts.args.n4),
      readCount(c, valueTexts.args.n3),
      readCount(d, valueTexts.args.n2),
    ];
    const error = firstError(reads);
    if (error) return error;
    const decimals = readDigits(places, defaultDigits);
    if (isError(decimals)) return decimals;
    if (reads.some((read) => read.kind === "notHeld")) return NOT_HELD;
    // A mark nobody got is often left blank; the row counts as filled when any mark is.
    if (reads.every((read) => read.kind === "blank")) return EMPTY;
    const [r5, r4, r3, r2] = reads.map(valueOf);
    return formula({ n5: r5, n4: r4, n3: r3, n2: r2 }, decimals);
  });
}

export const qualityRange = (...args: unknown[]) => marksRange(quality, 1, args);
export const successRange = (...args: unknown[]) => marksRange(success, 1, args);
export const averageMarkRange = (...args: unknown[]) => marksRange(averageMark, 2, args);
export const degreeOfLearningRange = (...args: unknown[]) => marksRange(degreeOfLearning, 1, args);

function readDirection(input: CellInput): Direction | MathError {
  const text = readTextArgument(input, inputsRu.args.direction);
  if (isError(text)) return text;
  if (text === undefined) return "higher";
  return parseDirection(text) ?? fail("value", valueTexts.errors.unknownDirection(text));
}

export function statusRange(value: unknown, target: unknown, direction?: unknown): OutcomeMatrix {
  return broadcast([asMatrix(value), asMatrix(target), asMatrix(direction)], ([v, t, d]) => {
    const towards = readDirection(d);
    if (isError(towards)) return towards;
    const reads = [readNumber(v, valueTexts.args.value), readNumber(t, valueTexts.args.target)];
    const error = firstError(reads);
    if (error) return error;
    if (reads.some((read) => read.kind !== "number")) return EMPTY;
    return isReached(valueOf(reads[0]), valueOf(reads[1]), towards)
      ? valueTexts.status.reached
      : valueTexts.status.notReached;
  });
}

const PERCENT_UNITS = new Set(["%", "доля", "п.п.", "процент", "percent"]);
const COUNT_UNITS = new Set(["ед.", "ед", "единиц", "количество", "count"]);
const withoutYo = (word: string) => word.replace(/ё/g, "е");
const NOUNS = new Map(Object.entries(valueTexts.nouns).map(([key, forms]) => [withoutYo(key), forms]));
/** Abbreviations methodologists type for a unit: «чел.» is «человек». */
const NOUN_ALIASES: ReadonlyMap<string, string> = new Map([
  ["чел.", "человек"],
  ["чел", "человек"],
  ["уч.", "участник"],
]);

function readUnit(input: CellInput): DescribedUnit | MathError {
  const text = readTextArgument(input, inputsRu.args.unit);
  if (isError(text)) return text;
  if (text === undefined) return { kind: "percent" };
  const key = text.toLowerCase();
  if (PERCENT_UNITS.has(key)) return { kind: "percent" };
  if (COUNT_UNITS.has(key)) return { kind: "count" };
  const noun = NOUNS.get(withoutYo(NOUN_ALIASES.get(key) ?? key));
  return noun ? { kind: "count", noun } : fail("value", valueTexts.errors.unknownUnit(text));
}

export function describeRange(
  name: unknown,
  current: unknown,
  previous: unknown,
  unit?: unknown,
  direction?: unknown,
): OutcomeMatrix {
  const args = [name, current, previous, unit, direction].map(asMatrix);
  return broadcast(args, ([n, c, p, u, d]) => {
    const described = readUnit(u);
    if (isError(described)) return described;
    const towards = readTextArgument(d, inputsRu.args.direction) === undefined ? undefined : readDirection(d);
    if (isError(towards)) return towards;
    const reads = [readNumber(c, valueTexts.args.current), readNumber(p, valueTexts.args.previous)];
    const error = firstError(reads);
    if (error) return error;
    const [now, before] = reads;
    if (now.kind !== "number") return EMPTY;
    const title = readTextArgument(n, inputsRu.args.name);
    if (isError(title)) return title;
    if (title === undefined) return fail("value", valueTexts.errors.emptyName);
    if (described.kind === "percent" && (now.value < 0 || now.value > 100)) {
      return fail("num", valueTexts.errors.shareOutOfRange(valueTexts.args.current, now.value));
    }
    return describeChange({
      name: title,
      current: now.value,
      previous: before.kind === "number" ? before.value : undefined,
      unit: described,
      direction: towards,
    });
  });
}

/** MSOKO.RISK defaults, as in the Tula ШНОР rule: share of «2» ≥ 20 % in 2 of the last 3 periods. */
export const RISK_DEFAULT_THRESHOLD = 20;
export const RISK_DEFAULT_YEARS = 2;
export const RISK_WINDOW = 3;

function riskOfCells(cells: readonly CellInput[], threshold: number, years: number): Outcome {
  const values: number[] = [];
  for (const cell of cells) {
    const read = readNumber(cell, valueTexts.risk.argShare);
    if (isMathError(read)) return read;
    if (read.kind !== "number") continue;
    if (read.value < 0 || read.value > 100)
      return fail("num", valueTexts.errors.shareOutOfRange(valueTexts.risk.argShare, read.value));
    values.push(read.value);
  }
  if (values.length === 0) return EMPTY;
  const last = values.slice(-RISK_WINDOW);
  const risky = last.filter((value) => value >= threshold).length;
  if (risky >= years) return valueTexts.risk.yes;
  // Missing periods could still bring the count up to `years`: the answer is not known yet.
  return risky + (RISK_WINDOW - last.length) >= years ? valueTexts.risk.tooFew : valueTexts.risk.no;
}

/**
 * Shares of «2» over periods in chronological order: «риск» when at least `years` of the last three
 * filled periods reach the threshold. A row or a column gives one word; a block gives one per row.
 */
export function riskRange(shareOfTwos: unknown, threshold?: unknown, years?: unknown): OutcomeMatrix {
  const matrix = asMatrix(shareOfTwos);
  const thresholdRead = readNumber(asMatrix(threshold)[0][0], valueTexts.risk.argThreshold);
  if (isMathError(thresholdRead)) return [[thresholdRead]];
  const limit = thresholdRead.kind === "number" ? thresholdRead.value : RISK_DEFAULT_THRESHOLD;
  if (limit < 0 || limit > 100) return [[fail("num", valueTexts.risk.badThreshold(limit))]];
  const yearsRead = readNumber(asMatrix(years)[0][0], valueTexts.risk.argYears);
  if (isMathError(yearsRead)) return [[yearsRead]];
  const needed = yearsRead.kind === "number" ? yearsRead.value : RISK_DEFAULT_YEARS;
  if (!Number.isInteger(needed) || needed < 1 || needed > RISK_WINDOW) {
    return [[fail("num", valueTexts.risk.badYears(needed, RISK_WINDOW))]];
  }
  const isOneSeries = matrix.length === 1 || matrix.every((row) => row.length === 1);
  if (isOneSeries) return [[riskOfCells(matrix.flat(), limit, needed)]];
  return matrix.map((row) => [riskOfCells(row, limit, needed)]);
}
