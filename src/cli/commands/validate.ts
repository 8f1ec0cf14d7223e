import { checkWorkbook } from "../../core/operations/validate";
import { ru } from "../../core/base/i18n/ru";
import { countOf } from "../../core/base/text/format";
import type { Finding } from "../../core/features/validation/findings";
import { StoredBuild, storedBuild } from "../../core/sheets/storedCatalog";
import { existingSheets } from "../../xlsx/buildFile";
import { loadWorkbook } from "../../xlsx/loadFile";
import { CommandSpec, parseCommand } from "../args";
import { ExitCode, Output, UsageError } from "../io";

const t = ru.cliValidate;
const v = ru.validation;

/** «2 ошибки, 1 предупреждение», leaving out a kind there is none of. */
function counts(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  return [errors > 0 ? countOf(errors, v.errorsNoun) : "", warnings > 0 ? countOf(warnings, v.warningsNoun) : ""]
    .filter(Boolean)
    .join(", ");
}

/** Findings as a user reads them: by sheet in workbook order, each sheet's by row and column, then a summary. */
export function describeFindings(findings: readonly Finding[], sheetOrder: readonly string[]): string[] {
  if (findings.length === 0) return [v.nothing];
  const order = (sheet: string) => {
    const index = sheetOrder.indexOf(sheet);
    return index < 0 ? sheetOrder.length : index;
  };
  const sheets = [...new Set(findings.map((f) => f.sheet))].sort((a, b) => order(a) - order(b));
  const lines: string[] = [];
  for (const sheet of sheets) {
    const own = findings.filter((f) => f.sheet === sheet).sort((a, b) => a.row - b.row || a.col - b.col);
    lines.push(t.sheet(sheet, counts(own)));
    for (const f of own) lines.push(t.line(f.cell, v.severity[f.severity], f.message));
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  lines.push(v.summary(countOf(errors, v.errorsNoun), countOf(findings.length - errors, v.warningsNoun)));
  return lines;
}

export const validateSpec = {
  name: "validate",
  options: { json: { type: "boolean", default: false } },
  positionals: true,
} as const satisfies CommandSpec;

/**
 * msoko validate: «Проверить данные» on an .xlsx file. The framework and periods come from the workbook
 * itself (its stored settings and its «Показатели» sheet). Exit code 1 when there are errors.
 */
export async function validateCommand(args: string[], output: Output): Promise<ExitCode> {
  const { values, positionals } = parseCommand(validateSpec, args);
  const [file, ...extra] = positionals;
  if (!file?.trim()) throw new UsageError(t.noFile);
  if (extra.length > 0) throw new UsageError(t.oneFile(extra.join(" ")));

  const workbook = await loadWorkbook(file);
  const existing = existingSheets(workbook);
  let stored: StoredBuild;
  try {
    stored = storedBuild(existing);
  } catch (error) {
    // A book of another version is told so; anything else means the book has no sheets of ours.
    if (error instanceof Error && error.message === ru.operations.otherVersion) throw error;
    throw new Error(t.notBuilt(file));
  }
  for (const problem of stored.notices) output.err(t.catalogProblem(problem));
  const { findings } = checkWorkbook(existing);
  if (values.json) output.out(JSON.stringify(findings, null, 2));
  else
    describeFindings(
      findings,
      existing.map((sheet) => sheet.name),
    ).forEach((line) => output.out(line));
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}
