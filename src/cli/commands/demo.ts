import { schoolSheetRole } from "../../core/workbook/roles";
import * as ExcelJS from "exceljs";
import { DEMO_FRAMEWORK_ID, DEMO_FRAMEWORK_IDS, demoGaps, demoRequest } from "../../core/features/demo/demoData";
import { ru } from "../../core/base/i18n/ru";
import { buildIntoWorkbook } from "../../xlsx/buildFile";
import { CommandSpec, parseCommand } from "../args";
import { ExitCode, Output, UsageError } from "../io";
import { analyzeWorkbook } from "./analyze";
import { describeBuild, writeWorkbook } from "./build";

export const DEFAULT_DEMO_PATH = "demo/МСОКО-демо.xlsx";

export const demoSpec = {
  name: "demo",
  options: {
    out: { type: "string", default: DEFAULT_DEMO_PATH },
    framework: { type: "string", default: DEMO_FRAMEWORK_ID },
  },
  positionals: false,
} as const satisfies CommandSpec;

/** msoko demo: the demo workbook of a fictional municipality, with data, in portable formulas. */
export async function demoCommand(args: string[], output: Output): Promise<ExitCode> {
  const { values } = parseCommand(demoSpec, args);
  const out = values.out?.trim() || DEFAULT_DEMO_PATH;
  const frameworkId = values.framework?.trim() || DEMO_FRAMEWORK_ID;
  if (!(DEMO_FRAMEWORK_IDS as readonly string[]).includes(frameworkId)) {
    throw new UsageError(ru.cli.unknownFramework(frameworkId, DEMO_FRAMEWORK_IDS.join(", ")));
  }
  const request = demoRequest(frameworkId);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = ru.taskpane.title;
  const result = buildIntoWorkbook(workbook, request);
  const lastPeriod = request.periods[request.periods.length - 1].label;
  const analysis = analyzeWorkbook(workbook, lastPeriod);
  await writeWorkbook(workbook, out);

  output.out(ru.demo.wrote(out));
  output.out(ru.demo.about(request.municipality));
  for (const line of describeBuild(request, result, frameworkId)) output.out(line);
  const { unfilled, notHeld } = demoGaps(request.framework, request.periods, request.schools);
  if (unfilled && notHeld) {
    const sheet = result.plan.sheets.find((s) => s.role === schoolSheetRole(unfilled.system.code))?.name ?? "";
    output.out(ru.demo.gaps(unfilled.school, sheet, unfilled.period, notHeld));
  }
  output.out(ru.cliAnalyze.wrote(analysis.sheet, out));
  for (const line of analysis.lines) output.out(line);
  return 0;
}
