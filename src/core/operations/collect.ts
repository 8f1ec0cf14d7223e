import { uniqueSheetName } from "../sheets/catalogSheet";
import { indicatorsOf } from "../catalog";
import { formsText } from "../base/i18n/forms";
import { ru } from "../base/i18n/ru";
import { isNotHeld } from "../base/cells/input";
import type { CellValue, SheetPlan, WorkbookPlan } from "../base/plan/types";
import { formatPlain } from "../base/text/format";
import { validateDataset } from "../features/validation/checks";
import type { Dataset } from "../sheets/dataset";
import type { Finding } from "../features/validation/findings";
import { planWorkbook } from "./build";
import { entryOf, entryIndicators, hasParts, partsOf } from "../workbook/entry";
import { Field, keyOf, ScannedCell } from "../workbook/inputs";
import { FormBook, previousPeriod, rebuildRequest, rowsFor } from "../features/forms/book";
import { COLLECTION_ROLE, LogRow, logKey, logSheetPlan, readLog } from "../sheets/formsLogSheet";
import { ReceivedForm, readForm } from "../features/forms/read";

const t = formsText;

export interface FormProblem {
  readonly message: string;
  /** The form's cell («H24»), when the problem is in one. */
  readonly cell?: string;
}

/** A value of the form that differs from the one already in the book. */
export interface FormConflict {
  readonly code: string;
  readonly field: Field;
  readonly cell: string;
  readonly book: CellValue;
  readonly form: CellValue;
  /** True when the form's value replaced the book's (--replace, or the user confirmed). */
  readonly replaced: boolean;
  readonly message: string;
}

export interface FormOutcome {
  readonly file: string;
  readonly organisation?: string;
  readonly period?: string;
  /** Taken: its values entered the book (conflicting ones only with replace). Refused: nothing of it did. */
  readonly taken: boolean;
  /** Why it was refused: not a form, another book's, …, or its values failed the checks. */
  readonly refusal?: Refusal;
  readonly errors: readonly FormProblem[];
  readonly warnings: readonly FormProblem[];
  /** Values filled in on the form, for the period collected. */
  readonly values: number;
  /** Values that entered the book (new or replacing). */
  readonly written: number;
  readonly conflicts: readonly FormConflict[];
}

export type Refusal =
  "notAForm" | "noBookId" | "otherBook" | "unknownOrganisation" | "otherPeriod" | "noTable" | "checks" | "empty";

export interface CollectOptions {
  /** Replace the book's values by the forms' where they differ. */
  readonly replace?: boolean;
  /** The period collected; default: the book's latest. */
  readonly period?: string;
  /** When the forms were received, as the log shows it («2026-12-06 08:30»). */
  readonly receivedAt: string;
}

export interface CollectResult {
  readonly period: string;
  readonly outcomes: readonly FormOutcome[];
  /** The book rebuilt with the forms' values, and «Сбор данных» updated. */
  readonly plan: WorkbookPlan;
  readonly notices: readonly string[];
}

const NOT_HELD_WORDS = new Set<string>([ru.layout.yes, ru.layout.no]);

/** A typed value as the book keeps it: trimmed text, «Да» as «да». */
function normalise(value: CellValue): CellValue {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  const lower = trimmed.toLowerCase();
  return NOT_HELD_WORDS.has(lower) || isNotHeld(lower) ? lower : trimmed;
}

function same(a: CellValue, b: CellValue): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  if (typeof a === "string" && typeof b === "string") return a.trim().toLowerCase() === b.trim().toLowerCase();
  return a === b;
}

const shown = (value: CellValue) => (typeof value === "number" ? formatPlain(value) : `«${String(value)}»`);

const refused = (file: string, refusal: Refusal, message: string, extra: Partial<FormOutcome> = {}): FormOutcome => ({
  file,
  taken: false,
  refusal,
  errors: [{ message }],
  warnings: [],
  values: 0,
  written: 0,
  conflicts: [],
  ...extra,
});

