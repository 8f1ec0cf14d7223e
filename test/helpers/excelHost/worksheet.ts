import { MAX_COLS, MAX_ROWS, parseAddress, Rect } from "./address";
import { HostCollection, HostObject } from "./base";
import { HostRange } from "./range";
import { HostError, invalidArgument, RequestQueue } from "./requests";
import type { SheetState, WorkbookState } from "./state";
import { HostCharts } from "./chart";
import { HostNotes } from "./note";
import { HostTables } from "./table";

export class HostWorksheet extends HostObject {
  private resolved: SheetState | null | undefined;
  private cached?: {
    tables: HostTables;
    charts: HostCharts;
    notes: HostNotes;
    freezePanes: FreezePanes;
    pageLayout: PageLayout;
    customProperties: CustomProperties;
  };

  constructor(
    queue: RequestQueue,
    readonly book: WorkbookState,
    label: string,
    private readonly locate: () => SheetState | null,
    nullable = false,
  ) {
    super(queue, label);
    if (nullable) this.trackNull();
  }

  resolve(): SheetState | null {
    if (this.resolved === undefined) this.resolved = this.locate();
    return this.resolved;
  }

  sheet(): SheetState {
    const sheet = this.resolve();
    if (!sheet) throw new HostError("ItemNotFound", `${this.label} is a null object.`);
    return sheet;
  }

  protected override isNull(): boolean {
    return this.resolve() === null;
  }

  protected scalars(): Record<string, () => unknown> {
    return {
      id: () => this.sheet().id,
      name: () => this.sheet().name,
      position: () => this.book.sheets.indexOf(this.sheet()),
      visibility: () => this.sheet().visibility,
      tabColor: () => this.sheet().tabColor,
    };
  }

  protected override children(): Record<string, HostObject> {
    return { ...this.parts() };
  }

  private parts() {
    this.cached ??= {
      tables: new HostTables(this.queue, this.book, `${this.label}.tables`, () => this.sheet()),
      charts: new HostCharts(this.queue, `${this.label}.charts`, () => this.sheet()),
      notes: new HostNotes(this.queue, this.book, `${this.label}.notes`, () => this.sheet()),
      freezePanes: new FreezePanes(this.queue, this),
      pageLayout: new PageLayout(this.queue, this),
      customProperties: new CustomProperties(this.queue, this),
    };
    return this.cached;
  }

  get tables(): HostTables {
    return this.parts().tables;
  }
  get charts(): HostCharts {
    return this.parts().charts;
  }
  get notes(): HostNotes {
    return this.parts().notes;
  }
  get freezePanes(): FreezePanes {
    return this.parts().freezePanes;
  }
  get pageLayout(): PageLayout {
    return this.parts().pageLayout;
  }
  get customProperties(): CustomProperties {
    return this.parts().customProperties;
  }

  get id(): string {
    return this.read("id");
  }
  get position(): number {
    return this.read("position");
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.assign("name", name, () => {
      this.book.checkSheetName(name, this.sheet());
      this.sheet().name = name;
    });
  }

  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(visibility: string) {
    this.assign("visibility", visibility, () => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(visibility)) throw invalidArgument("visibility");
      const sheet = this.sheet();
      const othersVisible = this.book.sheets.some((other) => other !== sheet && other.visibility === "Visible");
      if (visibility !== "Visible" && !othersVisible) {
        throw new HostError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      sheet.visibility = visibility;
      if (visibility !== "Visible" && this.book.activeSheetId === sheet.id) {
        this.book.activeSheetId = this.book.sheets.find((other) => other.visibility === "Visible")?.id ?? "";
      }
    });
  }

  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(color: string) {
    this.assign("tabColor", color, () => {
      this.queue.requireApi(7, "Worksheet.tabColor");
      if (color !== "" && !/^#[0-9a-f]{6}$/i.test(color)) throw invalidArgument("tab colour");
      this.sheet().tabColor = color.toUpperCase();
    });
  }

  activate(): void {
    this.call("activate", [], () => {
      const sheet = this.sheet();
      if (sheet.visibility !== "Visible") throw new HostError("InvalidOperation", "Hidden sheets can't be activated.");
      this.book.activeSheetId = sheet.id;
    });
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): HostRange {
    return this.range(`range(${row},${column},${rowCount},${columnCount})`, () => {
      const fits =
        [row, column, rowCount, columnCount].every(Number.isInteger) &&
        row >= 0 &&
        column >= 0 &&
        rowCount >= 1 &&
        columnCount >= 1 &&
        row + rowCount <= MAX_ROWS &&
        column + columnCount <= MAX_COLS;
      if (!fits) throw invalidArgument("range indexes");
      return { row, col: column, rows: rowCount, cols: columnCount };
    });
  }

  getRange(address?: string): HostRange {
    return this.range(`range(${address ?? ""})`, () => {
      if (address === undefined) return { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS };
      const parsed = parseAddress(address);
      const wrongSheet = parsed?.sheet !== undefined && parsed.sheet.toLowerCase() !== this.sheet().name.toLowerCase();
      if (!parsed || wrongSheet) throw invalidArgument(`address ${address}`);
      return parsed.rect;
    });
  }

  /** With no cells in use, Excel gives A1; the *OrNullObject form gives a null object. */
  getUsedRange(valuesOnly = false): HostRange {
    return this.range(`usedRange(${valuesOnly})`, () => this.sheet().usedRect(valuesOnly) ?? A1);
  }

  getUsedRangeOrNullObject(valuesOnly = false): HostRange {
    return new HostRange(
      this.queue,
      this.book,
      `${this.label}.usedRangeOrNull(${valuesOnly})`,
      () => {
        this.queue.requireApi(4, "getUsedRangeOrNullObject");
        const sheet = this.resolve();
        const rect = sheet?.usedRect(valuesOnly);
        return sheet && rect ? { sheet, rect } : null;
      },
      true,
    );
  }

  private range(what: string, rect: () => Rect): HostRange {
    return new HostRange(this.queue, this.book, `${this.label}.${what}`, () => ({ sheet: this.sheet(), rect: rect() }));
  }
}

