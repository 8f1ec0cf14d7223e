import { findFramework } from "../core/catalog";
import { readCatalogRows } from "../core/catalog/catalogSheet";
import type { Framework } from "../core/catalog/schema";
import { ru } from "../core/i18n/ru";
import { CATALOG_ROLE } from "../core/plan/catalogSheetPlan";
import type { CellValue, PlannedCell } from "../core/plan/types";
import { BuildRequest, ExistingSheet, planWorkbook } from "../core/workbook/buildPlan";
import { parsePeriods } from "../core/workbook/periods";
import { isContentsRole, settingsOfRole } from "../core/workbook/settings";
import { readSchools } from "../core/workbook/simpleSheets";
import { applyPlan } from "./applyPlan";
import { officeSupports, Supports } from "./chunkedWriter";
import { readRoles, ROLE_SHEET } from "./readSheet";

/** Excel.run, or the in-memory host's run in tests. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export type Progress = (done: number, total: number) => void;

export interface OperationResult {
  readonly notices: readonly string[];
}

/** Cells of a used range as the planner reads them: formulas as { formula }, the rest as values, from A1. */
function toCells(formulas: unknown[][], rowIndex: number, columnIndex: number): PlannedCell[][] {
  const cells: PlannedCell[][] = Array.from({ length: rowIndex }, () => []);
  for (const row of formulas) {
    const line: PlannedCell[] = Array(columnIndex).fill(null);
    for (const cell of row) {
      if (typeof cell === "string" && cell.startsWith("=")) line.push({ formula: cell });
      else line.push(cell === "" ? null : (cell as CellValue));
    }
    cells.push(line);
  }
  return cells;
}

/** Reads every sheet's name and role, and the cells of the add-in's sheets: three syncs however big the book. */
async function readExisting(context: Excel.RequestContext, supports: Supports): Promise<ExistingSheet[]> {
  const roles = await readRoles(context, supports);
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const used = sheets.items
    .filter((sheet) => sheet.name !== ROLE_SHEET)
    .map((sheet) => {
      const role = roles.get(sheet.name);
      const range = role ? sheet.getUsedRangeOrNullObject(true).load("formulas, rowIndex, columnIndex") : undefined;
      return { name: sheet.name, role, range };
    });
  await context.sync();
  return used.map(({ name, role, range }) =>
    role && range && !range.isNullObject
      ? { name, role, cells: toCells(range.formulas, range.rowIndex, range.columnIndex) }
      : role
        ? { name, role, cells: [] }
        : { name },
  );
}

function catalogOf(existing: readonly ExistingSheet[], base: Framework): { framework: Framework; notices: string[] } {
  const sheet = existing.find((s) => s.role === CATALOG_ROLE);
  if (!sheet?.cells) return { framework: base, notices: [] };
  const rows = sheet.cells.map((row) => row.map((cell) => (typeof cell === "object" && cell !== null ? null : cell)));
  const reading = readCatalogRows(rows, base);
  return { framework: reading.framework, notices: reading.problems.map((problem) => problem.message) };
}

export interface CreateSheetsRequest extends Omit<BuildRequest, "framework"> {
  readonly frameworkId: string;
  /** Use the workbook's own «Показатели» (as edited by the user) instead of the built-in catalog. */
  readonly useWorkbookCatalog: boolean;
}

export function createWorkbookOperations(run: RunBatch, supports: Supports = officeSupports) {
  async function build(
    context: Excel.RequestContext,
    existing: readonly ExistingSheet[],
    request: BuildRequest,
    onProgress?: Progress,
  ) {
    const result = planWorkbook(request, existing);
    await applyPlan(context, result.plan, onProgress, { supports });
    return result;
  }

  return {
    /** «Создать листы»: lays the framework out; a rerun keeps every typed value. */
    async createSheets(request: CreateSheetsRequest, onProgress?: Progress): Promise<OperationResult> {
      const base = findFramework(request.frameworkId);
      if (!base) throw new Error(ru.cli.unknownFramework(request.frameworkId, ""));
      return run(async (context) => {
        const existing = await readExisting(context, supports);
        const catalog = request.useWorkbookCatalog ? catalogOf(existing, base) : { framework: base, notices: [] };
        const result = await build(context, existing, { ...request, framework: catalog.framework }, onProgress);
        return { notices: [...catalog.notices, ...result.notices] };
      });
    },

    /** «Сделать книгу переносимой»: the same sheets with native formulas only. */
    async makePortable(onProgress?: Progress): Promise<OperationResult> {
      return run(async (context) => {
        const existing = await readExisting(context, supports);
        const contents = existing.find((sheet) => sheet.role && isContentsRole(sheet.role));
        const settings = contents?.role ? settingsOfRole(contents.role) : undefined;
        const base = settings ? findFramework(settings.framework) : undefined;
        const periods = settings ? parsePeriods(settings.periods.join(",")) : undefined;
        if (!settings || !base || !periods?.ok) throw new Error(ru.operations.notBuilt);
        const catalog = catalogOf(existing, base);
        const request = { ...settings, framework: catalog.framework, periods: periods.periods, schools: [] };
        const result = await build(context, existing, { ...request, flavour: "portable" }, onProgress);
        return { notices: [...catalog.notices, ...result.notices] };
      });
    },

    /** The schools listed on the workbook's «ОО» sheet, for the form. */
    async readSchools(): Promise<string[]> {
      return run(async (context) => {
        const existing = await readExisting(context, supports);
        return readSchools(existing.find((sheet) => sheet.role === "schools")?.cells ?? []);
      });
    },
  };
}

export type WorkbookOperations = ReturnType<typeof createWorkbookOperations>;
