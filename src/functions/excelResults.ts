import type { OutcomeMatrix } from "../core/base/cells/matrix";
import type { ErrorKind, Outcome } from "../core/base/math/outcome";
import { isError } from "../core/base/math/outcome";

/** What a custom function may put in a cell. */
export type ExcelCell = number | string | CustomFunctions.Error;

const ERROR_CODES: Record<ErrorKind, CustomFunctions.ErrorCode> = {
  value: CustomFunctions.ErrorCode.invalidValue,
  div0: CustomFunctions.ErrorCode.divisionByZero,
  num: CustomFunctions.ErrorCode.invalidNumber,
  na: CustomFunctions.ErrorCode.notAvailable,
};

export function toExcelCell(outcome: Outcome): ExcelCell {
  return isError(outcome) ? new CustomFunctions.Error(ERROR_CODES[outcome.error], outcome.message) : outcome;
}

export function toExcel(matrix: OutcomeMatrix): ExcelCell[][] {
  return matrix.map((row) => row.map(toExcelCell));
}
