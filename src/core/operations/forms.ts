import type { FormOutcome } from "./collect";
import { formsText } from "../base/i18n/forms";
import type { WorkbookPlan } from "../base/plan/types";
import { readFormBook, rebuildRequest, stamp } from "../features/forms/book";
import { newBookId, withBookId } from "../features/forms/bookId";
import { type FormPlan, planForms } from "../features/forms/plan";
import type { ReceivedForm } from "../features/forms/read";
import type { ExistingSheet } from "../workbook/existing";
import { planWorkbook } from "./build";

/** A file as the pane hands it over: its name and bytes. */
export interface FormFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What «Формы для ОО» and «Собрать формы» ask of the workbook; the shells implement these. */
export interface FormsOperations {
  /** The book's periods, oldest first. */
  periods(): Promise<readonly string[]>;
  /** A form for every organisation for the period; the book gets its id first if it has none. */
  makeForms(period: string): Promise<{ files: FormFile[]; notices: readonly string[] }>;
  /** What collecting the files would do, without changing the book. */
  previewForms(files: readonly FormFile[], period: string, replace: boolean): Promise<readonly FormOutcome[]>;
  /** Takes the files into the book and updates «Сбор данных». */
  collectForms(files: readonly FormFile[], period: string, replace: boolean): Promise<readonly FormOutcome[]>;
}

/** How form files are written and read: the file shell (src/xlsx/formFile) gives these to an Office.js shell. */
export interface FormFileCodec {
  formBytes(plan: FormPlan): Promise<Uint8Array>;
  receivedForm(file: string, bytes: Uint8Array): Promise<ReceivedForm>;
}

/** The role «Содержание» takes when a book without an id gets one. */
export interface BookIdChange {
  readonly sheet: string;
  readonly role: string;
}

/** What «Формы для ОО» and `msoko forms` make: the forms, the organisations with nothing to answer, the id given. */
export interface PreparedForms {
  readonly forms: FormPlan[];
  readonly skipped: string[];
  /** Set when the book had no id: a shell stores this role (the forms carry the new id). */
  readonly idChange?: BookIdChange;
}

/**
 * «Формы для ОО»: a form for every organisation for the period. A book without an id gets one first, in
 * «Содержание»'s role, so that the forms can name their book. `random` gives 32-bit numbers for the id.
 */
export function prepareForms(
  existing: readonly ExistingSheet[],
  period: string,
  random: () => number,
  now: Date = new Date(),
): PreparedForms {
  const read = readFormBook(existing);
  if (read.bookId) return planForms(read, period, stamp(now));
  const idChange = withBookId(existing, newBookId(random));
  if (!idChange) throw new Error(formsText.bookHasNoId);
  const book = readFormBook(withRole(existing, idChange));
  return { ...planForms(book, period, stamp(now)), idChange };
}

/** The book with «Содержание»'s new role, as a shell that cannot write a role alone lays it out again. */
export function planBookId(existing: readonly ExistingSheet[], change: BookIdChange): WorkbookPlan {
  const patched = withRole(existing, change);
  return planWorkbook(rebuildRequest(readFormBook(patched)), patched).plan;
}

const withRole = (existing: readonly ExistingSheet[], { sheet, role }: BookIdChange): ExistingSheet[] =>
  existing.map((found) => (found.name === sheet ? { ...found, role } : found));
