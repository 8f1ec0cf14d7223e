import { columnName, contains, inRect, intersects, MAX_COLS, MAX_ROWS, Rect } from "./address";
import { HostError, invalidArgument } from "./requests";

/**
 * The workbook as Excel keeps it. Formulas are stored, not evaluated: a formula cell's value reads
 * as null until a test gives it one with setComputed (reading the formula text as a value would
 * hide code that confuses `values` with `formulas`).
 */
export type Scalar = string | number | boolean;

export type Side = "top" | "bottom" | "left" | "right";

export interface BorderState {
  style: string;
  color: string;
  weight: string;
}

export interface CellFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  fontSize?: number;
  fontName?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders?: Partial<Record<Side, BorderState>>;
}

export interface Hyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface CellState {
  /** "" when empty; for a formula cell, its computed value or null. */
  value: Scalar | null;
  formula?: string;
  numberFormat: string;
  format: CellFormat;
  hyperlink?: Hyperlink;
}

/** A cell note (ExcelApi 1.18 calls them notes; threaded comments are another thing). */
export interface NoteState {
  content: string;
  author: string;
}

export interface ValidationState {
  readonly id: number;
  readonly rect: Rect;
  rule?: Record<string, unknown>;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface ConditionalFormatState {
  readonly id: number;
  readonly rect: Rect;
  readonly type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  stopIfTrue: boolean;
}

export interface ChartState {
  name: string;
  readonly type: string;
  readonly source: Rect;
  readonly seriesBy: string;
  title: string;
  position?: Rect;
}

export interface TableState {
  readonly id: string;
  name: string;
  readonly sheetId: string;
  readonly rect: Rect;
  style: string;
  showHeaders: boolean;
}

export const DEFAULT_COLUMN_WIDTH = 48;
const TEXT_LIMIT = 32_767;
const FORMULA_LIMIT = 8_192;
const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const key = (row: number, col: number) => row * MAX_COLS + col;

/** What a value written through range.values or range.formulas becomes, as when typed into Excel. */
export function parseInput(input: unknown, numberFormat: string): Pick<CellState, "value" | "formula"> {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw invalidArgument(`number ${input}`);
    return { value: input };
  }
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string") throw invalidArgument(`cell input of type ${typeof input}`);
  if (input.length > TEXT_LIMIT) throw invalidArgument("text longer than 32767 characters");
  if (numberFormat === "@") return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (input.startsWith("=") && input.length > 1) {
    if (input.length > FORMULA_LIMIT) throw invalidArgument("formula longer than 8192 characters");
    return { value: null, formula: input };
  }
  if (NUMBER.test(input)) return { value: Number(input) };
  if (/^(true|false)$/i.test(input)) return { value: input.toLowerCase() === "true" };
  return { value: input };
}

export class SheetState {
  readonly cells = new Map<number, CellState>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly customProperties = new Map<string, string>();
  /** Notes by cell; clearing a range with «All» removes them, as Excel's «Очистить всё» does. */
  readonly notes = new Map<number, NoteState>();
  validations: ValidationState[] = [];
  conditionalFormats: ConditionalFormatState[] = [];
  charts: ChartState[] = [];
  merges: Rect[] = [];
  visibility = "Visible";
  tabColor = "";
  freeze = { rows: 0, cols: 0 };
  pageLayout: {
    orientation: string;
    paperSize: string;
    zoom: Record<string, number>;
    printGridlines: boolean;
    printArea?: string;
    printTitleRows?: string;
  } = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    printGridlines: false,
  };

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, col: number): CellState | undefined {
    return this.cells.get(key(row, col));
  }

  ensure(row: number, col: number): CellState {
    let cell = this.cell(row, col);
    if (!cell) {
      cell = { value: "", numberFormat: "General", format: {} };
      this.cells.set(key(row, col), cell);
    }
    return cell;
  }

  /** Test view: a cell's value (null for a formula cell nobody computed), "" when empty. */
  value(row: number, col: number): Scalar | null {
    const cell = this.cell(row, col);
    return cell ? cell.value : "";
  }

  formula(row: number, col: number): string | undefined {
    return this.cell(row, col)?.formula;
  }

  noteAt(row: number, col: number): NoteState | undefined {
    return this.notes.get(key(row, col));
  }

  /** Test view and NoteCollection.add: a note on a cell. */
  addNote(row: number, col: number, content: string, author = "Методист"): void {
    this.notes.set(key(row, col), { content, author });
  }

  deleteNote(row: number, col: number): void {
    this.notes.delete(key(row, col));
  }

  setComputed(row: number, col: number, value: Scalar): void {
    const cell = this.cell(row, col);
    if (cell?.formula === undefined) throw new Error(`${columnName(col)}${row + 1} holds no formula`);
    cell.value = value;
  }

  write(row: number, col: number, input: unknown): void {
    if (input === null || input === undefined) return;
    const cell = this.ensure(row, col);
    if (input === "") {
      cell.value = "";
      delete cell.formula;
      return;
    }
    const parsed = parseInput(input, cell.numberFormat);
    cell.value = parsed.value;
    if (parsed.formula === undefined) delete cell.formula;
    else cell.formula = parsed.formula;
  }

  /** Calls `visit` for every cell of a bounded rectangle, creating cells as needed. */
  eachCell(rect: Rect, visit: (cell: CellState, row: number, col: number) => void): void {
    if (rect.rows * rect.cols > 2_000_000)
      throw new Error("excelHost: per-cell changes over whole columns are not modelled");
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) visit(this.ensure(r, c), r, c);
    }
  }

  /** Existing cells inside a rectangle of any size. */
  *cellsIn(rect: Rect): Generator<[CellState, number, number]> {
    for (const [k, cell] of this.cells) {
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      if (inRect(rect, row, col)) yield [cell, row, col];
    }
  }

  matrix<T>(rect: Rect, read: (cell: CellState | undefined) => T): T[][] {
    if (rect.rows * rect.cols > 5_000_000)
      throw new HostError("ResponsePayloadSizeLimitExceeded", "Response too large.");
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.cols }, (_, c) => read(this.cell(rect.row + r, rect.col + c))),
    );
  }

  clear(rect: Rect, applyTo: string): void {
    for (const [cell, row, col] of [...this.cellsIn(rect)]) {
      if (applyTo === "All") this.cells.delete(key(row, col));
      if (applyTo === "Contents") {
        cell.value = "";
        delete cell.formula;
      }
      if (applyTo === "Formats") Object.assign(cell, { format: {}, numberFormat: "General" });
      if (applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks") delete cell.hyperlink;
    }
    if (applyTo === "All") {
      for (const k of [...this.notes.keys()])
        if (inRect(rect, Math.floor(k / MAX_COLS), k % MAX_COLS)) this.notes.delete(k);
    }
    if (applyTo === "All" || applyTo === "Formats") {
      this.conditionalFormats = this.conditionalFormats.filter((format) => !contains(rect, format.rect));
    }
  }

  /** The rectangle around cells with values (valuesOnly) or with values or formatting. */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let top = MAX_ROWS;
    let left = MAX_COLS;
    let bottom = -1;
    let right = -1;
    for (const [k, cell] of this.cells) {
      const hasValue = cell.formula !== undefined || cell.value !== "";
      const hasFormat = cell.numberFormat !== "General" || Object.keys(cell.format).length > 0 || !!cell.hyperlink;
      if (!(hasValue || (!valuesOnly && hasFormat))) continue;
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      [top, left, bottom, right] = [
        Math.min(top, row),
        Math.min(left, col),
        Math.max(bottom, row),
        Math.max(right, col),
      ];
    }
    return bottom < 0 ? undefined : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** Validation rules that touch a rectangle. */
  validationsIn(rect: Rect): ValidationState[] {
    return this.validations.filter((validation) => intersects(validation.rect, rect));
  }
}

