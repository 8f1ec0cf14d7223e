import { findFramework } from "../core/catalog";
import type { Framework } from "../core/catalog/schema";
import { bookCatalog } from "../core/library/ownFramework";
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
import { readInputsFromGrid } from "../core/workbook/inputs";
import type { WorkbookPlan } from "../core/plan/types";
import { isContentsRole } from "../core/workbook/settings";

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
  /** One's own Положение put together in the pane: the book's «Показатели» are built from it. */
  readonly ownFramework?: Framework;
}

/** What the pane shows about the open workbook before any operation, read in one batch. */
export interface WorkbookStatus {
  /** True when the add-in has laid the workbook out («Содержание» with its settings is there). */
  readonly built: boolean;
  readonly frameworkId?: string;
  readonly frameworkTitle?: string;
  readonly municipality?: string;
  readonly periods: readonly string[];
  readonly schools: readonly string[];
  /** Sheets the add-in made, and the user's own sheets. */
  readonly ourSheets: number;
  readonly userSheets: number;
  /** Values typed on the entry sheets (targets included), and rows of procedure results and medallists. */
  readonly values: number;
  readonly resultRows: number;
  readonly lastCheck?: LastCheck;
  /** Periods for which a «Анализ …» sheet exists. */
  readonly reports: readonly string[];
  /** True when the workbook's «Показатели» is there (the form may offer to use it). */
  readonly hasCatalogSheet: boolean;
}

/** When «Проверить данные» last ran on this workbook, stored with the «Содержание» sheet. */
export interface LastCheck {
  readonly at: string;
  readonly errors: number;
  readonly warnings: number;
}

/** What a rerun of «Создать листы» would change that a user cannot easily undo. */
export interface BuildChanges {
  /** False for a workbook the add-in has not laid out yet: nothing of ours is changed. */
  readonly rebuild: boolean;
  readonly municipality?: { readonly from: string; readonly to: string };
  readonly framework?: { readonly from: string; readonly to: string };
  readonly droppedPeriods: readonly string[];
  readonly addedPeriods: readonly string[];
  readonly droppedSchools: readonly string[];
  readonly addedSchools: number;
  /** Typed values newly moved to «Архив данных». */
  readonly archived: number;
}

/** True when the changes rename, drop or archive something: the pane then asks before writing. */
export function needsConfirmation(changes: BuildChanges): boolean {
  return (
    changes.rebuild &&
    (changes.municipality !== undefined ||
      changes.framework !== undefined ||
      changes.droppedPeriods.length > 0 ||
      changes.droppedSchools.length > 0 ||
      changes.archived > 0)
  );
}

export interface CheckResult {
  readonly findings: Finding[];
  /** Values and result rows the check looked at: zero means there is no data yet. */
  readonly values: number;
  readonly checkedAt: string;
}

const LAST_CHECK_PROPERTY = "msoko.lastCheck";
const ANALYSIS_PREFIX = "analysis:";
const ARCHIVE_FIRST_ROW = 3;

const isEntryRole = (role?: string) => Boolean(role && (role.startsWith("system:") || role.startsWith("schools:")));

function typedValues(existing: readonly ExistingSheet[]): number {
  return existing
    .filter((sheet) => isEntryRole(sheet.role))
    .reduce((sum, sheet) => sum + readInputsFromGrid(sheet.cells ?? []).size, 0);
}

/** Rows on «Архив данных» with an indicator code, in existing cells or in a planned sheet's block. */
function archiveRows(cells: readonly (readonly unknown[])[] | undefined, firstRow = 0): number {
  return (cells ?? []).filter(
    (row, index) => index + firstRow >= ARCHIVE_FIRST_ROW && typeof row[1] === "string" && row[1] !== "",
  ).length;
}

function plannedArchiveRows(plan: WorkbookPlan): number {
  const sheet = plan.sheets.find((s) => s.role === "archive");
  return (sheet?.blocks ?? []).reduce((sum, block) => sum + archiveRows(block.cells, block.row), 0);
}

function parseLastCheck(text: unknown): LastCheck | undefined {
  if (typeof text !== "string") return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<LastCheck>;
    return typeof parsed.at === "string" && typeof parsed.errors === "number" && typeof parsed.warnings === "number"
      ? { at: parsed.at, errors: parsed.errors, warnings: parsed.warnings }
      : undefined;
  } catch {
    return undefined;
  }
}

