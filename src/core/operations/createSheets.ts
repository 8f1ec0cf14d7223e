import { findFramework } from "../catalog";
import { ru } from "../base/i18n/ru";
import type { WorkbookPlan } from "../base/plan/types";
import type { ExistingSheet } from "../workbook/existing";
import { planWorkbook } from "./build";
import { buildRequestFor, CreateSheetsRequest, portableRequest } from "./status";

export interface SheetsPlan {
  readonly plan: WorkbookPlan;
  readonly notices: readonly string[];
}

/** «Создать листы»: lays the framework out over what the workbook holds; a rerun keeps every typed value. */
export function planCreateSheets(existing: readonly ExistingSheet[], request: CreateSheetsRequest): SheetsPlan {
  if (!findFramework(request.frameworkId)) throw new Error(ru.cli.unknownFramework(request.frameworkId, ""));
  const prepared = buildRequestFor(request, existing);
  const result = planWorkbook(prepared.build, existing);
  return { plan: result.plan, notices: [...prepared.notices, ...result.notices] };
}

/** «Сделать книгу переносимой»: the same sheets with native formulas only. */
export function planPortable(existing: readonly ExistingSheet[]): SheetsPlan {
  const portable = portableRequest(existing);
  const result = planWorkbook(portable.build, existing);
  return { plan: result.plan, notices: [...portable.notices, ...result.notices] };
}
