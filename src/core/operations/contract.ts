import type { Finding } from "../features/validation/findings";
import type { ImportFile, ImportOptions, ImportPreview } from "./import";
import type {
  BuildChanges,
  CheckResult,
  CreateSheetsRequest,
  OperationResult,
  Progress,
  WorkbookStatus,
} from "./status";

/*
 * The shell contract: what the pane asks of a workbook. The Office.js shell (src/excel) and the file shell
 * (src/xlsx/fileOperations, under the page without Excel) implement it the same way: read a snapshot of the
 * book, call the operation of this folder, apply the plan it returns.
 */

/** Step 1, 3 and 4 of the pane: status, «Создать листы», «Проверить данные», the справка, the self-assessment. */
export interface WorkbookOperations {
  /** What the pane shows first: framework, periods, municipality, schools, sheets, data, last check, справки. */
  readStatus(): Promise<WorkbookStatus>;
  /** What «Создать листы» would change in this workbook, planned but not written. */
  previewCreateSheets(request: CreateSheetsRequest): Promise<BuildChanges>;
  /** «Проверить данные»: findings, how much data there was, and the time stored with the workbook. */
  check(): Promise<CheckResult>;
  /** «Создать листы»: lays the framework out; a rerun keeps every typed value. */
  createSheets(request: CreateSheetsRequest, onProgress?: Progress): Promise<OperationResult>;
  /** «Создать демо-книгу»: a framework's sheets with invented data, in a book without sheets of ours. */
  createDemo(frameworkId: string, onProgress?: Progress): Promise<OperationResult>;
  /** «Сделать книгу переносимой»: the same sheets with native formulas only. */
  makePortable(onProgress?: Progress): Promise<OperationResult>;
  /** The findings alone, with their cells marked. */
  validate(): Promise<Finding[]>;
  /** «Сформировать аналитическую справку» for a period: the sheet «Анализ …», updated in place on a rerun. */
  analyze(period: string, onProgress?: Progress): Promise<OperationResult>;
  /** «Самооценка»: the federal methodology's sheet, and the cycle matrix of the workbook's own systems. */
  selfAssess(onProgress?: Progress): Promise<OperationResult>;
  /** Takes the user to a finding. */
  select(sheet: string, cell: string): Promise<void>;
  /** The schools listed on the workbook's «ОО» sheet, for the form. */
  readSchools(): Promise<string[]>;
}

/** «Загрузить результаты»: a preview writes nothing; an import applies the plan. */
export interface ImportOperations {
  previewImport(parsed: readonly ImportFile[], options: ImportOptions): Promise<ImportPreview>;
  importFiles(parsed: readonly ImportFile[], options: ImportOptions, onProgress?: Progress): Promise<ImportPreview>;
}
