import { isAnalysisRole, isSchoolSheetRole, isSystemRole, periodOfAnalysisRole, ROLES } from "../workbook/roles";
import { carryOver, FED_ROLE } from "../sheets/carryOver";
import { readResultSources, resultIndicatorValues } from "../features/results/resultSheets";
import { findFramework } from "../catalog";
import type { Framework } from "../catalog/schema";
import { bookCatalog } from "../features/library/ownFramework";
import { ru } from "../base/i18n/ru";
import type { WorkbookPlan } from "../base/plan/types";
import { Dataset, readDataset } from "../sheets/dataset";
import type { Finding } from "../features/validation/findings";
import { planWorkbook } from "./build";
import { BuildRequest } from "../sheets/buildRequest";
import { ExistingSheet } from "../workbook/existing";
import { readInputsFromGrid } from "../workbook/inputs";
import { readSchools } from "../sheets/simpleSheets";
import { storedBuild, workbookCatalog } from "../sheets/storedCatalog";

/**
 * What the pane's operations give back and what the pane shows about a workbook, computed from the sheets
 * as the planner reads them. Shared by the shells that run the pane's operations: Office.js (src/excel)
 * and the .xlsx file in a page (src/xlsx/fileOperations).
 */

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
  /** Why a workbook with our «Содержание» could not be read (another version of МСОКО made it). */
  readonly unreadable?: string;
}

/** When «Проверить данные» last ran on this workbook. */
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

export interface CheckResult {
  readonly findings: Finding[];
  /** Values and result rows the check looked at: zero means there is no data yet. */
  readonly values: number;
  readonly checkedAt: string;
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

const ARCHIVE_FIRST_ROW = 3;

const isEntryRole = (role?: string) => isSystemRole(role) || isSchoolSheetRole(role);

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
  const sheet = plan.sheets.find((s) => s.role === ROLES.archive);
  return (sheet?.blocks ?? []).reduce((sum, block) => sum + archiveRows(block.cells, block.row), 0);
}

export function parseLastCheck(text: unknown): LastCheck | undefined {
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

/** The record of a check just made. */
export function lastCheckOf(findings: readonly Finding[], at: string): LastCheck {
  const errors = findings.filter((finding) => finding.severity === "error").length;
  return { at, errors, warnings: findings.length - errors };
}

/** The status of a workbook read by readExisting; the last check is read apart (it lives in a sheet property). */
export function statusOf(existing: readonly ExistingSheet[], lastCheck?: LastCheck): WorkbookStatus {
  const ours = existing.filter((sheet) => sheet.role).length;
  const common = {
    ourSheets: ours,
    userSheets: existing.length - ours,
    schools: readSchools(existing.find((sheet) => sheet.role === ROLES.schools)?.cells ?? []),
    reports: existing
      .filter((sheet) => isAnalysisRole(sheet.role))
      .map((sheet) => periodOfAnalysisRole(sheet.role ?? "")),
    hasCatalogSheet: existing.some((sheet) => sheet.role === ROLES.catalog),
    lastCheck,
  };
  let stored;
  try {
    stored = storedBuild(existing);
  } catch (error) {
    const unreadable =
      error instanceof Error && error.message === ru.operations.otherVersion ? error.message : undefined;
    return {
      built: false,
      periods: [],
      values: typedValues(existing),
      resultRows: 0,
      ...common,
      ...(unreadable && { unreadable }),
    };
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

/** The build request of «Создать листы»: the built-in framework, or the workbook's own «Показатели» for it. */
export function buildRequestFor(
  request: CreateSheetsRequest,
  existing: readonly ExistingSheet[],
): { build: BuildRequest; notices: readonly string[] } {
  const base = findFramework(request.frameworkId);
  if (!base) throw new Error(ru.cli.unknownFramework(request.frameworkId, ""));
  const catalog = request.ownFramework
    ? bookCatalog(request.ownFramework)
    : request.useWorkbookCatalog
      ? workbookCatalog(existing, base)
      : { framework: base, notices: [] };
  return { build: { ...request, framework: catalog.framework } as BuildRequest, notices: catalog.notices };
}

/** What «Создать листы» would change in this workbook, planned but not written. */
export function buildChanges(existing: readonly ExistingSheet[], request: CreateSheetsRequest): BuildChanges {
  const status = statusOf(existing);
  const { build } = buildRequestFor(request, existing);
  const planned = planWorkbook(build, existing);
  const periods = build.periods.map((period) => period.label);
  const before = archiveRows(existing.find((sheet) => sheet.role === ROLES.archive)?.cells);
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
}

/** The data «Проверить данные» looks at, and how many values and result rows it holds. */
export function checkedData(existing: readonly ExistingSheet[]): { dataset: Dataset; values: number } {
  const stored = storedBuild(existing);
  const periods = stored.periods.map((period) => period.label);
  const read = readDataset(stored.framework, periods, existing);
  const { framework } = stored;
  // Only a book with a record of fed values can hold stale ones: the others skip reading the results twice.
  const dataset: Dataset = existing.some((sheet) => sheet.role === FED_ROLE)
    ? {
        ...read,
        staleFed: () =>
          carryOver(framework, existing, resultIndicatorValues(framework, readResultSources(existing, {}))).stale,
      }
    : read;
  const values = typedValues(existing) + (dataset.results?.rows.length ?? 0) + (dataset.medallists?.rows.length ?? 0);
  return { dataset, values };
}

/** The request that lays a built workbook out again in portable formulas («Сделать книгу переносимой»). */
export function portableRequest(existing: readonly ExistingSheet[]): { build: BuildRequest; notices: string[] } {
  const stored = storedBuild(existing);
  const request = { ...stored.settings, framework: stored.framework, periods: stored.periods, schools: [] };
  return { build: { ...request, flavour: "portable" }, notices: [...stored.notices] };
}
