import { prepareForms } from "../../core/operations/forms";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { FormBook, readFormBook, stamp } from "../../core/features/forms/book";
import { formsText } from "../../core/base/i18n/forms";
import { countOf } from "../../core/base/text/format";
import type { ExistingSheet } from "../../core/workbook/existing";
import { parsePeriod } from "../../core/workbook/periods";
import { existingSheets } from "../../xlsx/buildFile";
import { formBytes, setSheetRole } from "../../xlsx/formFile";
import { writeFileSafely } from "../../xlsx/package/safeWrite";
import { loadWorkbook } from "../../xlsx/loadFile";
import { CommandSpec, parseCommand } from "../args";
import { ExitCode, Output, UsageError } from "../io";
import { writeWorkbook } from "./build";

const t = formsText.cli;

/** «2026-12-06 08:30», now. */
export const stampNow = (): string => stamp(new Date());

/** The book read for forms; a book the add-in has not laid out is refused with the usual message. */
export function formBookOf(existing: readonly ExistingSheet[]): FormBook {
  return readFormBook(existing);
}

/** The period asked for (any spelling of it), which must be one of the book's; default: the latest. */
export function chosenPeriod(book: FormBook, asked: string | undefined): string {
  if (!asked?.trim()) return book.periods[book.periods.length - 1];
  const parsed = parsePeriod(asked);
  const label = parsed.ok ? parsed.period.label : asked.trim();
  if (!book.periods.includes(label)) throw new UsageError(t.badPeriod(asked.trim(), book.periods.join(", ")));
  return label;
}

export const formsSpec = {
  name: "forms",
  options: { out: { type: "string" }, period: { type: "string" } },
  positionals: true,
} as const satisfies CommandSpec;

/**
 * msoko forms BOOK.xlsx --out FOLDER [--period P]: one .xlsx per organisation, named after it, with
 * only the rows it answers, for one period (default: the book's latest).
 */
export async function formsCommand(args: string[], output: Output): Promise<ExitCode> {
  const { values, positionals } = parseCommand(formsSpec, args);
  const [file, ...extra] = positionals;
  if (!file?.trim() || extra.length > 0) throw new UsageError(t.noBook);
  const folder = values.out?.trim();
  if (!folder) throw new UsageError(t.noOut);

  const workbook = await loadWorkbook(file);
  const existing = existingSheets(workbook);
  const book = formBookOf(existing);
  const period = chosenPeriod(book, values.period);
  if (book.schools.length === 0) throw new UsageError(t.noOrganisations);
  const { forms, skipped, idChange } = prepareForms(existing, period, () => randomBytes(4).readUInt32BE(0));
  if (idChange) {
    // The forms name their book: the id is saved in the book first.
    if (!setSheetRole(workbook, idChange.sheet, idChange.role)) throw new Error(formsText.bookHasNoId);
    const notices = await writeWorkbook(workbook, file);
    output.out(t.bookIdAdded(file));
    notices.forEach((notice) => output.out(notice));
  }
  fs.mkdirSync(folder, { recursive: true });
  for (const form of forms) writeFileSafely(path.join(folder, form.fileName), await formBytes(form));
  output.out(t.wroteForms(countOf(forms.length, formsText.nouns.forms), folder, period));
  for (const organisation of skipped) output.out(t.noRows(organisation));
  return 0;
}
