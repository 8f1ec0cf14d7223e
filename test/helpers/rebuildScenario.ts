import { findFramework, indicatorsOf } from "../../src/core/catalog";
import { carryText } from "../../src/core/base/i18n/carryOver";
import { ru } from "../../src/core/base/i18n/ru";
import { cellA1 } from "../../src/core/base/plan/a1";
import type { CellValue, PlannedCell } from "../../src/core/base/plan/types";
import { indicatorValuesFromResults } from "../../src/core/features/results/indicators";
import type { ResultRow } from "../../src/core/base/model/results";
import { RESULTS_ROLE } from "../../src/core/sheets/resultsSheet";
import { formatPlain } from "../../src/core/base/text/format";
import type { ExistingSheet } from "../../src/core/workbook/existing";
import { entryOf } from "../../src/core/workbook/entry";
import { parseKey } from "../../src/core/workbook/inputs";

/**
 * What a rebuild does with what the user put on our sheets, told the same way for both workbook shells: a book is
 * created, the user types results, corrects them, types over and clears fed cells, types a formula into an input
 * cell and a number over «Динамика», and the book is rebuilt after each step.
 */

export const FRAMEWORK = "asino";
export const PERIODS = ["2022/2023", "2023/2024"];
export const SCHOOLS = ["МБОУ «СОШ № 1»", "МБОУ «СОШ № 2»"];
export const MUNICIPALITY = "Энский район";

/** A workbook as a shell holds it, driven as a user would drive it. */
export interface Book {
  /** The sheets with their roles and cells (formulas as { formula: "=…" }). */
  sheets(): Promise<ExistingSheet[]>;
  /** Types into a cell (zero-based): a number, a text, a formula «=…», or "" to clear it. */
  type(role: string, row: number, col: number, value: CellValue): Promise<void>;
  /** Puts a note (comment) on a cell; only where the shell reads notes. */
  note?(role: string, row: number, col: number, text: string): Promise<void>;
  /** Rebuilds the book with its own settings; resolves to what the user is told. */
  rebuild(): Promise<string[]>;
}