export class WorkbookState {
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  activeSheetId = "";
  private nextId = 1;

  constructor(names: readonly string[]) {
    for (const name of names) this.addSheet(name);
  }

  newId(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  findSheet(name: string): SheetState | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase() || sheet.id === name);
  }

  /** Test view: a sheet by name, or an error naming the sheets there are. */
  sheet(name: string): SheetState {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`No sheet «${name}»; sheets: ${this.sheets.map((s) => s.name).join(", ")}`);
    return sheet;
  }

  addSheet(name?: string): SheetState {
    let chosen = name;
    for (let n = this.sheets.length + 1; chosen === undefined; n++) {
      if (!this.findSheet(`Sheet${n}`)) chosen = `Sheet${n}`;
    }
    this.checkSheetName(chosen);
    const sheet = new SheetState(this.newId("{sheet-"), chosen);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  checkSheetName(name: string, except?: SheetState): void {
    if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name) || name === "History") {
      throw invalidArgument(`sheet name «${name}»`);
    }
    const other = this.findSheet(name);
    if (other && other !== except) throw new HostError("ItemAlreadyExists", `A sheet named «${name}» already exists.`);
  }

  table(name: string): TableState | undefined {
    return this.tables.find((table) => table.name.toLowerCase() === name.toLowerCase());
  }

  tablesOn(sheet: SheetState): TableState[] {
    return this.tables.filter((table) => table.sheetId === sheet.id);
  }

  addTable(sheet: SheetState, rect: Rect, hasHeaders: boolean): TableState {
    if (!hasHeaders) throw new Error("excelHost: tables without a header row are not modelled");
    if (rect.rows < 1 || rect.rows * rect.cols > 2_000_000) throw invalidArgument("table range");
    if (this.tablesOn(sheet).some((table) => intersects(table.rect, rect))) {
      throw new HostError("InvalidOperation", "A table can't overlap another table.");
    }
    let n = this.tables.length + 1;
    while (this.table(`Table${n}`)) n++;
    const table: TableState = {
      id: this.newId("table-"),
      name: `Table${n}`,
      sheetId: sheet.id,
      rect,
      style: "TableStyleMedium2",
      showHeaders: true,
    };
    this.normalizeHeaders(sheet, rect);
    this.tables.push(table);
    return table;
  }

  renameTable(table: TableState, name: string): void {
    const valid = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) && name.length <= 255;
    const cellLike = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
    if (!valid || cellLike) throw invalidArgument(`table name «${name}»`);
    const other = this.table(name);
    if (other && other !== table) throw new HostError("InvalidArgument", `A table named «${name}» already exists.`);
    table.name = name;
  }

  removeTable(table: TableState): void {
    this.tables.splice(this.tables.indexOf(table), 1);
  }

  /** Excel turns table headers into unique, non-empty text. */
  private normalizeHeaders(sheet: SheetState, rect: Rect): void {
    const seen = new Set<string>();
    for (let c = 0; c < rect.cols; c++) {
      const cell = sheet.ensure(rect.row, rect.col + c);
      const base = cell.value === null || cell.value === "" ? `Column${c + 1}` : String(cell.value);
      let text = base;
      for (let n = 2; seen.has(text.toLowerCase()); n++) text = `${base}${n}`;
      seen.add(text.toLowerCase());
      cell.value = text;
      delete cell.formula;
    }
  }
}
