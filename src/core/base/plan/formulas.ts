import type { Direction } from "../model/terms";
import type { ChangeMode } from "../cells/dynamics";
import { DEFAULT_TREND_TOLERANCE } from "../math/trend";
import { ru } from "../i18n/ru";
import { findMsokoFunction, MSOKO_NAMESPACE } from "../cells/registry";

/**
 * How computed cells are written. «msoko» uses the add-in's functions (with their Russian error
 * messages); «portable» uses only native functions that Excel, LibreOffice and the Russian suites
 * compute alike, giving the same numbers for valid data.
 */
export type FormulaFlavour = "msoko" | "portable";

const both = (cells: readonly string[]) => `AND(${cells.map((cell) => `ISNUMBER(${cell})`).join(",")})`;
const text = (value: string) => `"${value.replace(/"/g, '""')}"`;

const MODE_WORD: Record<ChangeMode, string> = { points: "п.п.", relative: "%", absolute: "абс" };

export interface Formulas {
  share(part: string, whole: string): string;
  ratio(part: string, whole: string): string;
  change(current: string, previous: string, mode: ChangeMode): string;
  status(value: string, target: string, direction: Direction): string;
  trend(values: readonly string[], range: string): string;
}

const portable: Formulas = {
  share: (part, whole) => `=IF(${both([part, whole])},IF(${whole}>0,ROUND(${part}/${whole}*100,1),""),"")`,
  ratio: (part, whole) => `=IF(${both([part, whole])},IF(${whole}>0,ROUND(${part}/${whole},2),""),"")`,
  change: (current, previous, mode) => {
    const guard = both([current, previous]);
    if (mode === "relative") {
      return `=IF(AND(${guard},${previous}<>0),ROUND((${current}-${previous})/ABS(${previous})*100,1),"")`;
    }
    // The inner ROUND drops the subtraction's binary noise first, as change() does: 13.45 − 13.4 is 0.05, so +0.1.
    return `=IF(${guard},ROUND(ROUND(${current}-${previous},10),1),"")`;
  },
  status: (value, target, direction) => {
    const test = direction === "lower" ? `${value}<=${target}` : `${value}>=${target}`;
    return `=IF(${both([value, target])},IF(${test},${text(ru.status.reached)},${text(ru.status.notReached)}),"")`;
  },
  trend: (values) => {
    // Steps between neighbouring filled periods, as in MSOKO.TREND when no period in between is blank.
    const t = DEFAULT_TREND_TOLERANCE;
    const pairs = values.slice(1).map((cell, i) => [values[i], cell] as const);
    const step = (a: string, b: string, test: string) => `IF(${both([a, b])},(${b}-${a}${test})*1,0)`;
    const rises = `(${pairs.map(([a, b]) => step(a, b, `>${t}`)).join("+")})`;
    const falls = `(${pairs.map(([a, b]) => step(a, b, `<-${t}`)).join("+")})`;
    const [first, last] = [values[0], values[values.length - 1]];
    const total = `IF(${both([first, last])},${last}-${first},0)`;
    const count = `COUNT(${values.join(",")})`;
    return (
      `=IF(${count}=0,"",IF(${count}=1,${text(ru.trend.tooFew)},` +
      `IF(AND(${rises}>0,${falls}>0),${text(ru.trend.unstable)},IF(${rises}>0,${text(ru.trend.rise)},` +
      `IF(${falls}>0,${text(ru.trend.fall)},IF(${total}>${t},${text(ru.trend.rise)},` +
      `IF(${total}<-${t},${text(ru.trend.fall)},${text(ru.trend.stable)})))))))`
    );
  },
};

const DIRECTION_WORD: Record<Direction, string> = {
  higher: "больше — лучше",
  lower: "меньше — лучше",
  neutral: "больше — лучше",
};

/** A call of a registered MSOKO function; a name the registry lacks is a programming error. */
function call(name: string, ...args: string[]): string {
  if (!findMsokoFunction(name)) throw new Error(`${MSOKO_NAMESPACE}.${name} is not in the function registry`);
  return `=${MSOKO_NAMESPACE}.${name}(${args.join(",")})`;
}

const msoko: Formulas = {
  share: (part, whole) => call("SHARE", part, whole),
  ratio: portable.ratio,
  change: (current, previous, mode) => call("DYNAMICS", current, previous, text(MODE_WORD[mode])),
  status: (value, target, direction) => call("STATUS", value, target, text(DIRECTION_WORD[direction])),
  trend: (_values, range) => call("TREND", range),
};

export function formulasFor(flavour: FormulaFlavour): Formulas {
  return flavour === "msoko" ? msoko : portable;
}

/** A reference as formulas hold it: «F7», «$F$7», «F7:H7», «'Лист'!$F$7:$F$40», «Лист1!A1». */
const REFERENCE =
  /(?<![\p{L}\p{N}_.])(?:(?:'(?:[^']|'')+'|[\p{L}\p{N}_.]+)!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?(?![\p{L}\p{N}_(])/gu;
const STRING = /("(?:[^"]|"")*")/;

/**
 * What a formula computes, whatever cells it reads: references become «#», spaces outside strings go. Our formula
 * for a kind of cell keeps its shape when rows and columns move; a formula the user typed has another one.
 */
/** A total summed from its parts' rows; blank while no part is typed. Both flavours write it natively. */
export function partsTotal(range: string): string {
  return `=IF(COUNT(${range})=0,"",SUM(${range}))`;
}

export function formulaShape(formula: string): string {
  return formula
    .replace(/^\s*=/, "")
    .split(STRING)
    .map((part, i) => (i % 2 === 1 ? part : bareNames(part).replace(REFERENCE, "#").replace(/\s+/g, "").toUpperCase()))
    .join("");
}

/**
 * Function names as Excel shows them. In a saved file Excel writes an add-in's function with a prefix
 * («_xldudf_MSOKO_SHARE», sometimes «[2]!_xldudf_…») and newer native ones as «_xlfn.…»: our formulas read back from
 * a file saved by Excel are still ours.
 */
function bareNames(text: string): string {
  return text
    .replace(/(?:\[\d+\]!)?_xldudf_/gi, "")
    .replace(new RegExp(`\\b${MSOKO_NAMESPACE}_(?=\\w+\\()`, "gi"), `${MSOKO_NAMESPACE}.`)
    .replace(/_xlfn\.|_xlws\./gi, "");
}
