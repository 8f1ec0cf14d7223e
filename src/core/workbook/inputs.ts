import type { CellValue, PlannedCell } from "../base/plan/types";
import { ru } from "../base/i18n/ru";

/** Which input of an indicator a cell holds. */
export type Field = "num" | "den" | "val" | "target";

/** Where a typed value belongs, independent of the sheet layout that held it. */
export interface InputKey {
  readonly code: string;
  readonly field: Field;
  readonly period?: string;
  readonly school?: string;
}

export function keyOf({ code, field, period = "", school = "" }: InputKey): string {
  return [code, school, period, field].join("\u001f");
}

export function parseKey(key: string): InputKey {
  const [code, school, period, field] = key.split("\u001f");
  return { code, field: field as Field, period: period || undefined, school: school || undefined };
}

/** Values by key: typed, collected from forms, or given (demo data). */
export type Inputs = ReadonlyMap<string, CellValue>;

/**
 * The planner takes inputs from here and reports which it placed, so nothing unplaced is lost. An input may be
 * a formula the user typed into an input cell (carryOver.ts): it goes back as a formula.
 */
export class InputSource {
  private readonly inputs: Map<string, PlannedCell>;
  /** Every key the layout has an input cell for, whether or not a value waited for it. */
  private readonly asked = new Set<string>();
  private readonly offered = new Set<string>();
  constructor(inputs: ReadonlyMap<string, PlannedCell> = new Map()) {
    this.inputs = new Map(inputs);
  }

  take(key: InputKey): PlannedCell {
    const id = keyOf(key);
    this.asked.add(id);
    return this.inputs.get(id) ?? null;
  }

  /** The value for a key, without placing it; a formula the user typed has no value here. */
  peek(key: InputKey): CellValue {
    const cell = this.inputs.get(keyOf(key));
    return typeof cell === "object" && cell !== null ? null : (cell ?? null);
  }

  /** A value for a key the workbook left blank (e.g. computed from procedure results); typed values win. */
  offer(id: string, value: CellValue): void {
    if (this.inputs.has(id)) return;
    this.inputs.set(id, value);
    this.offered.add(id);
  }

  /** What the layout's input cell for the key holds: null when blank, undefined when there is no such cell. */
  landed(id: string): PlannedCell | undefined {
    return this.asked.has(id) ? (this.inputs.get(id) ?? null) : undefined;
  }

  /** Values with no input cell in the layout; offered values are not the user's, and are not kept. */
  unplaced(): [InputKey, PlannedCell][] {
    return [...this.inputs]
      .filter(([id]) => !this.asked.has(id) && !this.offered.has(id))
      .map(([id, value]) => [parseKey(id), value]);
  }
}

const HEADER_FIELDS: [RegExp, Field][] = [
  [new RegExp(`^${ru.layout.numerator("(.+)")}$`), "num"],
  [new RegExp(`^${ru.layout.denominator("(.+)")}$`), "den"],
  [new RegExp(`^${ru.layout.value("(.+)")}$`), "val"],
];

/** Reads a header cell back into the field and period it stands for. */
export function fieldOfHeader(text: string): { field: Field; period?: string } | undefined {
  const trimmed = text.trim();
  if (trimmed === ru.layout.target) return { field: "target" };
  for (const [pattern, field] of HEADER_FIELDS) {
    const match = pattern.exec(trimmed);
    if (match) return { field, period: match[1] };
  }
  return undefined;
}

const isFormula = (cell: PlannedCell): cell is { formula: string } => typeof cell === "object" && cell !== null;
const isBlank = (cell: PlannedCell) => cell === null || cell === "";

/** A typed value where it stands: zero-based row and column on its sheet. */
export interface ScannedCell {
  readonly key: InputKey;
  readonly value: CellValue;
  readonly row: number;
  readonly col: number;
}

export interface ScannedSheet {
  readonly headerRow: number;
  /** Every data row with its code (and school, on school sheets). */
  readonly rows: readonly { readonly row: number; readonly code: string; readonly school?: string }[];
  /** Typed (non-formula, non-blank) cells under recognised headers. */
  readonly cells: readonly ScannedCell[];
  /** The periods the headers name, in sheet order. */
  readonly periods: readonly string[];
  /** Columns by field and period, e.g. "val@2023/2024" → 12. */
  readonly columns: ReadonlyMap<string, number>;
}

export const columnKey = (field: Field, period?: string) => (period ? `${field}@${period}` : field);

/**
 * Scans a sheet the add-in made: finds the header row by its «Код» cell, reads each row's code
 * (and school, on school sheets) and every typed value under a recognised header. Works on any
 * layout version, so a rerun keeps values whatever moved.
 */
export function scanSheet(grid: readonly (readonly PlannedCell[])[]): ScannedSheet | undefined {
  const headerRow = grid.findIndex((row) => row.some((cell) => cell === ru.layout.code));
  if (headerRow < 0) return undefined;
  const header = grid[headerRow];
  const codeCol = header.indexOf(ru.layout.code);
  const schoolCol = header.indexOf(ru.layout.school);
  const fields = header.map((cell) => (typeof cell === "string" ? fieldOfHeader(cell) : undefined));
  const columns = new Map<string, number>();
  fields.forEach((field, col) => field && columns.set(columnKey(field.field, field.period), col));
  const periods = [...new Set(fields.flatMap((field) => (field?.period ? [field.period] : [])))];
  const rows: { row: number; code: string; school?: string }[] = [];
  const cells: ScannedCell[] = [];
  grid.forEach((line, row) => {
    if (row <= headerRow) return;
    const code = line[codeCol];
    if (typeof code !== "string" || code.trim() === "") return;
    const school = schoolCol >= 0 && typeof line[schoolCol] === "string" ? String(line[schoolCol]).trim() : undefined;
    rows.push({ row, code: code.trim(), school });
    fields.forEach((field, col) => {
      const cell = line[col];
      if (!field || cell === undefined || isFormula(cell) || isBlank(cell)) return;
      const key = { code: code.trim(), field: field.field, period: field.period, school };
      cells.push({ key, value: cell as CellValue, row, col });
    });
  });
  return { headerRow, rows, cells, periods, columns };
}

/** The typed values of a sheet the add-in made, by key. */
export function readInputsFromGrid(grid: readonly (readonly PlannedCell[])[]): Map<string, CellValue> {
  return new Map((scanSheet(grid)?.cells ?? []).map((cell) => [keyOf(cell.key), cell.value]));
}
