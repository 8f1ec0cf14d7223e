import { fail, isError, MathError } from "../math/outcome";
import { inputsRu } from "../i18n/inputs";
import { valueTexts } from "../i18n/values";

/** What a cell holds plainly: numbers, strings, booleans, and blanks as null or "". */
export type PlainInput = number | string | boolean | null | undefined;

/**
 * What a cell can hand a function: a plain value, or an object — an Excel error value (#Н/Д in a referenced cell)
 * or a rich value (a data type, a formatted number) — which readInput turns into a plain value or a Russian error.
 */
export type CellInput = PlainInput | object;

/** HyperFormula's error types, and Excel's rich error value's errorType, by the code Excel shows. */
const ERROR_TYPES: Record<string, string> = {
  DIV_BY_ZERO: "#DIV/0!",
  Div0: "#DIV/0!",
  VALUE: "#VALUE!",
  Value: "#VALUE!",
  REF: "#REF!",
  Ref: "#REF!",
  NAME: "#NAME?",
  Name: "#NAME?",
  NUM: "#NUM!",
  Num: "#NUM!",
  NA: "#N/A",
  NotAvailable: "#N/A",
  Null: "#NULL!",
  SPILL: "#SPILL!",
  Spill: "#SPILL!",
  Calc: "#CALC!",
  Busy: "#BUSY!",
  GettingData: "#GETTING_DATA",
  Field: "#FIELD!",
  Connect: "#CONNECT!",
  Blocked: "#BLOCKED!",
};

const stringField = (value: object, key: string): string | undefined => {
  const field = (value as Record<string, unknown>)[key];
  return typeof field === "string" ? field : undefined;
};

/** The code of an error value, «#N/A», or undefined when the object is not an error value. */
function errorCodeOf(value: object): string | undefined {
  const code = stringField(value, "code") ?? stringField(value, "errorCode");
  if (code?.startsWith("#")) return code;
  const type = stringField(value, "errorType") ?? stringField(value, "type");
  if (type && ERROR_TYPES[type]) return ERROR_TYPES[type];
  if (type === "Error" || value instanceof Error || code !== undefined) return "";
  return undefined;
}

function isPlain(value: unknown): value is PlainInput {
  return value === null || value === undefined || ["number", "string", "boolean"].includes(typeof value);
}

/**
 * A cell's value as a plain value, or a Russian #VALUE! naming the argument: an Excel error value in the input
 * («#Н/Д»), or a rich value without a plain one. Rich values that carry one (a formatted number, a string or
 * boolean value, a data type card's text) give it.
 */
export function readInput(input: CellInput, what: string): PlainInput | MathError {
  if (isPlain(input)) return input;
  if (Array.isArray(input)) return readInput(input[0] as CellInput, what);
  const code = errorCodeOf(input);
  if (code !== undefined) {
    const name = inputsRu.errorNames[code] ?? code;
    return fail("value", name ? inputsRu.errorValue(what, name) : inputsRu.someErrorValue(what));
  }
  const basic = (input as Record<string, unknown>).basicValue;
  if ("basicValue" in input && isPlain(basic)) return basic;
  const text = stringField(input, "text");
  if (text !== undefined) return text;
  return fail("value", inputsRu.richValue(what, ""));
}

/** A cell marked «не проводилось»: a procedure that did not take place, neither 0 nor blank. */
export const NOT_HELD = "не проводилось";

export type ReadNumber = { kind: "number"; value: number } | { kind: "blank" } | { kind: "notHeld" } | MathError;

/** Beyond this no count or share makes sense, and products of it would overflow. */
const LARGEST = 1e15;

const NUMERIC_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

export function isNotHeld(input: CellInput | PlainInput): boolean {
  return typeof input === "string" && input.trim().toLowerCase() === NOT_HELD;
}

/**
 * Reads a number from a cell. Numbers typed as text («12», «74,2») are accepted as Excel's own
 * arithmetic accepts them; other text is an error that quotes it.
 */
export function readNumber(cell: CellInput, what: string): ReadNumber {
  const input = readInput(cell, what);
  if (isError(input)) return input;
  if (input === null || input === undefined) return { kind: "blank" };
  if (typeof input === "number") {
    return Math.abs(input) <= LARGEST
      ? { kind: "number", value: input }
      : fail("num", valueTexts.errors.notFinite(what));
  }
  if (typeof input === "boolean") return fail("value", valueTexts.errors.booleanNotNumber(what));
  const text = input.trim();
  if (text === "") return { kind: "blank" };
  if (isNotHeld(text)) return { kind: "notHeld" };
  const compact = text.replace(/[\s\u00a0]/g, "");
  if (NUMERIC_TEXT.test(compact)) return readNumber(Number(compact.replace(",", ".")), what);
  return fail("value", valueTexts.errors.textNotNumber(what, text));
}

/** Reads a whole non-negative count (participants, marks). */
export function readCount(input: CellInput, what: string): ReadNumber {
  const read = readNumber(input, what);
  if (read.kind !== "number") return read;
  if (read.value < 0) return fail("num", valueTexts.errors.negative(what, read.value));
  if (!Number.isInteger(read.value)) return fail("num", valueTexts.errors.notWhole(what, read.value));
  return read;
}

/** Reads an optional text argument (a mode, a direction, a unit). */
export function readText(cell: CellInput): string | undefined {
  const input = readInput(cell, inputsRu.anyArgument);
  if (input === null || input === undefined || isError(input)) return undefined;
  const text = String(input).trim();
  return text === "" ? undefined : text;
}

/** Like readText, but an error value in the cell is a Russian #VALUE! naming the argument rather than a blank. */
export function readTextArgument(cell: CellInput, what: string): string | undefined | MathError {
  const input = readInput(cell, what);
  return isError(input) ? input : readText(input);
}
