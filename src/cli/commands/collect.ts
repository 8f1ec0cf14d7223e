import * as fs from "node:fs";
import * as path from "node:path";
import { collectForms, FormOutcome } from "../../core/operations/collect";
import type { ReceivedForm } from "../../core/features/forms/read";
import { formsText } from "../../core/base/i18n/forms";
import { countOf } from "../../core/base/text/format";
import { existingSheets } from "../../xlsx/buildFile";
import { receivedForm } from "../../xlsx/formFile";
import { loadWorkbook } from "../../xlsx/loadFile";
import { applyPlanToWorkbook } from "../../xlsx/writePlan";
import { CommandSpec, parseCommand } from "../args";
import { ExitCode, Output, UsageError } from "../io";
import { writeWorkbook } from "./build";
import { chosenPeriod, formBookOf, stampNow } from "./forms";

const t = formsText.cli;
const nouns = formsText.nouns;

/** What a user reads about one form: taken or refused, the reasons with their cells, warnings, conflicts. */
export function describeOutcome(outcome: FormOutcome): string[] {
  const lines: string[] = [];
  if (outcome.taken) {
    lines.push(t.taken(outcome.file, outcome.organisation ?? "", countOf(outcome.written, nouns.values)));
  } else {
    lines.push(t.refused(outcome.file));
    for (const error of outcome.errors) lines.push(t.reason(error.message, error.cell));
  }
  for (const warning of outcome.warnings) lines.push(t.warning(warning.message, warning.cell));
  if (outcome.conflicts.length > 0) {
    const replaced = outcome.conflicts.every((conflict) => conflict.replaced);
    lines.push(t.conflicts(countOf(outcome.conflicts.length, nouns.conflicts), replaced));
    for (const conflict of outcome.conflicts) lines.push(t.conflictLine(conflict.cell, conflict.message));
  }
  return lines;
}

async function readForm(file: string): Promise<ReceivedForm> {
  const name = path.basename(file);
  if (!fs.existsSync(file)) return { file: name, sheets: [], unreadable: "" };
  return receivedForm(name, await fs.promises.readFile(file));
}

export const collectSpec = {
  name: "collect",
  options: {
    out: { type: "string" },
    replace: { type: "boolean", default: false },
    period: { type: "string" },
  },
  positionals: true,
} as const satisfies CommandSpec;

/**
 * msoko collect BOOK.xlsx FORM… --out OUT.xlsx [--replace] [--period P]: takes the organisations'
 * filled forms into the book. Exit code 0 when every form was taken, 1 when some were refused.
 */
export async function collectCommand(args: string[], output: Output): Promise<ExitCode> {
  const { values, positionals } = parseCommand(collectSpec, args);
  const [file, ...formFiles] = positionals;
  if (!file?.trim()) throw new UsageError(t.collectUsage);
  if (formFiles.length === 0) throw new UsageError(t.collectNoForms);
  const out = values.out?.trim();
  if (!out) throw new UsageError(t.collectNoOut);

  const workbook = await loadWorkbook(file);
  const book = formBookOf(existingSheets(workbook));
  const period = chosenPeriod(book, values.period);
  const forms: ReceivedForm[] = [];
  for (const form of formFiles) forms.push(await readForm(form));

  const result = collectForms(book, forms, { replace: values.replace, period, receivedAt: stampNow() });
  applyPlanToWorkbook(workbook, result.plan);
  const saved = await writeWorkbook(workbook, out);

  for (const outcome of result.outcomes) describeOutcome(outcome).forEach((line) => output.out(line));
  const taken = result.outcomes.filter((outcome) => outcome.taken).length;
  output.out(t.summary(taken, result.outcomes.length, out));
  saved.forEach((notice) => output.out(notice));
  return taken === result.outcomes.length ? 0 : 1;
}
