import { findFramework } from "../core/catalog";
import { ru } from "../core/i18n/ru";
import { BuildRequest, ExistingSheet, planWorkbook } from "../core/workbook/buildPlan";
import { readSchools } from "../core/workbook/simpleSheets";
import { applyPlan } from "./applyPlan";
import { officeSupports, Supports } from "./chunkedWriter";
import { readExisting } from "./readWorkbook";
import { storedBuild, workbookCatalog } from "../core/workbook/stored";
import { planStoredAnalysis } from "../core/analysis/planAnalysis";
import { planSelfAssessment } from "../core/selfAssessment/planSelfAssessment";
import { checkAndMark, selectCell } from "./validate";
import { readDataset } from "../core/validation/dataset";
import type { Finding } from "../core/validation/findings";

/** Excel.run, or the in-memory host's run in tests. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export type Progress = (done: number, total: number) => void;

export interface OperationResult {
  readonly notices: readonly string[];
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
        const catalog = request.useWorkbookCatalog ? workbookCatalog(existing, base) : { framework: base, notices: [] };
        const result = await build(context, existing, { ...request, framework: catalog.framework }, onProgress);
        return { notices: [...catalog.notices, ...result.notices] };
      });
    },

    /** «Сделать книгу переносимой»: the same sheets with native formulas only. */
    async makePortable(onProgress?: Progress): Promise<OperationResult> {
      return run(async (context) => {
        const existing = await readExisting(context, supports);
        const stored = storedBuild(existing);
        const request = { ...stored.settings, framework: stored.framework, periods: stored.periods, schools: [] };
        const result = await build(context, existing, { ...request, flavour: "portable" }, onProgress);
        return { notices: [...stored.notices, ...result.notices] };
      });
    },

    /** «Проверить данные»: findings, and their cells marked in the sheets. */
    async validate(): Promise<Finding[]> {
      return run(async (context) => {
        const existing = await readExisting(context, supports);
        const stored = storedBuild(existing);
        const periods = stored.periods.map((period) => period.label);
        return checkAndMark(context, readDataset(stored.framework, periods, existing));
      });
    },

    /** «Сформировать аналитическую справку» for a period: the sheet «Анализ …», updated in place on a rerun. */
    async analyze(period: string, onProgress?: Progress): Promise<OperationResult> {
      return run(async (context) => {
        const existing = await readExisting(context, supports);
        const result = planStoredAnalysis(existing, period);
        await applyPlan(context, result.plan, onProgress, { supports });
        return { notices: result.notices };
      });
    },

    /** «Самооценка»: the federal methodology's sheet, and the cycle matrix of the workbook's own systems. */
    async selfAssess(onProgress?: Progress): Promise<OperationResult> {
      return run(async (context) => {
        const existing = await readExisting(context, supports);
        const result = planSelfAssessment(existing);
        await applyPlan(context, result.plan, onProgress, { supports });
        return { notices: result.notices };
      });
    },

    /** Takes the user to a finding. */
    async select(sheet: string, cell: string): Promise<void> {
      return run((context) => selectCell(context, sheet, cell));
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
