import { Rect, sheetAddress } from "./address";
import { HostCollection, HostObject } from "./base";
import { RangeConditionalFormats } from "./conditional";
import { RangeDataValidation } from "./validation";
import { HostError, invalidArgument, RequestQueue } from "./requests";
import { BorderState, CellFormat, CellState, Hyperlink, SheetState, Side, WorkbookState } from "./state";

export interface RangeTarget {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

const SHAPE_MISMATCH =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

export class HostRange extends HostObject {
  private resolved: RangeTarget | null | undefined;
  private cached?: {
    format: RangeFormat;
    dataValidation: RangeDataValidation;
    conditionalFormats: RangeConditionalFormats;
  };

  constructor(
    queue: RequestQueue,
    readonly book: WorkbookState,
    label: string,
    private readonly locate: () => RangeTarget | null,
    nullable = false,
  ) {
    super(queue, label);
    if (nullable) this.trackNull();
  }

  resolve(): RangeTarget | null {
    if (this.resolved === undefined) this.resolved = this.locate();
    return this.resolved;
  }

  target(): RangeTarget {
    const target = this.resolve();
    if (!target) throw new HostError("ItemNotFound", `${this.label} is a null object.`);
    return target;
  }

  protected override isNull(): boolean {
    return this.resolve() === null;
  }

  protected scalars(): Record<string, () => unknown> {
    const t = () => this.target();
    const grid =
      <T>(read: (cell: CellState | undefined) => T) =>
      () =>
        t().sheet.matrix(t().rect, read);
    return {
      address: () => sheetAddress(t().sheet.name, t().rect),
      rowIndex: () => t().rect.row,
      columnIndex: () => t().rect.col,
      rowCount: () => t().rect.rows,
      columnCount: () => t().rect.cols,
      cellCount: () => t().rect.rows * t().rect.cols,
      values: grid((cell) => (cell ? cell.value : "")),
      formulas: grid((cell) => cell?.formula ?? (cell ? cell.value : "")),
      numberFormat: grid((cell) => cell?.numberFormat ?? "General"),
      hyperlink: () => t().sheet.cell(t().rect.row, t().rect.col)?.hyperlink ?? null,
    };
  }

  protected override children(): Record<string, HostObject> {
    return { ...this.parts() };
  }

  private parts() {
    this.cached ??= {
      format: new RangeFormat(this.queue, this),
      dataValidation: new RangeDataValidation(this.queue, this),
      conditionalFormats: new RangeConditionalFormats(this.queue, this),
    };
    return this.cached;
  }

  get format(): RangeFormat {
    return this.parts().format;
  }

  get dataValidation(): RangeDataValidation {
    return this.parts().dataValidation;
  }

  get conditionalFormats(): RangeConditionalFormats {
    return this.parts().conditionalFormats;
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(input: unknown[][]) {
    this.writeGrid("values", input, (sheet, row, col, value) => sheet.write(row, col, value));
  }

  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown[][]) {
    this.writeGrid("formulas", input, (sheet, row, col, value) => sheet.write(row, col, value));
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.writeGrid("numberFormat", input, (sheet, row, col, value) => {
      if (value === null || value === undefined) return;
      if (typeof value !== "string") throw invalidArgument("number format");
      sheet.ensure(row, col).numberFormat = value === "" ? "General" : value;
    });
  }

  get hyperlink(): Hyperlink | null {
    return this.read("hyperlink");
  }
  set hyperlink(link: Hyperlink | null) {
    this.assign("hyperlink", link, () => {
      this.queue.requireApi(7, "Range.hyperlink");
      if (!link || !(link.documentReference || link.address)) throw invalidArgument("hyperlink without a target");
      const { sheet, rect } = this.target();
      sheet.eachCell(rect, (cell) => {
        cell.hyperlink = { ...link };
        cell.value = link.textToDisplay ?? link.documentReference ?? link.address ?? "";
        delete cell.formula;
      });
    });
  }

  clear(applyTo: string = "All"): void {
    this.call("clear", [applyTo], () => {
      const { sheet, rect } = this.target();
      sheet.clear(rect, applyTo);
    });
  }

  merge(across = false): void {
    this.call("merge", [across], () => {
      const { sheet, rect } = this.target();
      sheet.merges = [...sheet.merges.filter((m) => !overlaps(m, rect)), rect];
    });
  }

