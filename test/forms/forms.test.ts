import * as ExcelJS from "exceljs";
import { findFramework, indicatorsOf } from "../../src/core/catalog";
import type { Indicator } from "../../src/core/catalog/schema";
import { withBookId } from "../../src/core/features/forms/bookId";
import { FormBook, readFormBook } from "../../src/core/features/forms/book";
import { collectForms, CollectResult } from "../../src/core/operations/collect";
import { COLLECTION_ROLE } from "../../src/core/sheets/formsLogSheet";
import { planForm, planForms } from "../../src/core/features/forms/plan";
import { readForm, ReceivedForm } from "../../src/core/features/forms/read";
import { ru } from "../../src/core/base/i18n/ru";
import type { CellValue, PlannedCell } from "../../src/core/base/plan/types";
import { planWorkbook } from "../../src/core/operations/build";
import { ExistingSheet } from "../../src/core/workbook/existing";
import { entryOf } from "../../src/core/workbook/entry";
import { keyOf } from "../../src/core/workbook/inputs";
import { parsePeriods } from "../../src/core/workbook/periods";
import { plannedSheets } from "../../src/core/sheets/plannedSheets";
import { checkRuns, formWorkbook, receivedForm } from "../../src/xlsx/formFile";
import { readSheetGrid } from "../../src/xlsx/readWorkbook";

const framework = findFramework("asino")!;
const periods = parsePeriods("2023/2024, 2024/2025");
if (!periods.ok) throw new Error("periods");
const SCHOOL = "МБОУ «СОШ № 1»";
const OTHER = "МБОУ «СОШ № 2»";
const KINDERGARTEN = "МБДОУ «Детский сад № 3»";
const indicators = indicatorsOf(framework);
const firstOf = (test: (i: Indicator) => boolean) => indicators.find((i) => entryOf(i).per === "school" && test(i))!;
const share = firstOf((i) => entryOf(i).quotient === "share" && entryOf(i).inputs === "numDen" && i.unit === "percent");
const count = firstOf((i) => entryOf(i).inputs === "value" && i.unit === "count");

/** A small book: three organisations, last year's share filled for the school. */
function bookSheets(id = "MSOKO-TEST0001", extraSchools = false): ExistingSheet[] {
  const data = new Map<string, CellValue>([
    [keyOf({ code: share.code, field: "num", period: "2023/2024", school: SCHOOL }), 40],
    [keyOf({ code: share.code, field: "den", period: "2023/2024", school: SCHOOL }), 50],
  ]);
  const schools = [SCHOOL, OTHER, KINDERGARTEN, ...(extraSchools ? ["МБОУ «СОШ № 9»"] : [])];
  const { plan } = planWorkbook({
    framework,
    periods: periods.ok ? periods.periods : [],
    municipality: "Энский район",
    schools,
    flavour: "portable",
    data,
  });
  const sheets = plannedSheets(plan);
  const change = withBookId(sheets, id)!;
  return sheets.map((sheet) => (sheet.name === change.sheet ? { ...sheet, role: change.role } : sheet));
}

type Sheet = ExcelJS.Worksheet;
function cellOf(sheet: Sheet, code: string, header: string): ExcelJS.Cell {
  const grid = readSheetGrid(sheet);
  const headerRow = grid.findIndex((row) => row.includes(ru.layout.code));
  const col = grid[headerRow].indexOf(header);
  const row = grid.findIndex((line, r) => r > headerRow && line[0] === code);
  if (col < 0 || row < 0) throw new Error(`no cell for ${code} / ${header}`);
  return sheet.getCell(row + 1, col + 1);
}

