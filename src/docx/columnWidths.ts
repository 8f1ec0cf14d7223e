import type { DocCell, DocTable } from "../core/features/analysis/document";

/**
 * Column widths of a table, in twips over the text width. The model gives relative widths; a column too
 * narrow for its longest word (a word being what stands between ordinary spaces, so «+0,6 п.п.» with its
 * non-breaking space is one) would have the word split mid-way, «Участ|ники». Such columns are widened to
 * fit, the others giving up width in proportion, as long as the words of all columns fit on the page.
 */

/** Average advance of a Cyrillic letter or digit in a serif font, as a share of the size, rounded up so a word
 * like «улучшение» or «Участники» is not split in Times New Roman; bold a little wider. */
const EM_SHARE = { regular: 0.56, bold: 0.62 } as const;
/** Left and right cell margins together, twips. */
export const CELL_MARGINS = 140;

/** Width in twips the longest word of a cell needs at `sizePt`. */
function wordWidth(cell: DocCell, sizePt: number, bold: boolean): number {
  // A line may break after a slash («2022/|2023») or a hyphen, not elsewhere inside a word.
  const longest = Math.max(0, ...cell.text.split(/[ \n]+|(?<=[/-])/).map((word) => word.length));
  return Math.ceil(longest * sizePt * 20 * EM_SHARE[bold ? "bold" : "regular"]) + CELL_MARGINS;
}

function columnCount(table: DocTable): number {
  return Math.max(
    1,
    ...[...table.header, ...table.rows].map((row) => row.reduce((n, cell) => n + (cell.span ?? 1), 0)),
  );
}

/** The least width of each column: its longest word, over the cells that span it alone. */
function leastWidths(table: DocTable, columns: number, sizePt: number): number[] {
  const least = Array.from({ length: columns }, () => CELL_MARGINS);
  const visit = (rows: readonly (readonly DocCell[])[], header: boolean) =>
    rows.forEach((row) => {
      let col = 0;
      for (const cell of row) {
        const span = cell.span ?? 1;
        if (span === 1 && col < columns) {
          least[col] = Math.max(least[col], wordWidth(cell, sizePt, header || Boolean(cell.bold)));
        }
        col += span;
      }
    });
  visit(table.header, true);
  visit(table.rows, false);
  return least;
}

/** Whether every column can be given its longest word within `textWidth`. */
export function columnsFit(table: DocTable, textWidth: number, tableSizePt: number): boolean {
  return leastWidths(table, columnCount(table), tableSizePt).reduce((a, b) => a + b, 0) <= textWidth;
}

export function columnWidths(table: DocTable, textWidth: number, tableSizePt: number): number[] {
  const columns = columnCount(table);
  const relative =
    table.widths && table.widths.length === columns && table.widths.every((w) => w > 0)
      ? [...table.widths]
      : Array.from({ length: columns }, () => 1);
  const least = leastWidths(table, columns, tableSizePt);
  const needed = least.reduce((a, b) => a + b, 0);
  const total = relative.reduce((a, b) => a + b, 0);
  // When even the words cannot all fit, the model's proportions stand: widening some would starve the rest.
  if (needed >= textWidth) return relative.map((w) => Math.floor((textWidth * w) / total));
  // Fix columns at their least width one by one until the rest, shared in proportion, all fit.
  const fixed = new Set<number>();
  for (;;) {
    const freeWidth = textWidth - [...fixed].reduce((sum, i) => sum + least[i], 0);
    const freeShare = relative.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0);
    const widths = relative.map((w, i) => (fixed.has(i) ? least[i] : (freeWidth * w) / freeShare));
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < least[i]);
    if (short < 0) return widths.map(Math.floor);
    fixed.add(short);
  }
}