  unmerge(): void {
    this.call("unmerge", [], () => {
      const { sheet, rect } = this.target();
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, rect));
    });
  }

  select(): void {
    this.call("select", [], () => {
      this.book.activeSheetId = this.target().sheet.id;
    });
  }

  /**
   * Range.getSpecialCellsOrNullObject (ExcelApi 1.9), «Formulas» only: the range's formula cells, each its own area
   * (Excel joins neighbours into rectangles; what the areas hold is the same); a null object when there are none.
   */
  getSpecialCellsOrNullObject(cellType: string): HostRangeAreas {
    return new HostRangeAreas(this.queue, this.book, `${this.label}.special(${cellType})`, () => {
      this.queue.requireApi(9, "getSpecialCellsOrNullObject");
      if (cellType !== "Formulas") throw new Error(`excelHost: special cells «${cellType}» are not modelled`);
      const target = this.resolve();
      if (!target) return null;
      const cells = [...target.sheet.cellsIn(target.rect)]
        .filter(([cell]) => cell.formula !== undefined)
        .map(([, row, col]) => ({ row, col, rows: 1, cols: 1 }))
        .sort((a, b) => a.row - b.row || a.col - b.col);
      return cells.length > 0 ? { sheet: target.sheet, rects: cells } : null;
    });
  }

  getCell(row: number, column: number): HostRange {
    return new HostRange(this.queue, this.book, `${this.label}.cell(${row},${column})`, () => {
      const { sheet, rect } = this.target();
      if (row < 0 || column < 0 || row >= rect.rows || column >= rect.cols)
        throw invalidArgument("cell outside the range");
      return { sheet, rect: { row: rect.row + row, col: rect.col + column, rows: 1, cols: 1 } };
    });
  }

  private writeGrid(
    property: string,
    input: unknown,
    write: (sheet: SheetState, row: number, col: number, value: unknown) => void,
  ): void {
    this.assign(property, input, () => {
      const { sheet, rect } = this.target();
      const fits =
        Array.isArray(input) &&
        input.length === rect.rows &&
        input.every((row) => Array.isArray(row) && row.length === rect.cols);
      if (!fits) throw new HostError("InvalidArgument", SHAPE_MISMATCH);
      const grid = input as unknown[][];
      grid.forEach((row, r) => row.forEach((value, c) => write(sheet, rect.row + r, rect.col + c, value)));
    });
  }
}

/** A property shared by every cell of a range reads as null when the cells disagree. */
export function uniform<T>(target: RangeTarget, read: (cell: CellState | undefined) => T): T | null {
  const { sheet, rect } = target;
  if (rect.rows * rect.cols > 2_000_000) throw new Error("excelHost: reading formats of whole columns is not modelled");
  let first: T | undefined;
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      const value = read(sheet.cell(r, c));
      if (first === undefined) first = value;
      else if (value !== first) return null;
    }
  }
  return first ?? null;
}

/** A formatting proxy whose properties map onto one field of each cell's format. */
abstract class FormatPart extends HostObject {
  constructor(
    queue: RequestQueue,
    protected readonly range: HostRange,
    part: string,
  ) {
    super(queue, `${range.label}.${part}`);
  }

  protected field<K extends keyof CellFormat>(key: K, fallback: NonNullable<CellFormat[K]>) {
    return () => uniform(this.range.target(), (cell) => cell?.format[key] ?? fallback);
  }

  protected setField<K extends keyof CellFormat>(
    property: string,
    key: K,
    value: CellFormat[K],
    normalize: (value: CellFormat[K]) => CellFormat[K] = (same) => same,
  ): void {
    this.assign(property, value, () => {
      const stored = normalize(value);
      const { sheet, rect } = this.range.target();
      sheet.eachCell(rect, (cell) => {
        cell.format[key] = stored;
      });
    });
  }
}

export class RangeFormat extends FormatPart {
  private cached?: { fill: RangeFill; font: RangeFont; borders: RangeBorders };

  constructor(queue: RequestQueue, range: HostRange) {
    super(queue, range, "format");
  }

  protected scalars(): Record<string, () => unknown> {
    return {
      columnWidth: () => {
        const { sheet, rect } = this.range.target();
        const widths = new Set(Array.from({ length: rect.cols }, (_, c) => sheet.columnWidths.get(rect.col + c) ?? 48));
        return widths.size === 1 ? [...widths][0] : null;
      },
      rowHeight: () => {
        const { sheet, rect } = this.range.target();
        const heights = new Set(Array.from({ length: rect.rows }, (_, r) => sheet.rowHeights.get(rect.row + r) ?? 15));
        return heights.size === 1 ? [...heights][0] : null;
      },
      wrapText: this.field("wrapText", false),
      horizontalAlignment: this.field("horizontalAlignment", "General"),
      verticalAlignment: this.field("verticalAlignment", "Bottom"),
    };
  }