/** Runs «Проверить данные» over the form's own rows, as if they stood on the book's sheet for this organisation. */
function checkForm(
  book: FormBook,
  sheet: string,
  scan: NonNullable<ReturnType<typeof readForm>["scan"]>,
  organisation: string,
  period: string,
): Finding[] {
  const periods = [previousPeriod(book, period), period].filter((p): p is string => Boolean(p));
  const dataset: Dataset = {
    framework: book.framework,
    indicators: new Map(entryIndicators(indicatorsOf(book.framework)).map((indicator) => [indicator.code, indicator])),
    periods,
    schools: [organisation],
    statuses: book.flags,
    sheets: [
      {
        name: sheet,
        perSchool: true,
        scan: {
          ...scan,
          rows: scan.rows.map((row) => ({ ...row, school: organisation })),
          cells: scan.cells
            .filter((cell) => cell.key.period && periods.includes(cell.key.period))
            .map((cell) => ({ ...cell, key: { ...cell.key, school: organisation } })),
        },
      },
    ],
  };
  // A row left blank is the organisation's answer «nothing to report», not a finding about the form.
  return validateDataset(dataset).filter(
    (finding) => (finding.period === period || finding.period === undefined) && finding.rule !== "missingPeriod",
  );
}

/** One form against the book and the values taken so far in this run. */
function takeForm(
  book: FormBook,
  form: ReceivedForm,
  period: string,
  current: Map<string, CellValue>,
  overrides: Map<string, CellValue>,
  replace: boolean,
): FormOutcome {
  if (form.unreadable !== undefined) return refused(form.file, "notAForm", t.unreadable);
  const reading = readForm(form);
  const { identity } = reading;
  if (!identity) return refused(form.file, "notAForm", t.notAForm);
  const known = { organisation: identity.organisation, period: identity.period };
  if (!book.bookId) return refused(form.file, "noBookId", t.bookHasNoId, known);
  if (identity.book !== book.bookId) return refused(form.file, "otherBook", t.otherBook(identity.book), known);
  if (!book.schools.includes(identity.organisation))
    return refused(form.file, "unknownOrganisation", t.unknownOrganisation(identity.organisation), known);
  if (identity.period !== period)
    return refused(form.file, "otherPeriod", t.otherPeriod(identity.period, period), known);
  if (!reading.scan || !reading.sheet) return refused(form.file, "noTable", t.noTable, known);

  const organisation = identity.organisation;
  const warnings: FormProblem[] = [];
  if (identity.catalog && identity.catalog !== book.catalog)
    warnings.push({ message: t.catalogChanged(identity.catalog, book.catalog) });

  const findings = checkForm(book, reading.sheet, reading.scan, organisation, period);
  const errors = findings.filter((f) => f.severity === "error").map((f) => ({ message: f.message, cell: f.cell }));
  warnings.push(...findings.filter((f) => f.severity === "warning").map((f) => ({ message: f.message, cell: f.cell })));
  if (errors.length > 0) return { ...refused(form.file, "checks", "", known), errors, warnings };

  const answered = new Set(
    rowsFor(book, organisation, period).flatMap((group) =>
      group.indicators.flatMap((i) => [i.code, ...partsOf(i).map((part) => part.code)]),
    ),
  );
  const indicators = new Map(
    entryIndicators(indicatorsOf(book.framework)).map((indicator) => [indicator.code, indicator]),
  );
  const cells: ScannedCell[] = reading.scan.cells.filter((cell) => cell.key.period === period);
  const skipped = new Set<string>();
  const conflicts: FormConflict[] = [];
  let [values, written] = [0, 0];
  for (const cell of cells) {
    const indicator = indicators.get(cell.key.code);
    if (!indicator) {
      if (!skipped.has(cell.key.code)) warnings.push({ message: t.unknownRow(cell.key.code), cell: cellA1Of(cell) });
      skipped.add(cell.key.code);
      continue;
    }
    const entry = entryOf(indicator);
    // A broken-down total is computed on the form from its parts: nothing of it is an input.
    const fields: Field[] = hasParts(indicator) ? [] : entry.inputs === "numDen" ? ["num", "den"] : ["val"];
    // A share's value is computed on the form; a suite that saved it as a number changes nothing.
    if (entry.per === "school" && answered.has(indicator.code) && !fields.includes(cell.key.field)) continue;
    if (entry.per !== "school" || !answered.has(indicator.code)) {
      if (!skipped.has(cell.key.code))
        warnings.push({ message: t.notForOrganisation(cell.key.code), cell: cellA1Of(cell) });
      skipped.add(cell.key.code);
      continue;
    }
    values++;
    const key = keyOf({ ...cell.key, school: organisation });
    const value = normalise(cell.value);
    const before = current.get(key);
    if (before === undefined || before === null || before === "") {
      current.set(key, value);
      overrides.set(key, value);
      written++;
      continue;
    }
    if (same(before, value)) continue;
    const message = t.conflict(indicator.label, ru.validation.fieldName[cell.key.field], shown(before), shown(value));
    conflicts.push({
      code: indicator.code,
      field: cell.key.field,
      cell: cellA1Of(cell),
      book: before,
      form: value,
      replaced: replace,
      message,
    });
    if (replace) {
      current.set(key, value);
      overrides.set(key, value);
      written++;
    }
  }
  if (values === 0) return { ...refused(form.file, "empty", t.empty, known), warnings };
  return { file: form.file, ...known, taken: true, errors: [], warnings, values, written, conflicts };
}