/** A form made, filled by `fill`, saved and read back as a received file. */
async function filledForm(
  book: FormBook,
  organisation: string,
  period: string,
  fill: (sheet: Sheet) => void,
  file = "форма.xlsx",
) {
  const plan = planForm(book, organisation, period)!;
  const workbook = await formWorkbook(plan);
  fill(workbook.getWorksheet(plan.sheet.name)!);
  return receivedForm(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

const fillShare = (num: CellValue, den: CellValue) => (sheet: Sheet) => {
  cellOf(sheet, share.code, ru.layout.numerator("2024/2025")).value = num;
  cellOf(sheet, share.code, ru.layout.denominator("2024/2025")).value = den;
};

const collectedValue = (result: CollectResult, key: Parameters<typeof keyOf>[0]) =>
  readFormBook(plannedSheets(result.plan)).inputs.get(keyOf(key));

describe("forms for organisations", () => {
  const book = readFormBook(bookSheets());

  test("each organisation gets only its rows: a kindergarten no school-only rows, a school no preschool ones", () => {
    const { forms } = planForms(book, "2024/2025");
    expect(forms.map((f) => f.fileName)).toEqual([`${SCHOOL}.xlsx`, `${OTHER}.xlsx`, `${KINDERGARTEN}.xlsx`]);
    const codes = (org: string) => {
      const grid = plannedSheets({ sheets: [planForm(book, org, "2024/2025")!.sheet] })[0].cells!;
      return new Set(grid.map((row) => row[0]).filter((c): c is string => typeof c === "string" && /^ASN\./.test(c)));
    };
    const [school, kindergarten] = [codes(SCHOOL), codes(KINDERGARTEN)];
    expect(school.has(share.code)).toBe(true);
    expect(kindergarten.has(share.code)).toBe(false);
    const preschool = indicators.find(
      (i) => i.code.startsWith("ASN.") && kindergarten.has(i.code) && !school.has(i.code),
    );
    expect(preschool).toBeDefined();
  });

  test("rows about ШНОР go only to flagged schools when «ОО» has the columns", () => {
    const shnor = indicators.filter((i) => entryOf(i).per === "school" && /ШНОР/.test(i.label));
    expect(shnor.length).toBeGreaterThan(0);
    const sheets = bookSheets().map((sheet) => {
      if (sheet.role !== "schools") return sheet;
      const cells = sheet.cells!.map((row) => [...row]) as PlannedCell[][];
      const header = cells.findIndex((row) => row.includes(ru.layout.schoolName));
      // The book's own columns: OTHER is marked ШНОР in 2024/2025 only.
      const col = cells[header].indexOf("ШНОР 2024/2025");
      expect(col).toBeGreaterThan(0);
      cells.forEach((row, r) => r > header && (row[col] = row[1] === OTHER ? "да" : "нет"));
      return { ...sheet, cells };
    });
    const flagged = readFormBook(sheets);
    const has = (org: string, period: string, code: string) =>
      plannedSheets({ sheets: [planForm(flagged, org, period)!.sheet] })[0].cells!.some((row) => row[0] === code);
    for (const indicator of shnor) {
      expect(has(OTHER, "2024/2025", indicator.code)).toBe(true);
      expect(has(OTHER, "2023/2024", indicator.code)).toBe(false);
      expect(has(SCHOOL, "2024/2025", indicator.code)).toBe(false);
    }
  });

  test("a column «ШНОР» with no period marks every period, as a user may add it by hand", () => {
    const sheets = bookSheets().map((sheet) => {
      if (sheet.role !== "schools") return sheet;
      const cells = sheet.cells!.map((row) => [...row]) as PlannedCell[][];
      const header = cells.findIndex((row) => row.includes(ru.layout.schoolName));
      const width = Math.max(...cells.map((row) => row.length));
      cells.forEach((row) => row.length < width && row.push(...Array<PlannedCell>(width - row.length).fill(null)));
      cells[header].push("ШНОР");
      cells.forEach((row, r) => r > header && row.push(row[1] === OTHER ? "да" : null));
      return { ...sheet, cells };
    });
    const flagged = readFormBook(sheets);
    const shnor = indicators.find((i) => entryOf(i).per === "school" && /ШНОР/.test(i.label))!;
    const has = (org: string, period: string) =>
      plannedSheets({ sheets: [planForm(flagged, org, period)!.sheet] })[0].cells!.some((row) => row[0] === shnor.code);
    expect(has(OTHER, "2023/2024")).toBe(true);
    expect(has(OTHER, "2024/2025")).toBe(true);
    expect(has(SCHOOL, "2024/2025")).toBe(false);
  });

  test("the form shows last year's values, leaves inputs unlocked and checked, and is protected without a password", async () => {
    const plan = planForm(book, SCHOOL, "2024/2025")!;
    const workbook = await formWorkbook(plan);
    const sheet = workbook.getWorksheet(plan.sheet.name)!;
    expect(cellOf(sheet, share.code, ru.layout.numerator("2023/2024")).value).toBe(40);
    const input = cellOf(sheet, share.code, ru.layout.numerator("2024/2025"));
    expect(input.protection?.locked).toBe(false);
    expect(cellOf(sheet, share.code, ru.layout.numerator("2023/2024")).protection?.locked).not.toBe(false);
    const protection = (sheet as unknown as { sheetProtection: { sheet?: boolean; hashValue?: string } })
      .sheetProtection;
    expect(protection.sheet).toBe(true);
    expect(protection.hashValue).toBeUndefined();
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load((await workbook.xlsx.writeBuffer()) as ExcelJS.Buffer);
    const validation = cellOf(
      reread.getWorksheet(plan.sheet.name)!,
      share.code,
      ru.layout.numerator("2024/2025"),
    ).dataValidation;
    expect(validation.type).toBe("custom");
    expect(validation.formulae?.[0]).toMatch(/<=/);
    expect(JSON.stringify(plan.sheet)).not.toMatch(/MSOKO\./);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ["Форма", "visible"],
      ["_msoko_form", "veryHidden"],
    ]);
  });

  test("checks of cells below one another that differ only by their row are one rule over the run", () => {
    const check = (row: number, message = "m") => ({
      row,
      col: 7,
      rule: { kind: "custom" as const, formula: `AND(ISNUMBER(H${row + 1}),H${row + 1}<=I${row + 1})` },
      message,
    });
    const runs = checkRuns([check(20), check(21), check(22), check(23, "другое"), check(25)]);
    expect(runs.map((run) => [run.check.row, run.rows])).toEqual([
      [20, 3],
      [23, 1],
      [25, 1],
    ]);
    expect(runs[0].check.rule).toEqual({ kind: "custom", formula: "AND(ISNUMBER(H21),H21<=I21)" });
  });

  test("a filled form comes back into the book, and «Сбор данных» shows who answered", async () => {
    const form = await filledForm(book, SCHOOL, "2024/2025", (sheet) => {
      fillShare(45, 50)(sheet);
      cellOf(sheet, count.code, ru.layout.value("2024/2025")).value = 7;
    });
    const result = collectForms(book, [form], { receivedAt: "2026-12-06 09:00" });
    expect(result.outcomes[0]).toMatchObject({ taken: true, values: 3, written: 3, conflicts: [] });
    expect(collectedValue(result, { code: share.code, field: "num", period: "2024/2025", school: SCHOOL })).toBe(45);
    expect(collectedValue(result, { code: count.code, field: "val", period: "2024/2025", school: SCHOOL })).toBe(7);
    const log = plannedSheets(result.plan).find((sheet) => sheet.role === COLLECTION_ROLE)!;
    expect(log.name).toBe("Сбор данных");
    const rows = log.cells!.filter((row) => row[1] === "2024/2025");
    expect(rows.map((row) => [row[0], row[2]])).toEqual([
      [SCHOOL, "да"],
      [OTHER, "нет"],
      [KINDERGARTEN, "нет"],
    ]);
    expect(rows[0].slice(3, 8)).toEqual(["2026-12-06 09:00", "форма.xlsx", 3, 0, 0]);
    expect(
      log.cells!.some((row) => String(row[0]).replace(/\u00a0/g, " ") === "За 2024/2025: получено 1 из 3 форм."),
    ).toBe(true);
  });

  test("a broken-down indicator comes back part by part; stages that do not nest are a warning, not a refusal", async () => {
    const stages = ["ASN.3.03.01/1", "ASN.3.03.01/2", "ASN.3.03.01/3", "ASN.3.03.01/4"];
    const form = await filledForm(book, SCHOOL, "2024/2025", (sheet) => {
      [40, 12, 15, 0].forEach((value, n) => (cellOf(sheet, stages[n], ru.layout.value("2024/2025")).value = value));
    });
    const result = collectForms(book, [form], { receivedAt: "now" });
    expect(result.outcomes[0]).toMatchObject({ taken: true, values: 4, written: 4, conflicts: [] });
    expect(result.outcomes[0].warnings.map((w) => w.message)).toEqual([
      expect.stringContaining("региональный этап — 15, больше, чем муниципальный этап — 12"),
    ]);
    const got = stages.map((code) =>
      collectedValue(result, { code, field: "val", period: "2024/2025", school: SCHOOL }),
    );
    expect(got).toEqual([40, 12, 15, 0]);
    // The total is the book's formula, not a value the form brings.
    expect(collectedValue(result, { code: "ASN.3.03.01", field: "val", period: "2024/2025", school: SCHOOL })).toBe(
      undefined,
    );
  });

  test("a form from another book, for another period, or with text in a number cell contributes nothing", async () => {
    const otherBook = readFormBook(bookSheets("MSOKO-OTHER0002"));
    const foreign = await filledForm(otherBook, SCHOOL, "2024/2025", fillShare(45, 50), "чужая.xlsx");
    const lastYear = await filledForm(
      book,
      SCHOOL,
      "2023/2024",
      (sheet) => {
        cellOf(sheet, share.code, ru.layout.numerator("2023/2024")).value = 41;
        cellOf(sheet, share.code, ru.layout.denominator("2023/2024")).value = 50;
      },
      "прошлая.xlsx",
    );
    const text = await filledForm(book, OTHER, "2024/2025", fillShare("сорок", 50), "текст.xlsx");
    const above = await filledForm(book, SCHOOL, "2024/2025", fillShare(60, 50), "больше.xlsx");
    const result = collectForms(book, [foreign, lastYear, text, above], { receivedAt: "now" });
    expect(result.outcomes.map((o) => [o.file, o.taken, o.refusal])).toEqual([
      ["чужая.xlsx", false, "otherBook"],
      ["прошлая.xlsx", false, "otherPeriod"],
      ["текст.xlsx", false, "checks"],
      ["больше.xlsx", false, "checks"],
    ]);
    const textCell = cellOf(
      (await formWorkbook(planForm(book, OTHER, "2024/2025")!)).worksheets[0],
      share.code,
      ru.layout.numerator("2024/2025"),
    ).address;
    expect(result.outcomes[2].errors[0]).toMatchObject({ cell: textCell });
    expect(result.outcomes[2].errors[0].message).toMatch(/«сорок»/);
    expect(result.outcomes[3].errors[0].message).toMatch(/больше/);
    expect(
      collectedValue(result, { code: share.code, field: "num", period: "2024/2025", school: SCHOOL }),
    ).toBeUndefined();
    expect(collectedValue(result, { code: share.code, field: "num", period: "2023/2024", school: SCHOOL })).toBe(40);
  });

  test("a conflicting resubmission keeps the book's value unless replacing, and is listed as a conflict", async () => {
    const first = await filledForm(book, SCHOOL, "2024/2025", fillShare(45, 50), "первая.xlsx");
    const once = collectForms(book, [first], { receivedAt: "t1" });
    const after = readFormBook(plannedSheets(once.plan));
    expect(after.bookId).toBe(book.bookId);
    const second = await filledForm(after, SCHOOL, "2024/2025", fillShare(47, 50), "вторая.xlsx");
    const kept = collectForms(after, [second], { receivedAt: "t2" });
    expect(kept.outcomes[0]).toMatchObject({ taken: true, written: 0 });
    expect(kept.outcomes[0].conflicts).toHaveLength(1);
    expect(kept.outcomes[0].conflicts[0]).toMatchObject({ book: 45, form: 47, replaced: false });
    expect(collectedValue(kept, { code: share.code, field: "num", period: "2024/2025", school: SCHOOL })).toBe(45);
    const replaced = collectForms(after, [second], { receivedAt: "t2", replace: true });
    expect(replaced.outcomes[0].conflicts[0].replaced).toBe(true);
    expect(collectedValue(replaced, { code: share.code, field: "num", period: "2024/2025", school: SCHOOL })).toBe(47);
    const log = plannedSheets(kept.plan).find((sheet) => sheet.role === COLLECTION_ROLE)!;
    expect(log.cells!.find((row) => row[0] === SCHOOL && row[1] === "2024/2025")!.slice(4, 8)).toEqual([
      "вторая.xlsx",
      2,
      0,
      1,
    ]);
  });

  test("a form whose hidden sheet a suite dropped is recognised by its visible identity block", async () => {
    const form = await filledForm(book, SCHOOL, "2024/2025", fillShare(45, 50));
    const stripped = { ...form, sheets: form.sheets.filter((sheet) => sheet.name !== "_msoko_form") };
    expect(readForm(form).identityFrom).toBe("hidden");
    expect(readForm(stripped)).toMatchObject({ identityFrom: "visible", identity: { organisation: SCHOOL } });
    expect(collectForms(book, [stripped], { receivedAt: "now" }).outcomes[0].taken).toBe(true);
  });

  test("a file that is not a form, or not a workbook, is refused with the reason", async () => {
    const notForm: ReceivedForm = { file: "список.xlsx", sheets: [{ name: "Лист1", cells: [["ОО"], [SCHOOL]] }] };
    const broken = await receivedForm("битый.xlsx", new TextEncoder().encode("not a zip"));
    const result = collectForms(book, [notForm, broken], { receivedAt: "now" });
    expect(result.outcomes.map((o) => o.errors[0].message)).toEqual([
      "Это не форма МСОКО: в файле нет блока «Сведения о форме».",
      expect.stringMatching(/^Файл не удалось открыть как книгу \.xlsx/),
    ]);
  });
});
