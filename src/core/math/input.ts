import { fail, MathError } from "./outcome";
import { ru } from "../i18n/ru";

/** What a cell can hand a function: Excel passes numbers, strings, booleans, and blanks as null or "". */
export type CellInput = number | string | boolean | null | undefined;

/** A cell marked «не проводилось»: a procedure that did not take place, neither 0 nor blank. */
export const NOT_HELD = "не проводилось";

export type ReadNumber = { kind: "number"; value: number } | { kind: "blank" } | { kind: "notHeld" } | MathError;

/** Beyond this no count or share makes sense, and products of it would overflow. */
const LARGEST = 1e15;

const NUMERIC_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

export function isNotHeld(input: CellInput): boolean {
  return typeof input === "string" && input.trim().toLowerCase() === NOT_HELD;
}

/**
 * Reads a number from a cell. Numbers typed as text («12», «74,2») are accepted as Excel's own
 * arithmetic accepts them; other text is an error that quotes it.
 */
export function readNumber(input: CellInput, what: string): ReadNumber {
  if (input === null || input === undefined) return { kind: "blank" };
  if (typeof input === "number") {
    return Math.abs(input) <= LARGEST ? { kind: "number", value: input } : fail("num", ru.errors.notFinite(what));
  }
  if (typeof input === "boolean") return fail("value", ru.errors.booleanNotNumber(what));
  const text = input.trim();
  if (text === "") return { kind: "blank" };
  if (isNotHeld(text)) return { kind: "notHeld" };
  const compact = text.replace(/[\s\u00a0]/g, "");
  if (NUMERIC_TEXT.test(compact)) return readNumber(Number(compact.replace(",", ".")), what);
  return fail("value", ru.errors.textNotNumber(what, text));
}

/** Reads a whole non-negative count (participants, marks). */
export function readCount(input: CellInput, what: string): ReadNumber {
  const read = readNumber(input, what);
  if (read.kind !== "number") return read;
  if (read.value < 0) return fail("num", ru.errors.negative(what, read.value));
  if (!Number.isInteger(read.value)) return fail("num", ru.errors.notWhole(what, read.value));
  return read;
}

/** Reads an optional text argument (a mode, a direction, a unit). */
export function readText(input: CellInput): string | undefined {
  if (input === null || input === undefined) return undefined;
  const text = String(input).trim();
  return text === "" ? undefined : text;
}
