import * as fs from "node:fs";
import * as path from "node:path";
import { writeWorkbook } from "./build";
import { importTexts as t } from "../../core/base/i18n/import";
import type { ImportResult } from "../../core/operations/import";
import { CommandSpec, parseCommand } from "../args";
import { ExitCode, Output, UsageError } from "../io";

/** What a user reads about each file: layout, procedures, schools, rows, conflicts, periods, notices. */
export function describeImport(result: ImportResult): string[] {
  const s = t.summary;
  const lines: string[] = [];
  for (const file of result.files) {
    if (file.refused) {
      lines.push(s.refused(file.name, file.refused));
      continue;
    }
    const layout = file.layout ? t.layouts[file.layout] : "";
    lines.push(s.head(file.name, layout));
    for (const procedure of file.procedures) lines.push(`  ${procedure}`);
    const bullet = (text: string) => lines.push(`  • ${text}`);
    if (file.listed === undefined || file.matched > 0)
      lines.push(`  ${s.schools(file.matched, file.byName.filter((m) => m.accepted).length, file.otherMunicipality)}`);
    for (const match of file.byName) bullet(s.byName(match.file, match.school, match.accepted));
    for (const entry of file.ambiguous) bullet(s.ambiguous(entry.file, entry.candidates));
    if (file.unmatched.length > 0) bullet(s.unmatched(file.unmatched));
    if (file.listed) {
      for (const entry of file.listed) bullet(s.listed(entry.school, entry.year, entry.markers));
      if (file.listPeriods?.length)
        lines.push(
          `  ${s.listKept(file.listPeriods, new Set(file.listed.map((entry) => entry.school)).size, file.listSchools ?? 0)}`,
        );
    } else lines.push(`  ${s.rows(file.added, file.completed, file.unchanged, file.replaced, file.conflicts.length)}`);
    if (file.conflicts.length > 0 && file.replaced === 0) {
      lines.push(`  ${s.conflictsHead}`);
      for (const c of file.conflicts.slice(0, 20))
        bullet(
          s.conflict(
            [c.period, c.school, c.procedure, c.subject, c.grade && t.grade(c.grade)].filter(Boolean).join(", "),
            t.fields[c.field],
            t.value(c.book),
            t.value(c.file),
          ),
        );
      if (file.conflicts.length > 20) bullet("…");
    }
    if (file.missingPeriods.length > 0) lines.push(`  ${s.missingPeriods(file.missingPeriods)}`);
    for (const notice of file.notices) bullet(notice);
  }
  if (result.addedPeriods.length > 0) lines.push(s.addedPeriods(result.addedPeriods));
  if (result.idsWritten > 0) lines.push(s.idsWritten(result.idsWritten));
  for (const notice of result.notices) lines.push(notice);
  return lines;
}

export const importSpec = {
  name: "import",
  options: {
    out: { type: "string" },
    "add-periods": { type: "boolean" },
    replace: { type: "boolean" },
    json: { type: "boolean" },
  },
  positionals: true,
} as const satisfies CommandSpec;

/**
 * msoko import: «Загрузить результаты» on an .xlsx book. Exit 0 when every file was imported, 1 when
 * some was refused (the others are imported); nothing is written when nothing could be imported.
 */
export async function importCommand(args: string[], output: Output): Promise<ExitCode> {
  const { values, positionals } = parseCommand(importSpec, args);
  const [book, ...sources] = positionals;
  if (!book?.trim()) throw new UsageError(t.cli.noBook);
  if (sources.length === 0) throw new UsageError(t.cli.noFiles);
  const out = values.out?.trim();
  if (!out) throw new UsageError(t.cli.noOut);
  for (const file of [book, ...sources]) if (!fs.existsSync(file)) throw new Error(t.cli.missing(file));

  // The readers are loaded on demand: `msoko --help` and the other commands never pay for them.
  const [{ loadWorkbook }, { existingSheets }, { applyPlanToWorkbook }, { parsePickedFiles }, op] = await Promise.all([
    import("../../xlsx/loadFile"),
    import("../../xlsx/buildFile"),
    import("../../xlsx/writePlan"),
    import("../../xlsx/sourceFile"),
    import("../../core/operations/import"),
  ]);
  const workbook = await loadWorkbook(book);
  const files = await parsePickedFiles(
    sources.map((source) => ({ name: path.basename(source), bytes: new Uint8Array(fs.readFileSync(source)) })),
  );
  const result = op.planImport(existingSheets(workbook), files, {
    replace: Boolean(values.replace),
    addPeriods: Boolean(values["add-periods"]),
    acceptNames: "all",
  });
  // Written the safe way (a temporary file renamed into place, parts ExcelJS drops carried over).
  const saved: string[] = [];
  if (result.plan) {
    applyPlanToWorkbook(workbook, result.plan);
    saved.push(...(await writeWorkbook(workbook, out)));
  }
  const refused = result.files.filter((file) => file.refused).length;
  if (values.json) {
    output.out(JSON.stringify({ ...result, plan: undefined, written: result.plan ? out : null }, null, 2));
  } else {
    for (const line of describeImport(result)) output.out(line);
    output.out(t.summary.total(result.files.length - refused, result.files.length));
    output.out(result.plan ? t.summary.wrote(out) : t.summary.nothingWritten);
    for (const line of saved) output.out(line);
  }
  return refused > 0 ? 1 : 0;
}
