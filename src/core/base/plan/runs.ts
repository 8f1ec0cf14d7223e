import type { CellRange } from "./types";

/** Groups single cells into vertical runs per column, so a format can be set in a few ranges. */
export function verticalRuns(cells: readonly { readonly row: number; readonly col: number }[]): CellRange[] {
  const byColumn = new Map<number, number[]>();
  for (const { row, col } of cells) byColumn.set(col, [...(byColumn.get(col) ?? []), row]);
  const runs: CellRange[] = [];
  for (const [col, rows] of byColumn) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = sorted[0];
    sorted.forEach((row, i) => {
      const next = sorted[i + 1];
      if (next !== row + 1) {
        runs.push({ row: start, col, rows: row - start + 1, cols: 1 });
        start = next;
      }
    });
  }
  return runs;
}
