import type { CellValue, PlannedCell } from "./types";

/** A row a reader could not turn into data: its input cells as typed, so a rebuild writes them back. */
export interface UnreadableRow {
  /** Zero-based sheet row. */
  readonly row: number;
  readonly cells: readonly CellValue[];
}

/**
 * The input cells of every row a list sheet writes, in sheet order: the rows read (through
 * `cellsOf`) and the rows kept as typed (padded to `width`) — a rebuild must neither drop nor reorder
 * what the user entered; rows without a sheet position (new data) come first — then `emptyRows`
 * rows for new entries, with what `cellsOf()` puts in a blank row.
 */
export function inputRows<T extends { readonly row?: number }>(
  rows: readonly T[],
  unreadable: readonly UnreadableRow[],
  emptyRows: number,
  width: number,
  cellsOf: (row?: T) => CellValue[],
): CellValue[][] {
  const padded = (cells: readonly CellValue[]) => Array.from({ length: width }, (_, k) => cells[k] ?? null);
  const lines = [
    ...rows.map((row) => ({ at: row.row ?? -1, cells: () => cellsOf(row) })),
    ...unreadable.map((kept) => ({ at: kept.row, cells: () => padded(kept.cells) })),
  ];
  const written = lines.sort((a, b) => a.at - b.at).map((line) => line.cells());
  return [...written, ...Array.from({ length: emptyRows }, () => cellsOf())];
}

/** A cell as a value: blanks and formulas (not input) are null. */
export const typedValue = (cell: PlannedCell | undefined): CellValue =>
  cell === undefined || (typeof cell === "object" && cell !== null) ? null : cell;

/** Input cells of a sheet row as values. */
export const typedValues = (cells: readonly (PlannedCell | undefined)[]): CellValue[] => cells.map(typedValue);

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
