import { parseAddress, Rect } from "./address";
import { HostCollection, HostObject } from "./base";
import { HostRange } from "./range";
import { HostError, invalidArgument, RequestQueue } from "./requests";
import type { SheetState, TableState, WorkbookState } from "./state";
import { HostWorksheet } from "./worksheet";

/** Worksheet.tables (scoped to a sheet) or Workbook.tables (all sheets). */
export class HostTables extends HostCollection<HostTable> {
  constructor(
    queue: RequestQueue,
    private readonly book: WorkbookState,
    label: string,
    private readonly scope?: () => SheetState,
  ) {
    super(queue, label);
  }

  protected list(): HostTable[] {
    const sheet = this.scope?.();
    return this.book.tables
      .filter((table) => !sheet || table.sheetId === sheet.id)
      .map((table) => new HostTable(this.queue, this.book, `tables(${table.id})`, () => table));
  }

  add(address: HostRange | string, hasHeaders: boolean): HostTable {
    let added: TableState | undefined;
    this.call("add", [address, hasHeaders], () => {
      const { sheet, rect } = this.place(address);
      added = this.book.addTable(sheet, rect, hasHeaders);
    });
    return new HostTable(this.queue, this.book, `${this.label}.add`, () => {
      if (!added) throw new HostError("InvalidOperation", "The table was not added.");
      return added;
    });
  }

  getItem(name: string): HostTable {
    return new HostTable(this.queue, this.book, `${this.label}(${name})`, () => {
      const table = this.book.table(name);
      const sheet = this.scope?.();
      if (!table || (sheet && table.sheetId !== sheet.id)) {
        throw new HostError("ItemNotFound", `The requested resource doesn't exist: table «${name}».`);
      }
      return table;
    });
  }

  private place(address: HostRange | string): { sheet: SheetState; rect: Rect } {
    if (typeof address !== "string") return address.target();
    const parsed = parseAddress(address);
    const named = parsed?.sheet === undefined ? undefined : this.book.findSheet(parsed.sheet);
    const sheet = this.scope?.() ?? named;
    if (!parsed || !sheet || (named && named !== sheet)) throw invalidArgument(`table address ${address}`);
    return { sheet, rect: parsed.rect };
  }
}

export class HostTable extends HostObject {
  private resolved?: TableState;
  private sheetProxy?: HostWorksheet;

  constructor(
    queue: RequestQueue,
    private readonly book: WorkbookState,
    label: string,
    private readonly locate: () => TableState,
  ) {
    super(queue, label);
  }

  table(): TableState {
    this.resolved ??= this.locate();
    if (!this.book.tables.includes(this.resolved))
      throw new HostError("ItemNotFound", `${this.label} no longer exists.`);
    return this.resolved;
  }

  private sheet(): SheetState {
    return this.book.sheet(this.table().sheetId);
  }

  protected scalars(): Record<string, () => unknown> {
    return {
      id: () => this.table().id,
      name: () => this.table().name,
      style: () => this.table().style,
      showHeaders: () => this.table().showHeaders,
    };
  }

  protected override children(): Record<string, HostObject> {
    return { worksheet: this.worksheet };
  }

  get worksheet(): HostWorksheet {
    this.sheetProxy ??= new HostWorksheet(this.queue, this.book, `${this.label}.worksheet`, () => this.sheet());
    return this.sheetProxy;
  }

  get id(): string {
    return this.read("id");
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.assign("name", name, () => this.book.renameTable(this.table(), name));
  }

  get style(): string {
    return this.read("style");
  }
  set style(style: string) {
    this.assign("style", style, () => {
      if (!/^TableStyle(Light|Medium|Dark)\d+$/.test(style)) throw invalidArgument(`table style ${style}`);
      this.table().style = style;
    });
  }

  getRange(): HostRange {
    return this.part("range", (rect) => rect);
  }

  getHeaderRowRange(): HostRange {
    return this.part("headerRowRange", (rect) => ({ ...rect, rows: 1 }));
  }

  getDataBodyRange(): HostRange {
    return this.part("dataBodyRange", (rect) => ({ ...rect, row: rect.row + 1, rows: rect.rows - 1 }));
  }

  /** Keeps the cells, drops the table. */
  convertToRange(): HostRange {
    const range = this.getRange();
    this.call("convertToRange", [], () => {
      range.resolve();
      this.book.removeTable(this.table());
    });
    return range;
  }

  /** Drops the table and its cells. */
  delete(): void {
    this.call("delete", [], () => {
      const table = this.table();
      this.sheet().clear(table.rect, "All");
      this.book.removeTable(table);
    });
  }

  private part(name: string, pick: (rect: Rect) => Rect): HostRange {
    return new HostRange(this.queue, this.book, `${this.label}.${name}`, () => ({
      sheet: this.sheet(),
      rect: pick(this.table().rect),
    }));
  }
}
