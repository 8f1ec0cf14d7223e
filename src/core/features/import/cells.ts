import type { GridCell } from "./model";
import { normalise } from "./normalise";

/** Reading values as files store them: numbers as text, decimal commas, «х»/«X»/«-» placeholders. */

const PLACEHOLDER = /^[хxХX\-–—*]$|^н\/д$|^нет данных$/i;

/** A number from a cell, or undefined for blanks and placeholders. «12,50» and «1 234» are read. */
export function numberOf(cell: GridCell | undefined): number | undefined {
  if (cell === null || cell === undefined || typeof cell === "boolean") return undefined;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  const text = cell
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(",", ".")
    .replace(/%$/, "");
  if (text === "" || PLACEHOLDER.test(text)) return undefined;
  return /^[-+]?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/** A cell's text, trimmed, spaces collapsed; "" for blanks. */
export function textOf(cell: GridCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  return String(cell)
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/** The first row (from `from`) where `test` holds for the normalised cells. */
export function findRow(
  rows: readonly (readonly GridCell[])[],
  test: (cells: readonly string[]) => boolean,
  from = 0,
): number {
  for (let r = from; r < rows.length; r++) if (test(rows[r].map(normalise))) return r;
  return -1;
}

/** Column of the first cell whose normalised text satisfies `test`. */
export function findCol(cells: readonly string[], test: (text: string) => boolean, from = 0): number {
  for (let c = from; c < cells.length; c++) if (test(cells[c])) return c;
  return -1;
}

/** A header row's labels with merged cells spread right: an empty cell takes the label on its left. */
export function spreadRight(cells: readonly string[], width: number): string[] {
  const out: string[] = [];
  let last = "";
  for (let c = 0; c < width; c++) {
    const text = cells[c] ?? "";
    if (text !== "") last = text;
    out.push(last);
  }
  return out;
}

/** ФИС ОКО's «Название(edu203389)» → name and login; «…(reg20_m012)» → the municipality's name. */
export function splitLogin(text: string): { name: string; login?: string; area?: string } {
  const login = /\(\s*(edu\d+)\s*\)\s*$/i.exec(text);
  if (login) return { name: text.slice(0, login.index).trim(), login: login[1].toLowerCase() };
  const area = /\(\s*(reg\d+[^)]*)\)\s*$/i.exec(text);
  if (area) return { name: text.slice(0, area.index).trim(), area: area[1] };
  return { name: text.trim() };
}

/** Counts from percentages that add up to `total`: largest remainder over the shares as given (100,01 included). */
export function countsFromPercentages(percentages: readonly number[], total: number): number[] {
  const sum = percentages.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return percentages.map(() => 0);
  const exact = percentages.map((p) => (p / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    counts[index] += 1;
    left -= 1;
  }
  return counts;
}

const PROCEDURE_WORDS: readonly [RegExp, "ВПР" | "ОГЭ" | "ЕГЭ" | "ГВЭ" | "РКР"][] = [
  [/(^|[^а-я])впр([^а-я]|$)/, "ВПР"],
  [/(^|[^а-я])огэ([^а-я]|$)|гиа-9/, "ОГЭ"],
  [/(^|[^а-я])егэ([^а-я]|$)|гиа-11/, "ЕГЭ"],
  [/(^|[^а-я])гвэ([^а-я]|$)/, "ГВЭ"],
  [/(^|[^а-я])ркр([^а-я]|$)/, "РКР"],
];

/** The procedure a title names. */
export function procedureIn(text: string): "ВПР" | "ОГЭ" | "ЕГЭ" | "ГВЭ" | "РКР" | undefined {
  const plain = normalise(text);
  return PROCEDURE_WORDS.find(([pattern]) => pattern.test(plain))?.[1];
}

/** A four-digit year (2000–2099) in a text or number. */
export function yearIn(cell: GridCell | undefined): number | undefined {
  if (typeof cell === "number") return cell >= 2000 && cell < 2100 ? cell : undefined;
  const match = /(^|\D)(20\d\d)(\D|$)/.exec(textOf(cell));
  return match ? Number(match[2]) : undefined;
}

/** A class number from «4», «4 класс», «11А», 9. */
export function gradeIn(cell: GridCell | undefined): string {
  const match = /(^|\D)(1[01]|[1-9])(?!\d)/.exec(textOf(cell));
  return match ? match[2] : "";
}
