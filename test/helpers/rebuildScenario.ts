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
export function locate(sheets: readonly ExistingSheet[], role: string, code: string, header: string, school?: string) {
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
export function placeOf(sheets: readonly ExistingSheet[], id: string): Place | undefined {
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

export const cellAt = (sheets: readonly ExistingSheet[], place: Place): PlannedCell | undefined =>
  sheetOf(sheets, place.role).cells?.[place.row]?.[place.col] ?? undefined;
export const address = (place: Place) => `'${place.sheet}'!${cellA1(place.row, place.col)}`;
const blank = (cell: PlannedCell | undefined) => cell === undefined || cell === null || cell === "";

/** A ВПР row of a school as the user types it on «Результаты процедур». */
export function vpr(counts: { n5: number; n4: number; n3: number; n2: number }): ResultRow {
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

export async function typeResult(book: Book, row: ResultRow | undefined): Promise<void> {
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

const FORMULAS_OVER_COMPUTED = carryText.formulaOverridesArchived(1, "").slice(0, 40);

/** The counts of the first row of «Результаты процедур» by header. */
async function firstResultRow(book: Book): Promise<Map<string, PlannedCell>> {
  const cells = sheetOf(await book.sheets(), RESULTS_ROLE).cells ?? [];
  const t = ru.results;
  const headerRow = cells.findIndex((line) => line.includes(t.procedure) && line.includes(t.school));
  const headers = [t.participants, t.mark5, t.mark4, t.mark3, t.mark2];
  return new Map(headers.map((h) => [h, cells[headerRow + 1]?.[cells[headerRow].indexOf(h)] ?? null]));
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
  // Our own formulas in computed cells are never taken for the user's.
  expect(notices.filter((notice) => notice.startsWith(FORMULAS_OVER_COMPUTED))).toEqual([]);

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

  // 6. A formula of the user's typed over «Динамика» is archived as text with a notice, never silently replaced;
  //    our formula comes back, and the archived formula stays archived on the next rebuild.
  const share = indicatorsOf(framework).find(
    (i) => entryOf(i).per === "municipality" && entryOf(i).inputs === "numDen" && i.code !== count.code,
  )!;
  const shareDynamics = locate(
    sheets,
    `system:${systemOf(share.code).code}`,
    share.code,
    ru.layout.dynamics(PERIODS[1]),
  )!;
  const ourFormula = cellAt(sheets, shareDynamics);
  expect(ourFormula).toMatchObject({ formula: expect.stringMatching(/^=/) });
  const [now, before] = [PERIODS[1], PERIODS[0]].map((period) =>
    locate(sheets, shareDynamics.role, share.code, ru.layout.value(period))!,
  );
  const typedFormula = `=${cellA1(now.row, now.col)}-${cellA1(before.row, before.col)}`;
  await book.type(shareDynamics.role, shareDynamics.row, shareDynamics.col, typedFormula);
  notices = await book.rebuild();
  sheets = await book.sheets();
  expect(cellAt(sheets, shareDynamics)).toEqual(ourFormula);
  expect(notices).toContain(carryText.formulaOverridesArchived(1, address(shareDynamics)));
  const archivedFormulas = () =>
    (sheetOf(sheets, "archive").cells ?? []).filter(
      (line) => line[1] === share.code && line[3] === ru.layout.dynamics(PERIODS[1]),
    );
  expect(archivedFormulas().map((line) => line[4])).toEqual([carryText.archivedFormula(typedFormula)]);
  notices = await book.rebuild();
  sheets = await book.sheets();
  expect(archivedFormulas().map((line) => line[4])).toEqual([carryText.archivedFormula(typedFormula)]);
  expect(notices.filter((notice) => notice.startsWith(FORMULAS_OVER_COMPUTED))).toEqual([]);

  // 7. A count left blank inside a filled distribution stays blank on «Результаты процедур», never 0.
  await typeResult(book, vpr({ n5: 5, n4: 8, n3: 5, n2: 2 }));
  const resultsSheet = sheetOf(await book.sheets(), RESULTS_ROLE).cells ?? [];
  const resultsHeader = resultsSheet.findIndex((line) => line.includes(ru.results.procedure));
  await book.type(RESULTS_ROLE, resultsHeader + 1, resultsSheet[resultsHeader].indexOf(ru.results.mark4), "");
  await book.rebuild();
  let counts = await firstResultRow(book);
  expect([ru.results.mark5, ru.results.mark4, ru.results.mark3, ru.results.mark2].map((h) => counts.get(h))).toEqual([
    5,
    null,
    5,
    2,
  ]);
  await book.rebuild();
  counts = await firstResultRow(book);
  expect(blank(counts.get(ru.results.mark4))).toBe(true);
  sheets = await book.sheets();

  // 8. A note on a cell of our table is archived with its indicator, school and column, and said.
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

  // 9. A note below the table, where the rebuild rewrites the sheet, is archived with its cell and said; a note
  //    right of our columns stays where it is, and neither comes back twice. Both stand on empty cells of a row
  //    that holds nothing else.
  const role = `system:${framework.systems[0].code}`;
  const table = sheetOf(sheets, role);
  const width = Math.max(...(table.cells ?? []).map((line) => line.length));
  const below = { role, sheet: table.name, row: (table.cells ?? []).length + 2, col: 2 };
  const beside = { role, sheet: table.name, row: below.row, col: width + 2 };
  await book.note(role, below.row, below.col, "сверить с отчётом ОО");
  await book.note(role, beside.row, beside.col, "мой комментарий");
  notices = await book.rebuild();
  sheets = await book.sheets();
  expect(notices).toContain(carryText.strayNotesArchived(1, address(below)));
  const strays = () =>
    (sheetOf(sheets, "archive").cells ?? [])
      .filter((line, r) => r > 2 && line[0] === table.name && !line[1])
      .map((line) => [0, 1, 2, 3, 4].map((col) => line[col] ?? ""));
  const strayRow = [table.name, "", "", carryText.noteColumn(cellA1(below.row, below.col)), "сверить с отчётом ОО"];
  const kept = () => (sheetOf(sheets, role).notes ?? []).map((note) => [note.row, note.col, note.text]);
  expect(strays()).toEqual([strayRow]);
  expect(kept()).toEqual([[beside.row, beside.col, "мой комментарий"]]);
  notices = await book.rebuild();
  sheets = await book.sheets();
  expect(notices.some((notice) => notice.startsWith(carryText.strayNotesArchived(1, "").slice(0, 30)))).toBe(false);
  expect(strays()).toEqual([strayRow]);
  expect(kept()).toEqual([[beside.row, beside.col, "мой комментарий"]]);
}
