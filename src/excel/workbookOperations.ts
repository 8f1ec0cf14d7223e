import { planDemo } from "../core/operations/demo";
import { ROLES } from "../core/workbook/roles";
import type { WorkbookOperations } from "../core/operations/contract";
import { checkWorkbook } from "../core/operations/validate";
import { planCreateSheets, planPortable } from "../core/operations/createSheets";
import { ExistingSheet } from "../core/workbook/existing";
import { readSchools } from "../core/sheets/simpleSheets";
import { applyPlan } from "./applyPlan";
import { officeSupports, Supports } from "./chunkedWriter";
import { readExisting } from "./readWorkbook";
import { planStoredAnalysis } from "../core/operations/analyse";
import { planSelfAssessment } from "../core/operations/selfAssess";
import { markCells, selectCell } from "./validate";
import type { Finding } from "../core/features/validation/findings";
import { isContentsRole } from "../core/workbook/settings";
import {
  buildChanges,
  BuildChanges,
  CheckResult,
  CreateSheetsRequest,
  LastCheck,
  lastCheckOf,
  OperationResult,
  parseLastCheck,
  Progress,
  statusOf,
  WorkbookStatus,
} from "../core/operations/status";

/** Excel.run, or the in-memory host's run in tests. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const LAST_CHECK_PROPERTY = "msoko.lastCheck";

async function readLastCheck(context: Excel.RequestContext, existing: readonly ExistingSheet[], supports: Supports) {
  const contents = existing.find((sheet) => sheet.role && isContentsRole(sheet.role));
  if (!contents || !supports("ExcelApi", "1.12")) return undefined;
  const property = context.workbook.worksheets
    .getItem(contents.name)
    .customProperties.getItemOrNullObject(LAST_CHECK_PROPERTY)
    .load("value");
  await context.sync();
  return property.isNullObject ? undefined : parseLastCheck(property.value);
}

export function createWorkbookOperations(run: RunBatch, supports: Supports = officeSupports): WorkbookOperations {
  return {
    /** What the pane shows first: framework, periods, municipality, schools, sheets, data, last check, справки. */
    async readStatus(): Promise<WorkbookStatus> {
      return run(async (context) => {
        const existing = await readExisting(context, supports);
        return statusOf(existing, await readLastCheck(context, existing, supports));
      });
    },

    /** What «Создать листы» would change in this workbook, planned but not written. */
    async previewCreateSheets(request: CreateSheetsRequest): Promise<BuildChanges> {
      return run(async (context) => buildChanges(await readExisting(context, supports), request));
    },

    /** «Проверить данные» for the pane: findings, how much data there was, and the time stored with the workbook. */
    async check(): Promise<CheckResult> {
      return run(async (context) => {
        const existing = await readExisting(context, supports);
        const { findings, values, marks } = checkWorkbook(existing);
        await markCells(context, marks);
        const checkedAt = new Date().toISOString();
        const contents = existing.find((sheet) => sheet.role && isContentsRole(sheet.role));
        if (contents && supports("ExcelApi", "1.12")) {
          const record: LastCheck = lastCheckOf(findings, checkedAt);
          context.workbook.worksheets
            .getItem(contents.name)
            .customProperties.add(LAST_CHECK_PROPERTY, JSON.stringify(record));
          await context.sync();
        }
        return { findings, values, checkedAt };
      });
    },

    /** «Создать листы»: lays the framework out; a rerun keeps every typed value. */
    async createSheets(request: CreateSheetsRequest, onProgress?: Progress): Promise<OperationResult> {
      return run(async (context) => {
        const existing = await readExisting(context, supports, { userFormulas: true });
        const result = planCreateSheets(existing, request);
        await applyPlan(context, result.plan, onProgress, { supports });
        return { notices: [...result.notices] };
      });
    },

    async createDemo(frameworkId: string, onProgress?: Progress): Promise<OperationResult> {
      return run(async (context) => {
        const result = planDemo(await readExisting(context, supports), frameworkId);
        await applyPlan(context, result.plan, onProgress, { supports });
        return { notices: [...result.notices] };
      });
    },

    /** «Сделать книгу переносимой»: the same sheets with native formulas only. */
    async makePortable(onProgress?: Progress): Promise<OperationResult> {
      return run(async (context) => {
        const result = planPortable(await readExisting(context, supports));
        await applyPlan(context, result.plan, onProgress, { supports });
        return { notices: [...result.notices] };
      });
    },

    /** «Проверить данные»: findings, and their cells marked in the sheets. */
    async validate(): Promise<Finding[]> {
      return run(async (context) => {
        const { findings, marks } = checkWorkbook(await readExisting(context, supports));
        await markCells(context, marks);
        return findings;
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
        return readSchools(existing.find((sheet) => sheet.role === ROLES.schools)?.cells ?? []);
      });
    },
  };
}
