import * as path from "node:path";
import { wordReportTexts } from "../../core/base/i18n/wordReport";
import { settingsFromWorkbook } from "../../core/sheets/resultSettingsSheet";
import { wordLayoutOf } from "../../core/base/model/wordLayout";
import { parsePeriod } from "../../core/workbook/periods";
import { wordReportFile } from "../../docx/wordReportFile";
import { existingSheets } from "../../xlsx/buildFile";
import { writeFileSafely } from "../../xlsx/package/safeWrite";
import { loadWorkbook } from "../../xlsx/loadFile";
import { CommandSpec, parseCommand } from "../args";
import { ExitCode, Output, UsageError } from "../io";

const t = wordReportTexts.cli;

export const reportSpec = {
  name: "report",
  options: { period: { type: "string" }, out: { type: "string" } },
  positionals: true,
} as const satisfies CommandSpec;

/** msoko report: the справка of a workbook as a Word document. */
export async function reportCommand(args: string[], output: Output): Promise<ExitCode> {
  const { values, positionals } = parseCommand(reportSpec, args);
  const [file] = positionals;
  if (!file?.trim()) throw new UsageError(t.noFile);
  const out = values.out?.trim();
  if (!out) throw new UsageError(t.noOut);
  if (path.extname(out).toLowerCase() !== ".docx") throw new UsageError(t.notDocx(out));
  let period: string | undefined;
  if (values.period?.trim()) {
    const parsed = parsePeriod(values.period);
    if (!parsed.ok) throw new UsageError(parsed.message);
    period = parsed.period.label;
  }

  const existing = existingSheets(await loadWorkbook(file));
  const made = await wordReportFile(existing, period);
  writeFileSafely(out, made.bytes);

  if (!period) output.out(t.periodChosen(made.period));
  output.out(t.wrote(out, made.period));
  output.out(t.layout(wordLayoutOf(settingsFromWorkbook(existing).settings)));
  for (const notice of made.notices) output.out(notice);
  return 0;
}