function cellA1Of(cell: ScannedCell): string {
  let col = cell.col;
  let letters = "";
  do {
    letters = String.fromCharCode(65 + (col % 26)) + letters;
    col = Math.floor(col / 26) - 1;
  } while (col >= 0);
  return `${letters}${cell.row + 1}`;
}

function logRowOf(outcome: FormOutcome, receivedAt: string, replace: boolean): LogRow {
  const note = outcome.taken
    ? outcome.conflicts.length > 0
      ? replace
        ? t.conflictsReplaced
        : t.conflictsKept
      : ""
    : outcome.errors.map((e) => (e.cell ? `${e.cell}: ${e.message}` : e.message)).join(" ");
  return {
    organisation: outcome.organisation ?? "",
    period: outcome.period ?? "",
    received: outcome.taken ? "yes" : "refused",
    when: receivedAt,
    file: outcome.file,
    values: outcome.values,
    errors: outcome.errors.length,
    conflicts: outcome.conflicts.length,
    note,
  };
}

/**
 * «Собрать формы»: each form checked against the book (its identity and period) and by the checks of
 * «Проверить данные»; a failing form contributes nothing; a value differing from the book's enters it
 * only with `replace`. Out: the outcomes and the plan of the book with the values and «Сбор данных».
 */
export function collectForms(book: FormBook, forms: readonly ReceivedForm[], options: CollectOptions): CollectResult {
  const period = options.period ?? book.periods[book.periods.length - 1];
  const replace = options.replace ?? false;
  const current = new Map(book.inputs);
  const overrides = new Map<string, CellValue>();
  const seen = new Map<string, string>();
  const outcomes: FormOutcome[] = [];
  for (const form of forms) {
    const outcome = takeForm(book, form, period, current, overrides, replace);
    const id = outcome.organisation && outcome.taken ? logKey(outcome.organisation, period) : undefined;
    if (id && seen.has(id)) {
      outcomes.push({ ...outcome, warnings: [{ message: t.duplicateInRun(seen.get(id)!) }, ...outcome.warnings] });
    } else outcomes.push(outcome);
    if (id) seen.set(id, form.file);
  }

  const rebuilt = planWorkbook(rebuildRequest(book, overrides), book.existing);

  const logSheet = book.existing.find((sheet) => sheet.role === COLLECTION_ROLE);
  const log = readLog(logSheet?.cells ?? []);
  for (const outcome of outcomes) {
    const { organisation, period: formPeriod } = outcome;
    if (!organisation || !formPeriod || !book.schools.includes(organisation) || !book.periods.includes(formPeriod))
      continue;
    if (outcome.refusal === "otherBook" || outcome.refusal === "noBookId") continue;
    log.set(logKey(organisation, formPeriod), logRowOf(outcome, options.receivedAt, replace));
  }
  const logPeriods = book.periods.filter((p) => p === period || [...log.values()].some((row) => row.period === p));
  const taken = new Set(
    [
      ...rebuilt.plan.sheets.map((s) => s.name),
      ...book.existing.filter((s) => s.role !== COLLECTION_ROLE).map((s) => s.name),
    ].map((name) => name.toLowerCase()),
  );
  const logName = logSheet?.name ?? uniqueSheetName(t.logSheetName, taken);
  const sheets: SheetPlan[] = [...rebuilt.plan.sheets, logSheetPlan(logName, book.schools, logPeriods, log)];
  return { period, outcomes, plan: { sheets }, notices: rebuilt.notices };
}
