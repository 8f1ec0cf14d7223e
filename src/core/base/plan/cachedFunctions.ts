import type { OutcomeMatrix } from "../cells/matrix";
import { isError, type ErrorKind } from "../math/outcome";
import type { CustomFunction, ErrorValue, Scalar } from "./evaluate";

const ERROR_VALUES: Record<ErrorKind, ErrorValue["error"]> = {
  value: "#VALUE!",
  div0: "#DIV/0!",
  num: "#NUM!",
  na: "#N/A",
};

/**
 * A range function of the core (SHARE, TREND…) as the evaluator calls it, by its name in a formula
 * («MSOKO.SHARE»): the value of the formula's own cell is the top-left of the result, and an error
 * is the one Excel shows for it.
 */
export function asCustomFunction(range: (...args: unknown[]) => OutcomeMatrix): CustomFunction {
  return (...args) => {
    const result = range(...args)[0]?.[0] ?? "";
    return (isError(result) ? { error: ERROR_VALUES[result.error] } : result) as Scalar;
  };
}
