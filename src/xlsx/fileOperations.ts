import { planDemo } from "../core/operations/demo";
import { ROLES } from "../core/workbook/roles";
import { prepareForms } from "../core/operations/forms";
import { checkWorkbook } from "../core/operations/validate";
import { planCreateSheets, planPortable } from "../core/operations/createSheets";
import * as ExcelJS from "exceljs";
import { planStoredAnalysis } from "../core/operations/analyse";
import { readFormBook, stamp } from "../core/features/forms/book";
import { collectForms } from "../core/operations/collect";
import type { FormFile, FormsOperations } from "../core/operations/forms";
import { formsText } from "../core/base/i18n/forms";
import { ru } from "../core/base/i18n/ru";
import type { ImportFile, ImportOptions, ImportPreview } from "../core/operations/import";
import { planImport, withoutPlan } from "../core/operations/import";
import type { CellValue, WorkbookPlan } from "../core/base/plan/types";
import { planSelfAssessment } from "../core/operations/selfAssess";
import { CheckMarks, INPUT_FILL } from "../core/features/validation/marks";
import {
  BuildChanges,
  buildChanges,
  CheckResult,
  CreateSheetsRequest,
  LastCheck,
  lastCheckOf,
  OperationResult,
  Progress,
  statusOf,
  WorkbookStatus,
} from "../core/operations/status";
import { readSchools } from "../core/sheets/simpleSheets";
import { existingSheets } from "./buildFile";
import { formBytes, receivedForm, setSheetRole } from "./formFile";
import { readCellValue } from "./readWorkbook";
import { toArgb } from "./styles";
import { applyPlanToWorkbook } from "./writePlan";

/** The workbook open in a page: ExcelJS's model, what the page remembers of it, and whether it changed since saved. */
export interface FileBook {
  readonly workbook: ExcelJS.Workbook;
  /** When «Проверить данные» last ran on it in this page (Excel keeps this in a sheet property ExcelJS lacks). */
  lastCheck?: LastCheck;
  /** True once an operation has written to it and it was not saved since. */
  changed: boolean;
}

/** A finding's cell as the page shows it: it cannot select a cell in another program. */
export interface ShownCell {
  readonly sheet: string;
  readonly cell: string;
  readonly value: CellValue;
}

export interface FileOperationsOptions {
  /** What «go to the finding» does: the page shows the cell's address and value. */
  onSelect?(cell: ShownCell): void;
  /** Yields to the page between the steps of an operation, so its progress is painted. */
  pause?(): Promise<void>;
}

/** Colours a check's marks into the book's cells; true when a fill changed. */
function markCells(workbook: ExcelJS.Workbook, { inputs, marks }: CheckMarks): boolean {
  let changed = false;
  const fill = (sheet: string, row: number, col: number, colour: string) => {
    const cell = workbook.getWorksheet(sheet)?.getCell(row + 1, col + 1);
    if (!cell) return;
    const argb = toArgb(colour);
    const current = cell.fill as ExcelJS.FillPattern | undefined;
    if (current?.type === "pattern" && current.pattern === "solid" && current.fgColor?.argb === argb) return;
    // A new style object: cells read from a file may share one, and only this cell is to change.
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb } } };
    changed = true;
  };
  for (const [sheet, ranges] of inputs)
    for (const range of ranges)
      for (let r = 0; r < range.rows; r++)
        for (let c = 0; c < range.cols; c++) fill(sheet, range.row + r, range.col + c, INPUT_FILL);
  for (const mark of marks) fill(mark.sheet, mark.row, mark.col, mark.fill);
  return changed;
}

const random32 = () => crypto.getRandomValues(new Uint32Array(1))[0];
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The pane's operations over a workbook file held in memory: the same core planners as the Office.js shell
 * (src/excel/workbookOperations.ts) and the command line, their plans written by ExcelJS with cached values.
 * `book` gives the open workbook at the time of each call; every call reads it afresh.
 */
