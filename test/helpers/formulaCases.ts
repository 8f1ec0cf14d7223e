import { DetailedCellError } from "hyperformula";
import { evaluate } from "./formulaEngine";

export type Expected = number | string | { error: string; message: RegExp };
export type FormulaCase = [formula: string, expected: Expected, data?: unknown[][]];

export const err = (error: string, message: RegExp) => ({ error, message });

/** Runs a table of formula → expected value (or Excel error type and message) in the formula engine. */
export function describeFormulaCases(title: string, cases: readonly FormulaCase[]): void {
  describe(title, () => {
    test.each(cases.map(([formula, expected, data]) => [formula, expected, data ?? []] as const))(
      "%s → %p",
      (formula, expected, data) => {
        const value = evaluate(formula, data);
        if (typeof expected === "object") {
          expect(value).toBeInstanceOf(DetailedCellError);
          const error = value as DetailedCellError;
          expect(error.type).toBe(expected.error);
          expect(error.message).toMatch(expected.message);
        } else {
          // Russian typography puts non-breaking spaces before «%», «п.п.» and nouns after numbers.
          expect(typeof value === "string" ? value.replace(/\u00a0/g, " ") : value).toEqual(expected);
        }
      },
    );
  });
}
