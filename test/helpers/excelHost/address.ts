/** Zero-based rectangles and Excel A1 addresses. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function columnName(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

export function rectAddress(rect: Rect): string {
  const lastRow = rect.row + rect.rows - 1;
  const lastCol = rect.col + rect.cols - 1;
  if (rect.row === 0 && rect.rows === MAX_ROWS) return `${columnName(rect.col)}:${columnName(lastCol)}`;
  if (rect.col === 0 && rect.cols === MAX_COLS) return `${rect.row + 1}:${lastRow + 1}`;
  const first = `${columnName(rect.col)}${rect.row + 1}`;
  return rect.rows === 1 && rect.cols === 1 ? first : `${first}:${columnName(lastCol)}${lastRow + 1}`;
}

export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export const sheetAddress = (sheet: string, rect: Rect): string => `${quoteSheet(sheet)}!${rectAddress(rect)}`;

const SHEET = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/;
const CELL = /^([A-Z]{1,3})(\d+)$/;

/** Parses «A1», «A1:B2», «A:C», «2:5», optionally prefixed by «Sheet!» or «'My sheet'!», with or without $. */
export function parseAddress(address: string): { sheet?: string; rect: Rect } | undefined {
  const prefixed = SHEET.exec(address.trim());
  const sheet = prefixed ? (prefixed[1]?.replace(/''/g, "'") ?? prefixed[2]) : undefined;
  const [first, last = first, extra] = (prefixed ? prefixed[3] : address.trim())
    .replace(/\$/g, "")
    .toUpperCase()
    .split(":");
  if (extra !== undefined) return undefined;
  const rect = parseCells(first, last);
  return rect && { sheet, rect };
}

function parseCells(first: string, last: string): Rect | undefined {
  if (/^[A-Z]{1,3}$/.test(first) && /^[A-Z]{1,3}$/.test(last)) {
    const [a, b] = [columnIndex(first), columnIndex(last)].sort((x, y) => x - y);
    return b < MAX_COLS ? { row: 0, col: a, rows: MAX_ROWS, cols: b - a + 1 } : undefined;
  }
  if (/^\d+$/.test(first) && /^\d+$/.test(last)) {
    const [a, b] = [Number(first), Number(last)].sort((x, y) => x - y);
    return a >= 1 && b <= MAX_ROWS ? { row: a - 1, col: 0, rows: b - a + 1, cols: MAX_COLS } : undefined;
  }
  const p = CELL.exec(first);
  const q = CELL.exec(last);
  if (!p || !q) return undefined;
  const rows = [Number(p[2]) - 1, Number(q[2]) - 1].sort((x, y) => x - y);
  const cols = [columnIndex(p[1]), columnIndex(q[1])].sort((x, y) => x - y);
  if (rows[0] < 0 || rows[1] >= MAX_ROWS || cols[1] >= MAX_COLS) return undefined;
  return { row: rows[0], col: cols[0], rows: rows[1] - rows[0] + 1, cols: cols[1] - cols[0] + 1 };
}

export const contains = (outer: Rect, inner: Rect): boolean =>
  inner.row >= outer.row &&
  inner.col >= outer.col &&
  inner.row + inner.rows <= outer.row + outer.rows &&
  inner.col + inner.cols <= outer.col + outer.cols;

export const intersects = (a: Rect, b: Rect): boolean =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

export const sameRect = (a: Rect, b: Rect): boolean =>
  a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;

export const inRect = (rect: Rect, row: number, col: number): boolean =>
  row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;