export function createFileOperations(book: () => FileBook, options: FileOperationsOptions = {}) {
  const pause = options.pause ?? nextTick;
  const existing = () => existingSheets(book().workbook);

  /** Writes a plan, telling progress before and after: ExcelJS writes in one step. */
  async function write(plan: WorkbookPlan, onProgress?: Progress): Promise<void> {
    const total = Math.max(1, plan.sheets.length);
    onProgress?.(0, total);
    await pause();
    const open = book();
    applyPlanToWorkbook(open.workbook, plan);
    open.changed = true;
    onProgress?.(total, total);
  }

  const collect = async (files: readonly FormFile[], period: string, replace: boolean, apply: boolean) => {
    const forms = await Promise.all(files.map((file) => receivedForm(file.name, file.bytes)));
    const result = collectForms(readFormBook(existing()), forms, { period, replace, receivedAt: stamp(new Date()) });
    if (apply) await write(result.plan);
    return result.outcomes;
  };

  const forms: FormsOperations = {
    periods: async () => readFormBook(existing()).periods,

    async makeForms(period) {
      const prepared = prepareForms(existing(), period, random32);
      // As `msoko forms` does: the id joins the settings in «Содержание»'s role.
      if (prepared.idChange) {
        if (!setSheetRole(book().workbook, prepared.idChange.sheet, prepared.idChange.role))
          throw new Error(formsText.bookHasNoId);
        book().changed = true;
      }
      const files = await Promise.all(
        prepared.forms.map(async (form) => ({ name: form.fileName, bytes: await formBytes(form) })),
      );
      const notices = prepared.idChange ? [formsText.bookIdAddedHere] : [];
      return { files, notices: [...notices, ...prepared.skipped.map(formsText.cli.noRows)] };
    },

    previewForms: (files, period, replace) => collect(files, period, replace, false),
    collectForms: (files, period, replace) => collect(files, period, replace, true),
  };

  return {
    async readStatus(): Promise<WorkbookStatus> {
      return statusOf(existing(), book().lastCheck);
    },

    async previewCreateSheets(request: CreateSheetsRequest): Promise<BuildChanges> {
      return buildChanges(existing(), request);
    },

    /** «Проверить данные»: the findings `msoko validate` gives, their cells marked in the book as Excel's pane marks them. */
    async check(): Promise<CheckResult> {
      const { findings, values, marks } = checkWorkbook(existing());
      const open = book();
      if (markCells(open.workbook, marks)) open.changed = true;
      const checkedAt = new Date().toISOString();
      open.lastCheck = lastCheckOf(findings, checkedAt);
      return { findings, values, checkedAt };
    },

    async createSheets(request: CreateSheetsRequest, onProgress?: Progress): Promise<OperationResult> {
      const result = planCreateSheets(existing(), request);
      await write(result.plan, onProgress);
      return { notices: [...result.notices] };
    },

    async createDemo(frameworkId: string, onProgress?: Progress): Promise<OperationResult> {
      const result = planDemo(existing(), frameworkId);
      await write(result.plan, onProgress);
      return { notices: [...result.notices] };
    },

    async makePortable(onProgress?: Progress): Promise<OperationResult> {
      const result = planPortable(existing());
      await write(result.plan, onProgress);
      return { notices: [...result.notices] };
    },

    async validate() {
      return checkWorkbook(existing()).findings;
    },

    async analyze(period: string, onProgress?: Progress): Promise<OperationResult> {
      const result = planStoredAnalysis(existing(), period);
      await write(result.plan, onProgress);
      return { notices: result.notices };
    },

    async selfAssess(onProgress?: Progress): Promise<OperationResult> {
      const result = planSelfAssessment(existing());
      await write(result.plan, onProgress);
      return { notices: result.notices };
    },

    /** The page cannot select a cell in another program: it is told the cell's address and value to show. */
    async select(sheet: string, cell: string): Promise<void> {
      const worksheet = book().workbook.getWorksheet(sheet);
      options.onSelect?.({ sheet, cell, value: worksheet ? readCellValue(worksheet, cell) : null });
    },

    async readSchools(): Promise<string[]> {
      return readSchools(existing().find((sheet) => sheet.role === ROLES.schools)?.cells ?? []);
    },

    async previewImport(parsed: readonly ImportFile[], importOptions: ImportOptions): Promise<ImportPreview> {
      return withoutPlan(planImport(existing(), parsed, importOptions));
    },

    async importFiles(
      parsed: readonly ImportFile[],
      importOptions: ImportOptions,
      onProgress?: Progress,
    ): Promise<ImportPreview> {
      const result = planImport(existing(), parsed, importOptions);
      if (result.plan) await write(result.plan, onProgress);
      return withoutPlan(result);
    },

    ...forms,

    /** The справка of the latest period as a Word file; the docx library loads on demand. */
    async wordReport() {
      const { wordReportFile } = await import(/* webpackChunkName: "word-file" */ "../docx/wordReportFile");
      const made = await wordReportFile(existing());
      return { bytes: made.bytes, fileName: made.fileName, notices: made.notices };
    },
  };
}

export type FileOperations = ReturnType<typeof createFileOperations>;

/** A new, empty workbook as the product starts one. */
export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = ru.taskpane.title;
  return workbook;
}