interface Place {
  readonly role: string;
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

const framework = findFramework(FRAMEWORK)!;
const systemOf = (code: string) =>
  framework.systems.find((s) => s.criteria.some((c) => c.indicators.some((i) => i.code === code)))!;

function sheetOf(sheets: readonly ExistingSheet[], role: string): ExistingSheet {
  const sheet = sheets.find((s) => s.role === role);
  if (!sheet) throw new Error(`no sheet with role ${role}`);
  return sheet;
}

/** The cell of an indicator (and school) under a header, found by the header texts. */
function locate(sheets: readonly ExistingSheet[], role: string, code: string, header: string, school?: string) {
  const sheet = sheetOf(sheets, role);
  const cells = sheet.cells ?? [];
  const headerRow = cells.findIndex((line) => line.includes(ru.layout.code));
  const [codeCol, schoolCol, col] = [ru.layout.code, ru.layout.school, header].map((h) => cells[headerRow].indexOf(h));
  const row = cells.findIndex(
    (line, r) => r > headerRow && line[codeCol] === code && (!school || line[schoolCol] === school),
  );
  return row > headerRow && col >= 0 ? { role, sheet: sheet.name, row, col } : undefined;
}

/** Where an input key's cell stands: the school sheet for a school's value, else the system sheet. */
function placeOf(sheets: readonly ExistingSheet[], id: string): Place | undefined {
  const key = parseKey(id);
  const system = systemOf(key.code);
  const header =
    key.field === "num"
      ? ru.layout.numerator(key.period!)
      : key.field === "den"
        ? ru.layout.denominator(key.period!)
        : ru.layout.value(key.period!);
  return key.school
    ? locate(sheets, `schools:${system.code}`, key.code, header, key.school)
    : locate(sheets, `system:${system.code}`, key.code, header);
}

const cellAt = (sheets: readonly ExistingSheet[], place: Place): PlannedCell | undefined =>
  sheetOf(sheets, place.role).cells?.[place.row]?.[place.col] ?? undefined;
const address = (place: Place) => `'${place.sheet}'!${cellA1(place.row, place.col)}`;
const blank = (cell: PlannedCell | undefined) => cell === undefined || cell === null || cell === "";

/** A ВПР row of a school as the user types it on «Результаты процедур». */
function vpr(counts: { n5: number; n4: number; n3: number; n2: number }): ResultRow {
  const participants = counts.n5 + counts.n4 + counts.n3 + counts.n2;
  return {
    period: PERIODS[1],
    school: SCHOOLS[0],
    procedure: "ВПР",
    subject: "Русский язык",
    grade: "4",
    participants,
    distribution: { kind: "marks", ...counts },
  };
}

async function typeResult(book: Book, row: ResultRow | undefined): Promise<void> {
  const sheet = sheetOf(await book.sheets(), RESULTS_ROLE);
  const cells = sheet.cells ?? [];
  const t = ru.results;
  const headerRow = cells.findIndex((line) => line.includes(t.procedure) && line.includes(t.school));
  const col = (header: string) => cells[headerRow].indexOf(header);
  const d = row?.distribution?.kind === "marks" ? row.distribution : undefined;
  const values: [string, CellValue][] = [
    [t.period, row?.period ?? ""],
    [t.school, row?.school ?? ""],
    [t.procedure, row?.procedure ?? ""],
    [t.subject, row?.subject ?? ""],
    [t.grade, row?.grade ?? ""],
    [t.participants, row?.participants ?? ""],
    [t.mark5, d?.n5 ?? ""],
    [t.mark4, d?.n4 ?? ""],
    [t.mark3, d?.n3 ?? ""],
    [t.mark2, d?.n2 ?? ""],
  ];
  for (const [header, value] of values) await book.type(RESULTS_ROLE, headerRow + 1, col(header), value);
}

/** The whole story; `book` is a fresh book the shell has just created with the settings above. */
export async function rebuildScenario(book: Book): Promise<void> {
  // 1. Results typed: the indicators they determine are filled.
  const first = vpr({ n5: 5, n4: 8, n3: 5, n2: 2 });
  await typeResult(book, first);
  let notices = await book.rebuild();
  let sheets = await book.sheets();
  const expected = (row: ResultRow) => indicatorValuesFromResults(framework, [row]).values;
  const fed = [...expected(first).keys()]
    .map((id) => ({ id, place: placeOf(sheets, id) }))
    .filter((entry): entry is { id: string; place: Place } => entry.place !== undefined);
  expect(fed.length).toBeGreaterThanOrEqual(3);
  for (const { id, place } of fed)
    expect({ id, cell: cellAt(sheets, place) }).toEqual({ id, cell: expected(first).get(id) });
  expect(notices).toContain(ru.results.filled(fed.length));
  // The record is a hidden service sheet, not a sheet the user has to look at.
  expect(sheets.some((sheet) => sheet.role === "fed")).toBe(true);

  // 2. The results corrected: the fed values follow, none goes stale.
  const corrected = vpr({ n5: 3, n4: 8, n3: 5, n2: 4 });
  await typeResult(book, corrected);
  notices = await book.rebuild();
  sheets = await book.sheets();
  for (const { id, place } of fed)
    expect({ id, cell: cellAt(sheets, place) }).toEqual({ id, cell: expected(corrected).get(id) });
  const changed = fed.filter(({ id }) => expected(corrected).get(id) !== expected(first).get(id)).length;
  expect(changed).toBeGreaterThan(0);
  expect(notices).toContain(carryText.fedUpdated(changed));

  // 3. The user types over one fed cell, types a formula into another, clears a third; the results change again.
  const [typed, formula, cleared, ...rest] = fed;
  await book.type(typed.place.role, typed.place.row, typed.place.col, 99);
  await book.type(formula.place.role, formula.place.row, formula.place.col, "=10+5");
  await book.type(cleared.place.role, cleared.place.row, cleared.place.col, "");
  const again = vpr({ n5: 6, n4: 9, n3: 3, n2: 1 });
  await typeResult(book, again);
  notices = await book.rebuild();
  sheets = await book.sheets();
  expect(cellAt(sheets, typed.place)).toBe(99);
  expect(cellAt(sheets, formula.place)).toEqual({ formula: "=10+5" });
  expect(blank(cellAt(sheets, cleared.place))).toBe(true);
  for (const { id, place } of rest)
    expect({ id, cell: cellAt(sheets, place) }).toEqual({ id, cell: expected(again).get(id) });
  const from = (id: string) => formatPlain(expected(again).get(id)!);
  const mine = [
    carryText.userCell(address(typed.place), "99", from(typed.id)),
    carryText.userCell(address(formula.place), "формула =10+5", from(formula.id)),
    carryText.userCell(address(cleared.place), carryText.blank, from(cleared.id)),
  ];
  const report = notices.find((notice) => notice.startsWith(carryText.userOverFed(3, "").slice(0, 40)));
  expect(report).toBeDefined();
  for (const line of mine) expect(report).toContain(line);
  expect(notices).toContain(carryText.formulasKept(1, address(formula.place)));

  // 4. The results row cleared: the cells still the results' are blank again, not 0; the user's stay.
  await typeResult(book, undefined);
  notices = await book.rebuild();
  sheets = await book.sheets();
  for (const { place } of rest) expect(blank(cellAt(sheets, place))).toBe(true);
  expect(cellAt(sheets, typed.place)).toBe(99);
  expect(cellAt(sheets, formula.place)).toEqual({ formula: "=10+5" });
  expect(notices).toContain(carryText.fedCleared(rest.length));

  // 5. A number typed over «Динамика» goes to «Архив данных» with a notice; the formula comes back, and the
  //    archived value stays archived on the next rebuild.
  const count = indicatorsOf(framework).find((i) => entryOf(i).per === "municipality" && i.unit === "count")!;
  const dynamics = locate(sheets, `system:${systemOf(count.code).code}`, count.code, ru.layout.dynamics(PERIODS[1]))!;
  expect(cellAt(sheets, dynamics)).toMatchObject({ formula: expect.stringMatching(/^=/) });
  await book.type(dynamics.role, dynamics.row, dynamics.col, 7);
  notices = await book.rebuild();
  sheets = await book.sheets();
  expect(cellAt(sheets, dynamics)).toMatchObject({ formula: expect.stringMatching(/^=/) });
  expect(notices).toContain(carryText.overridesArchived(1, address(dynamics)));
  const archived = () =>
    (sheetOf(sheets, "archive").cells ?? []).filter(
      (line) => line[1] === count.code && line[3] === ru.layout.dynamics(PERIODS[1]),
    );
  expect(archived().map((line) => line[4])).toEqual([7]);
  await book.rebuild();
  sheets = await book.sheets();
  expect(archived().map((line) => line[4])).toEqual([7]);
  expect(cellAt(sheets, typed.place)).toBe(99);

  // 6. A note on a cell of our table is archived with its indicator, school and column, and said.
  if (!book.note) return;
  const noted = placeOf(sheets, rest[0].id)!;
  await book.note(noted.role, noted.row, noted.col, "уточнить у школы");
  notices = await book.rebuild();
  sheets = await book.sheets();
  expect(notices).toContain(carryText.notesArchived(1, address(noted)));
  const header = (sheetOf(sheets, noted.role).cells ?? []).find((line) => line.includes(ru.layout.code))![noted.col];
  const notesArchived = () =>
    (sheetOf(sheets, "archive").cells ?? []).filter((line) => line[3] === carryText.noteColumn(String(header)));
  expect(notesArchived().map((line) => [line[1], line[4]])).toEqual([[parseKey(rest[0].id).code, "уточнить у школы"]]);
  await book.rebuild();
  sheets = await book.sheets();
  expect(notesArchived()).toHaveLength(1);
}
