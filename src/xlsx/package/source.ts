import type * as ExcelJS from "exceljs";
import type { OpenedPackage } from "./open";

/** Where a loaded workbook came from: the file and its package, for carrying parts over when it is written. */
export interface WorkbookSource {
  path: string;
  opened: OpenedPackage;
}

const sources = new WeakMap<ExcelJS.Workbook, WorkbookSource>();

export function rememberSource(workbook: ExcelJS.Workbook, source: WorkbookSource): void {
  sources.set(workbook, source);
}

export function sourceOf(workbook: ExcelJS.Workbook): WorkbookSource | undefined {
  return sources.get(workbook);
}
