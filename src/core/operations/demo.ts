import { ru } from "../base/i18n/ru";
import { DEMO_FRAMEWORK_IDS, demoGaps, demoRequest } from "../features/demo/demoData";
import type { ExistingSheet } from "../workbook/existing";
import { schoolSheetRole } from "../workbook/roles";
import { planWorkbook } from "./build";
import type { SheetsPlan } from "./createSheets";

/** Whether a framework has a demo: the four documents of the catalog do, one's own Положение does not. */
export const hasDemo = (frameworkId: string): boolean =>
  (DEMO_FRAMEWORK_IDS as readonly string[]).includes(frameworkId);

/**
 * The pane's «Создать демо-книгу», as `msoko demo` makes it: the framework's sheets with the invented
 * municipality's data. Only in a book without sheets of ours, so that nothing of the user's is touched.
 */
export function planDemo(existing: readonly ExistingSheet[], frameworkId: string): SheetsPlan {
  if (existing.some((sheet) => sheet.role)) throw new Error(ru.demo.notEmpty);
  if (!hasDemo(frameworkId)) throw new Error(ru.cli.unknownFramework(frameworkId, DEMO_FRAMEWORK_IDS.join(", ")));
  const request = demoRequest(frameworkId);
  const result = planWorkbook(request, existing);
  const { unfilled, notHeld } = demoGaps(request.framework, request.periods, request.schools);
  const sheet = unfilled && result.plan.sheets.find((s) => s.role === schoolSheetRole(unfilled.system.code))?.name;
  const gaps = unfilled && notHeld && sheet ? [ru.demo.gaps(unfilled.school, sheet, unfilled.period, notHeld)] : [];
  return { plan: result.plan, notices: [ru.demo.about(request.municipality), ...gaps, ...result.notices] };
}