/** The status of a workbook read by readExisting; the last check is read apart (it lives in a sheet property). */
export function statusOf(existing: readonly ExistingSheet[], lastCheck?: LastCheck): WorkbookStatus {
  const ours = existing.filter((sheet) => sheet.role).length;
  const common = {
    ourSheets: ours,
    userSheets: existing.length - ours,
    schools: readSchools(existing.find((sheet) => sheet.role === "schools")?.cells ?? []),
    reports: existing
      .filter((sheet) => sheet.role?.startsWith(ANALYSIS_PREFIX))
      .map((sheet) => (sheet.role ?? "").slice(ANALYSIS_PREFIX.length)),
    hasCatalogSheet: existing.some((sheet) => sheet.role === "catalog"),
    lastCheck,
  };
  let stored;
  try {
    stored = storedBuild(existing);
  } catch {
    return { built: false, periods: [], values: typedValues(existing), resultRows: 0, ...common };
  }
  const periods = stored.periods.map((period) => period.label);
  const dataset = readDataset(stored.framework, periods, existing);
  return {
    built: true,
    frameworkId: stored.settings.framework,
    frameworkTitle: stored.framework.title,
    municipality: stored.settings.municipality,
    periods,
    values: typedValues(existing),
    resultRows: (dataset.results?.rows.length ?? 0) + (dataset.medallists?.rows.length ?? 0),
    ...common,
  };
}

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

  function requestFor(request: CreateSheetsRequest, existing: readonly ExistingSheet[]) {
    const base = findFramework(request.frameworkId);
    if (!base) throw new Error(ru.cli.unknownFramework(request.frameworkId, ""));
    const catalog = request.ownFramework
      ? bookCatalog(request.ownFramework)
      : request.useWorkbookCatalog
        ? workbookCatalog(existing, base)
        : { framework: base, notices: [] };
    return { build: { ...request, framework: catalog.framework } as BuildRequest, notices: catalog.notices };
  }

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
      return run(async (context) => {
        const existing = await readExisting(context, supports);
        const status = statusOf(existing);
        const { build } = requestFor(request, existing);
        const planned = planWorkbook(build, existing);
        const periods = build.periods.map((period) => period.label);
        const before = archiveRows(existing.find((sheet) => sheet.role === "archive")?.cells);
        const schools = new Set(planned.schools);
        const changed = (from: string | undefined, to: string) =>
          from !== undefined && from !== to ? { from, to } : undefined;
        return {
          rebuild: status.built,
          municipality: changed(status.municipality, build.municipality),
          framework: changed(status.frameworkTitle, build.framework.title),
          droppedPeriods: status.periods.filter((period) => !periods.includes(period)),
          addedPeriods: status.built ? periods.filter((period) => !status.periods.includes(period)) : [],
          droppedSchools: status.schools.filter((school) => !schools.has(school)),
          addedSchools: status.built ? planned.schools.filter((school) => !status.schools.includes(school)).length : 0,
          archived: Math.max(0, plannedArchiveRows(planned.plan) - before),
        };
      });
    },

    /** «Проверить данные» for the pane: findings, how much data there was, and the time stored with the workbook. */
    async check(): Promise<CheckResult> {
      return run(async (context) => {
        const existing = await readExisting(context, supports);
        const stored = storedBuild(existing);
        const periods = stored.periods.map((period) => period.label);
        const dataset = readDataset(stored.framework, periods, existing);
        const values =
          typedValues(existing) + (dataset.results?.rows.length ?? 0) + (dataset.medallists?.rows.length ?? 0);
        const findings = await checkAndMark(context, dataset);
        const checkedAt = new Date().toISOString();
        const contents = existing.find((sheet) => sheet.role && isContentsRole(sheet.role));
        if (contents && supports("ExcelApi", "1.12")) {
          const errors = findings.filter((finding) => finding.severity === "error").length;
          const record: LastCheck = { at: checkedAt, errors, warnings: findings.length - errors };
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
      if (!findFramework(request.frameworkId)) throw new Error(ru.cli.unknownFramework(request.frameworkId, ""));
      return run(async (context) => {
        const existing = await readExisting(context, supports);
        const prepared = requestFor(request, existing);
        const result = await build(context, existing, prepared.build, onProgress);
        return { notices: [...prepared.notices, ...result.notices] };
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
