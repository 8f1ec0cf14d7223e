/**
 * Results of the domain math as plain data, free of Office.js and of any formula engine:
 * a number, a text, an empty result (inputs not filled yet), or a typed error with a Russian message.
 */
export type ErrorKind = "value" | "div0" | "num" | "na";

export interface MathError {
  readonly kind: "error";
  readonly error: ErrorKind;
  readonly message: string;
}

export type Outcome = number | string | MathError;

/** What a numeric computation gives: a number or an error. */
export type NumberOutcome = number | MathError;

/** An empty result: shown as a blank cell. */
export const EMPTY = "";

export function fail(error: ErrorKind, message: string): MathError {
  return { kind: "error", error, message };
}

export function isError(value: unknown): value is MathError {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "error";
}
