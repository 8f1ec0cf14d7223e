import { valueTexts } from "../i18n/values";
import type { CellInput } from "./input";
import { fail, Outcome } from "../math/outcome";

/** A range as a spreadsheet hands it over: rows of cells. A single value is a 1 × 1 range. */
export type Matrix = readonly (readonly CellInput[])[];
export type OutcomeMatrix = Outcome[][];

/** Accepts whatever a host passes for an argument (a value, a range, nothing) as a matrix. */
export function asMatrix(argument: unknown): Matrix {
  if (Array.isArray(argument)) {
    return argument.map((row) => (Array.isArray(row) ? (row as CellInput[]) : [row as CellInput]));
  }
  return [[argument as CellInput]];
}

const shapeOf = (matrix: Matrix) => `${matrix.length}×${matrix[0]?.length ?? 0}`;
const isSingle = (matrix: Matrix) => matrix.length === 1 && matrix[0]?.length === 1;

/**
 * Applies `cell` element by element over arguments of one shape; single values repeat over the
 * whole range, so =MSOKO.SHARE(B2:B1000; C2:C1000) fills a column with one call.
 */
export function broadcast(args: readonly Matrix[], cell: (values: CellInput[]) => Outcome): OutcomeMatrix {
  const ranges = args.filter((matrix) => !isSingle(matrix));
  const shape = ranges[0] ?? args[0] ?? [[null]];
  for (const range of ranges) {
    if (range.length !== shape.length || range[0].length !== shape[0].length) {
      return [[fail("value", valueTexts.errors.shapeMismatch(shapeOf(shape), shapeOf(range)))]];
    }
  }
  return shape.map((row, r) =>
    row.map((_, c) => cell(args.map((matrix) => (isSingle(matrix) ? matrix[0][0] : matrix[r][c])))),
  );
}