const A1: Rect = { row: 0, col: 0, rows: 1, cols: 1 };

export class HostWorksheets extends HostCollection<HostWorksheet> {
  constructor(
    queue: RequestQueue,
    private readonly book: WorkbookState,
  ) {
    super(queue, "worksheets");
  }

  protected list(): HostWorksheet[] {
    return this.book.sheets.map((sheet) => this.bound(sheet));
  }

  private bound(sheet: SheetState): HostWorksheet {
    return new HostWorksheet(this.queue, this.book, `worksheets(${sheet.id})`, () => sheet);
  }

  add(name?: string): HostWorksheet {
    let added: SheetState | undefined;
    this.call("add", [name], () => {
      added = this.book.addSheet(name);
    });
    return new HostWorksheet(this.queue, this.book, `worksheets.add(${name ?? ""})`, () => {
      if (!added) throw new HostError("InvalidOperation", "The worksheet was not added.");
      return added;
    });
  }

  getItem(key: string): HostWorksheet {
    return new HostWorksheet(this.queue, this.book, `worksheets(${key})`, () => {
      const sheet = this.book.findSheet(key);
      if (!sheet) throw new HostError("ItemNotFound", `The requested resource doesn't exist: worksheet «${key}».`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): HostWorksheet {
    const locate = () => {
      this.queue.requireApi(4, "getItemOrNullObject");
      return this.book.findSheet(key) ?? null;
    };
    return new HostWorksheet(this.queue, this.book, `worksheets.orNull(${key})`, locate, true);
  }

  getActiveWorksheet(): HostWorksheet {
    return new HostWorksheet(this.queue, this.book, "worksheets.active", () =>
      this.book.sheet(this.book.activeSheetId),
    );
  }
}

class FreezePanes extends HostObject {
  constructor(
    queue: RequestQueue,
    private readonly worksheet: HostWorksheet,
  ) {
    super(queue, `${worksheet.label}.freezePanes`);
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  private freeze(method: string, args: unknown[], panes: () => { rows: number; cols: number }): void {
    this.call(method, args, () => {
      this.queue.requireApi(7, `WorksheetFreezePanes.${method}`);
      const next = panes();
      if (![next.rows, next.cols].every((n) => Number.isInteger(n) && n >= 0)) throw invalidArgument("freeze count");
      this.worksheet.sheet().freeze = next;
    });
  }

  freezeRows(count = 1): void {
    this.freeze("freezeRows", [count], () => ({ rows: count, cols: 0 }));
  }

  freezeColumns(count = 1): void {
    this.freeze("freezeColumns", [count], () => ({ rows: 0, cols: count }));
  }

  /** The given range, from the top-left corner, is what stays in view. */
  freezeAt(frozen: HostRange | string): void {
    this.freeze("freezeAt", [frozen], () => {
      const rect = typeof frozen === "string" ? parseAddress(frozen)?.rect : frozen.target().rect;
      if (!rect) throw invalidArgument("freeze range");
      return { rows: rect.row + rect.rows, cols: rect.col + rect.cols };
    });
  }

  unfreeze(): void {
    this.freeze("unfreeze", [], () => ({ rows: 0, cols: 0 }));
  }

  getLocationOrNullObject(): HostRange {
    return new HostRange(
      this.queue,
      this.worksheet.book,
      `${this.label}.location`,
      () => {
        const sheet = this.worksheet.sheet();
        const { rows, cols } = sheet.freeze;
        if (rows === 0 && cols === 0) return null;
        return { sheet, rect: { row: 0, col: 0, rows: rows || MAX_ROWS, cols: cols || MAX_COLS } };
      },
      true,
    );
  }
}

const ORIENTATIONS = ["Portrait", "Landscape"];
const PAPER_SIZES = ["A3", "A4", "A5", "Letter", "Legal", "Tabloid", "Executive"];

class PageLayout extends HostObject {
  constructor(
    queue: RequestQueue,
    private readonly worksheet: HostWorksheet,
  ) {
    super(queue, `${worksheet.label}.pageLayout`);
  }

  private layout() {
    this.queue.requireApi(9, "Worksheet.pageLayout");
    return this.worksheet.sheet().pageLayout;
  }

  protected scalars(): Record<string, () => unknown> {
    return {
      orientation: () => this.layout().orientation,
      paperSize: () => this.layout().paperSize,
      zoom: () => this.layout().zoom,
      printGridlines: () => this.layout().printGridlines,
    };
  }

  get orientation(): string {
    return this.read("orientation");
  }
  set orientation(orientation: string) {
    this.assign("orientation", orientation, () => {
      if (!ORIENTATIONS.includes(orientation)) throw invalidArgument("orientation");
      this.layout().orientation = orientation;
    });
  }

  get paperSize(): string {
    return this.read("paperSize");
  }
  set paperSize(size: string) {
    this.assign("paperSize", size, () => {
      if (!PAPER_SIZES.includes(size)) throw invalidArgument("paper size");
      this.layout().paperSize = size;
    });
  }

  get zoom(): Record<string, number> {
    return this.read("zoom");
  }
  set zoom(zoom: Record<string, number>) {
    this.assign("zoom", zoom, () => {
      const scale = zoom.scale;
      const fit = zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined;
      if (scale !== undefined && (fit || scale < 10 || scale > 400)) throw invalidArgument("zoom");
      if (!fit && scale === undefined) throw invalidArgument("zoom");
      this.layout().zoom = { ...zoom };
    });
  }

  setPrintArea(address: string): void {
    this.call("setPrintArea", [address], () => {
      this.layout().printArea = address;
    });
  }

  setPrintTitleRows(address: string): void {
    this.call("setPrintTitleRows", [address], () => {
      this.layout().printTitleRows = address;
    });
  }

  get printGridlines(): boolean {
    return this.read("printGridlines");
  }
  set printGridlines(print: boolean) {
    this.assign("printGridlines", print, () => {
      this.layout().printGridlines = print;
    });
  }
}

class CustomProperties extends HostCollection<CustomProperty> {
  constructor(
    queue: RequestQueue,
    private readonly worksheet: HostWorksheet,
  ) {
    super(queue, `${worksheet.label}.customProperties`);
  }

  private store(): Map<string, string> {
    this.queue.requireApi(12, "Worksheet.customProperties");
    return this.worksheet.sheet().customProperties;
  }

  protected list(): CustomProperty[] {
    return [...this.store().keys()].map((key) => this.property(key, false));
  }

  private property(key: string, nullable: boolean): CustomProperty {
    return new CustomProperty(this.queue, `${this.label}(${key})`, () => this.store(), key, nullable);
  }

  /** Adds the property, or overwrites the one with that key. */
  add(key: string, value: string): CustomProperty {
    this.call("add", [key, value], () => {
      if (typeof key !== "string" || key.length === 0 || key.length > 255) throw invalidArgument("property key");
      this.store().set(key, String(value));
    });
    return this.property(key, false);
  }

  getItem(key: string): CustomProperty {
    return this.property(key, false);
  }

  getItemOrNullObject(key: string): CustomProperty {
    return this.property(key, true);
  }
}

class CustomProperty extends HostObject {
  constructor(
    queue: RequestQueue,
    label: string,
    private readonly store: () => Map<string, string>,
    private readonly propertyKey: string,
    private readonly nullable: boolean,
  ) {
    super(queue, label);
    if (nullable) this.trackNull();
  }

  protected override isNull(): boolean {
    const missing = !this.store().has(this.propertyKey);
    if (missing && !this.nullable) throw new HostError("ItemNotFound", `No custom property «${this.propertyKey}».`);
    return missing;
  }

  protected scalars(): Record<string, () => unknown> {
    return { key: () => this.propertyKey, value: () => this.store().get(this.propertyKey) };
  }

  get key(): string {
    return this.read("key");
  }
  get value(): string {
    return this.read("value");
  }
  set value(value: string) {
    this.assign("value", value, () => {
      this.isNull();
      this.store().set(this.propertyKey, value);
    });
  }

  delete(): void {
    this.call("delete", [], () => {
      this.store().delete(this.propertyKey);
    });
  }
}
