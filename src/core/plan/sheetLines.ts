import type { CellValue, PlannedCell } from "./types";

/** A row a reader could not turn into data: its input cells as typed, so a rebuild writes them back. */
export interface UnreadableRow {
  /** Zero-based sheet row. */
  readonly row: number;
  readonly cells: readonly CellValue[];
}

export type SheetLine<T> = { readonly parsed: T } | { readonly typed: readonly CellValue[] };

/**
 * The rows read and the rows kept as typed, back in their sheet order: a rebuild must neither drop
 * nor reorder what the user entered. Rows without a sheet position (new data) come first.
 */
export function inSheetOrder<T extends { readonly row?: number }>(
  rows: readonly T[],
  unreadable: readonly UnreadableRow[],
): SheetLine<T>[] {
  const lines = [
    ...rows.map((row) => ({ at: row.row ?? -1, line: { parsed: row } as SheetLine<T> })),
    ...unreadable.map((kept) => ({ at: kept.row, line: { typed: kept.cells } as SheetLine<T> })),
  ];
  return lines.sort((a, b) => a.at - b.at).map((entry) => entry.line);
}

/** Input cells of a sheet row as values (formulas are not input). */
export const typedValues = (cells: readonly (PlannedCell | undefined)[]): CellValue[] =>
  cells.map((cell) => (cell === undefined || (typeof cell === "object" && cell !== null) ? null : cell));

/** The rows a reader reported with their cells: what a rebuild keeps as typed. */
export const keptAsTyped = (problems: readonly { row: number; cells?: readonly CellValue[] }[]): UnreadableRow[] =>
  problems.flatMap(({ row, cells }) => (cells ? [{ row, cells }] : []));

/** A row a reader could not read: where, why in Russian, and its input cells as typed. */
export interface RowProblem {
  /** Zero-based sheet row. */
  readonly row: number;
  readonly message: string;
  /** The row's input cells as typed, for a rebuild to keep; absent for a sheet-level problem. */
  readonly cells?: readonly CellValue[];
}

/** A cell's text, trimmed; "" for blanks and formulas. */
export const cellText = (cell: PlannedCell | undefined): string =>
  cell === null || cell === undefined || typeof cell === "object" ? "" : String(cell).trim();

export const isBlankCell = (cell: PlannedCell | undefined): boolean => cellText(cell) === "";