  protected override children(): Record<string, HostObject> {
    return { ...this.parts() };
  }

  private parts() {
    this.cached ??= {
      fill: new RangeFill(this.queue, this.range),
      font: new RangeFont(this.queue, this.range),
      borders: new RangeBorders(this.queue, this.range),
    };
    return this.cached;
  }

  get fill(): RangeFill {
    return this.parts().fill;
  }
  get font(): RangeFont {
    return this.parts().font;
  }
  get borders(): RangeBorders {
    return this.parts().borders;
  }

  get columnWidth(): number | null {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    this.assign("columnWidth", points, () => {
      if (typeof points !== "number" || !(points >= 0)) throw invalidArgument("column width");
      const { sheet, rect } = this.range.target();
      for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnWidths.set(c, points);
    });
  }

  get rowHeight(): number | null {
    return this.read("rowHeight");
  }
  set rowHeight(points: number) {
    this.assign("rowHeight", points, () => {
      if (typeof points !== "number" || !(points >= 0 && points <= 409)) throw invalidArgument("row height");
      const { sheet, rect } = this.range.target();
      for (let r = rect.row; r < rect.row + rect.rows; r++) sheet.rowHeights.set(r, points);
    });
  }

  get wrapText(): boolean | null {
    return this.read("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.setField("wrapText", "wrapText", wrap);
  }

  get horizontalAlignment(): string | null {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(alignment: string) {
    this.setField("horizontalAlignment", "horizontalAlignment", alignment);
  }

  get verticalAlignment(): string | null {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(alignment: string) {
    this.setField("verticalAlignment", "verticalAlignment", alignment);
  }
}

export class RangeFill extends FormatPart {
  constructor(queue: RequestQueue, range: HostRange) {
    super(queue, range, "fill");
  }

  protected scalars(): Record<string, () => unknown> {
    return { color: this.field("fill", "#FFFFFF") };
  }

  get color(): string | null {
    return this.read("color");
  }
  set color(color: string) {
    this.setField("color", "fill", color, normalColor);
  }

  clear(): void {
    this.call("clear", [], () => {
      const { sheet, rect } = this.range.target();
      sheet.eachCell(rect, (cell) => delete cell.format.fill);
    });
  }
}

export class RangeFont extends FormatPart {
  constructor(queue: RequestQueue, range: HostRange) {
    super(queue, range, "font");
  }

  protected scalars(): Record<string, () => unknown> {
    return {
      bold: this.field("bold", false),
      italic: this.field("italic", false),
      color: this.field("fontColor", "#000000"),
      size: this.field("fontSize", 11),
      name: this.field("fontName", "Calibri"),
      underline: this.field("underline", "None"),
    };
  }

  get bold(): boolean | null {
    return this.read("bold");
  }
  set bold(bold: boolean) {
    this.setField("bold", "bold", bold);
  }
  get italic(): boolean | null {
    return this.read("italic");
  }
  set italic(italic: boolean) {
    this.setField("italic", "italic", italic);
  }
  get color(): string | null {
    return this.read("color");
  }
  set color(color: string) {
    this.setField("color", "fontColor", color, normalColor);
  }
  get size(): number | null {
    return this.read("size");
  }
  set size(size: number) {
    this.setField("size", "fontSize", size);
  }
  get name(): string | null {
    return this.read("name");
  }
  set name(name: string) {
    this.setField("name", "fontName", name);
  }
  get underline(): string | null {
    return this.read("underline");
  }
  set underline(underline: string) {
    this.setField("underline", "underline", underline);
  }
}

const EDGE_SIDES: Record<string, Side> = {
  EdgeTop: "top",
  EdgeBottom: "bottom",
  EdgeLeft: "left",
  EdgeRight: "right",
};

/** The cells and sides a border index covers in a rectangle. */
function borderSides(rect: Rect, index: string): [number, number, Side][] {
  const last = { row: rect.row + rect.rows - 1, col: rect.col + rect.cols - 1 };
  const cells: [number, number][] = [];
  for (let r = rect.row; r <= last.row; r++) for (let c = rect.col; c <= last.col; c++) cells.push([r, c]);
  const side = EDGE_SIDES[index];
  switch (index) {
    case "EdgeTop":
    case "EdgeBottom":
      return cells.filter(([r]) => r === (index === "EdgeTop" ? rect.row : last.row)).map(([r, c]) => [r, c, side]);
    case "EdgeLeft":
    case "EdgeRight":
      return cells.filter(([, c]) => c === (index === "EdgeLeft" ? rect.col : last.col)).map(([r, c]) => [r, c, side]);
    case "InsideHorizontal":
      return cells.flatMap(([r, c]): [number, number, Side][] => [
        ...(r < last.row ? [[r, c, "bottom"] as [number, number, Side]] : []),
        ...(r > rect.row ? [[r, c, "top"] as [number, number, Side]] : []),
      ]);
    case "InsideVertical":
      return cells.flatMap(([r, c]): [number, number, Side][] => [
        ...(c < last.col ? [[r, c, "right"] as [number, number, Side]] : []),
        ...(c > rect.col ? [[r, c, "left"] as [number, number, Side]] : []),
      ]);
    case "DiagonalDown":
    case "DiagonalUp":
      return [];
    default:
      throw invalidArgument(`border index ${index}`);
  }
}

export class RangeBorders extends HostObject {
  constructor(
    queue: RequestQueue,
    private readonly range: HostRange,
  ) {
    super(queue, `${range.label}.borders`);
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  getItem(index: string): RangeBorder {
    return new RangeBorder(this.queue, this.range, index);
  }
}

export class RangeBorder extends HostObject {
  constructor(
    queue: RequestQueue,
    private readonly range: HostRange,
    private readonly index: string,
  ) {
    super(queue, `${range.label}.borders(${index})`);
  }

  private sides(): [CellState, Side][] {
    const { sheet, rect } = this.range.target();
    if (rect.rows * rect.cols > 2_000_000) throw new Error("excelHost: borders over whole columns are not modelled");
    return borderSides(rect, this.index).map(([r, c, side]) => [sheet.ensure(r, c), side]);
  }

  private reading(key: keyof BorderState, fallback: string) {
    return () => {
      const values = new Set(this.sides().map(([cell, side]) => cell.format.borders?.[side]?.[key] ?? fallback));
      return values.size === 1 ? [...values][0] : null;
    };
  }

  protected scalars(): Record<string, () => unknown> {
    return {
      sideIndex: () => this.index,
      style: this.reading("style", "None"),
      color: this.reading("color", "#000000"),
      weight: this.reading("weight", "Thin"),
    };
  }

  private change(property: keyof BorderState, value: string): void {
    this.assign(property, value, () => {
      if (property === "color") value = normalColor(value);
      for (const [cell, side] of this.sides()) {
        const borders = (cell.format.borders ??= {});
        if (property === "style" && value === "None") delete borders[side];
        else
          borders[side] = {
            style: "Continuous",
            color: "#000000",
            weight: "Thin",
            ...borders[side],
            [property]: value,
          };
      }
    });
  }

  get style(): string | null {
    return this.read("style");
  }
  set style(style: string) {
    this.change("style", style);
  }
  get color(): string | null {
    return this.read("color");
  }
  set color(color: string) {
    this.change("color", color);
  }
  get weight(): string | null {
    return this.read("weight");
  }
  set weight(weight: string) {
    this.change("weight", weight);
  }
}

export function normalColor(color: string | undefined): string {
  if (typeof color !== "string" || color.length === 0) throw invalidArgument("colour");
  return /^#[0-9a-f]{6}$/i.test(color) ? color.toUpperCase() : color;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

interface AreasTarget {
  readonly sheet: SheetState;
  readonly rects: readonly Rect[];
}

/** RangeAreas: only what reading formula cells needs, its areas. */
export class HostRangeAreas extends HostObject {
  private resolved: AreasTarget | null | undefined;
  readonly areas: HostAreaList;

  constructor(
    queue: RequestQueue,
    readonly book: WorkbookState,
    label: string,
    private readonly locate: () => AreasTarget | null,
  ) {
    super(queue, label);
    this.trackNull();
    this.areas = new HostAreaList(queue, `${label}.areas`, () => {
      const target = this.resolve();
      return (target?.rects ?? []).map(
        (rect, i) => new HostRange(queue, book, `${label}.areas(${i})`, () => ({ sheet: target!.sheet, rect })),
      );
    });
  }

  resolve(): AreasTarget | null {
    if (this.resolved === undefined) this.resolved = this.locate();
    return this.resolved;
  }

  protected override isNull(): boolean {
    return this.resolve() === null;
  }

  protected scalars(): Record<string, () => unknown> {
    return { areaCount: () => this.resolve()?.rects.length ?? 0 };
  }

  protected override children(): Record<string, HostObject> {
    return { areas: this.areas };
  }
}

export class HostAreaList extends HostCollection<HostRange> {
  constructor(
    queue: RequestQueue,
    label: string,
    private readonly ranges: () => HostRange[],
  ) {
    super(queue, label);
  }

  protected list(): HostRange[] {
    return this.ranges();
  }
}
