/** A1 notation for zero-based indices: column 0 → «A», 27 → «AB». */
export function columnLetter(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** «$E7»: the column fixed, the row free, for formulas copied along a row. */
export function fixedColumnA1(row: number, col: number): string {
  return `$${columnLetter(col)}${row + 1}`;
}

export function rangeA1(row: number, col: number, rows: number, cols: number): string {
  return `${cellA1(row, col)}:${cellA1(row + rows - 1, col + cols - 1)}`;
}

/** A sheet name as formulas need it: always quoted, inner quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function absoluteColumn(sheet: string, col: number, firstRow: number, lastRow: number): string {
  const letter = columnLetter(col);
  return `${quoteSheet(sheet)}!$${letter}$${firstRow + 1}:$${letter}$${lastRow + 1}`;
}
