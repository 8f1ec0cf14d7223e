import { HostContext } from "./context";
import { emptyStats, REQUEST_LIMIT_BYTES, RequestQueue } from "./requests";
import { WorkbookState } from "./state";

export { HostError, REQUEST_LIMIT_BYTES } from "./requests";
export type { HostStats } from "./requests";
export { SheetState, WorkbookState } from "./state";

/**
 * An in-memory Excel for tests of the Office.js shell: the subset of the API the add-in uses, with
 * Office.js semantics where they matter (batching until sync, PropertyNotLoaded, *OrNullObject,
 * InvalidArgument on a shape mismatch, the 5 MB request limit, ApiNotFound past apiVersion).
 * Formulas are stored, not evaluated: their values read as null unless a test calls setComputed.
 * Methods called on a null object give null objects.
 */
export interface ExcelHostOptions {
  /** Highest ExcelApi 1.x minor version the host supports; 12 by default. */
  readonly apiVersion?: number;
  readonly sheets?: readonly string[];
  readonly requestLimitBytes?: number;
}

export function createExcelHost(options: ExcelHostOptions = {}) {
  const apiVersion = options.apiVersion ?? 12;
  const state = new WorkbookState(options.sheets ?? ["Sheet1"]);
  const stats = emptyStats();
  const limit = options.requestLimitBytes ?? REQUEST_LIMIT_BYTES;

  /** Like Excel.run: the batch's pending actions are synced when it returns. */
  async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const context = new HostContext(new RequestQueue(stats, apiVersion, limit), state);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pendingActions > 0) await context.sync();
    return result;
  }

  function resetStats(): void {
    Object.assign(stats, emptyStats());
  }

  const supports = (set: string, version: string): boolean => {
    const [major, minor] = version.split(".").map(Number);
    return set === "ExcelApi" && major === 1 && (minor ?? 0) <= apiVersion;
  };

  return { run, state, stats, resetStats, supports };
}

export type ExcelHost = ReturnType<typeof createExcelHost>;
