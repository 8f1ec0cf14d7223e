import { HostObject } from "./base";
import { RequestQueue } from "./requests";
import type { WorkbookState } from "./state";
import { HostTables } from "./table";
import { HostWorksheets } from "./worksheet";

class HostApplication extends HostObject {
  constructor(queue: RequestQueue) {
    super(queue, "application");
  }

  protected scalars(): Record<string, () => unknown> {
    return { calculationMode: () => "Automatic" };
  }

  suspendApiCalculationUntilNextSync(): void {
    this.call("suspendApiCalculationUntilNextSync", [], () => this.queue.suspendCalculation());
  }
}

class HostWorkbook extends HostObject {
  readonly worksheets: HostWorksheets;
  readonly tables: HostTables;

  constructor(
    queue: RequestQueue,
    book: WorkbookState,
    readonly application: HostApplication,
  ) {
    super(queue, "workbook");
    this.worksheets = new HostWorksheets(queue, book);
    this.tables = new HostTables(queue, book, "workbook.tables");
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  protected override children(): Record<string, HostObject> {
    return { worksheets: this.worksheets, tables: this.tables };
  }
}

/** What Excel.run hands to the batch: the workbook, the application and sync(). */
export class HostContext {
  readonly application: HostApplication;
  readonly workbook: HostWorkbook;

  constructor(
    private readonly queue: RequestQueue,
    book: WorkbookState,
  ) {
    this.application = new HostApplication(queue);
    this.workbook = new HostWorkbook(queue, book, this.application);
  }

  sync(): Promise<void> {
    return this.queue.sync();
  }

  get pendingActions(): number {
    return this.queue.pending;
  }
}
