import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { findFramework, indicatorsOf } from "../../src/core/catalog";
import { readFormBook } from "../../src/core/features/forms/book";
import { readForm } from "../../src/core/features/forms/read";
import { ru } from "../../src/core/base/i18n/ru";
import { entryOf } from "../../src/core/workbook/entry";
import { keyOf } from "../../src/core/workbook/inputs";
import { existingSheets } from "../../src/xlsx/buildFile";
import { receivedForm } from "../../src/xlsx/formFile";
import { readSheetGrid } from "../../src/xlsx/readWorkbook";
import { loadWorkbook } from "../../src/xlsx/loadFile";
import { recalculateWithLibreOffice } from "../helpers/libreoffice";
import { runCli } from "./run";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-forms-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const at = (...parts: string[]) => path.join(tmp, ...parts);
const plain = (text: string) => text.replace(/\u00a0/g, " ");

const SCHOOL = "МБОУ «СОШ № 1»";
const OTHER = "МБОУ «СОШ № 2»";
/** The first per-school share of the framework: a school answers it. */
const SHARE = indicatorsOf(findFramework("asino")!).find((indicator) => {
  const entry = entryOf(indicator);
  return (
    entry.per === "school" && entry.inputs === "numDen" && entry.quotient === "share" && indicator.unit === "percent"
  );
})!.code;
const NEXT = "2024/2025";

async function build(out: string): Promise<void> {
  fs.writeFileSync(at("schools.txt"), [SCHOOL, OTHER, "МБДОУ «Детский сад № 3»", "Школа: 5/6?"].join("\n"));
  const built = await runCli(
    "build",
    "--framework",
    "asino",
    "--periods",
    "2023/2024,2024/2025",
    "--municipality",
    "Энский район",
    "--schools",
    at("schools.txt"),
    "--out",
    out,
  );
  expect(built.code).toBe(0);
}

/** Fills the share's numerator and denominator of a form file and saves it as `out`. */
async function fill(form: string, out: string, num: ExcelJS.CellValue, den: ExcelJS.CellValue): Promise<string> {
  const workbook = await loadWorkbook(form);
  const sheet = workbook.getWorksheet("Форма")!;
  const grid = readSheetGrid(sheet);
  const header = grid.findIndex((row) => row.includes(ru.layout.code));
  const row = grid.findIndex((line) => line[0] === SHARE);
  expect(row).toBeGreaterThan(header);
  sheet.getCell(row + 1, grid[header].indexOf(ru.layout.numerator(NEXT)) + 1).value = num;
  sheet.getCell(row + 1, grid[header].indexOf(ru.layout.denominator(NEXT)) + 1).value = den;
  await workbook.xlsx.writeFile(out);
  return out;
}

async function valueIn(book: string, field: "num" | "den", school = SCHOOL) {
  const read = readFormBook(existingSheets(await loadWorkbook(book)));
  return read.inputs.get(keyOf({ code: SHARE, field, period: NEXT, school }));
}

describe("msoko forms and msoko collect", () => {
  const book = at("книга.xlsx");
  const otherBook = at("другая.xlsx");

  beforeAll(async () => {
    await build(book);
    await build(otherBook);
  }, 120_000);

  test("round trip: forms out, one re-saved by LibreOffice, another book's, text in a number cell; then a conflict", async () => {
    const made = await runCli("forms", book, "--out", at("формы"));
    expect(made.code).toBe(0);
    expect(plain(made.out)).toMatch(/присвоен идентификатор/);
    expect(plain(made.out)).toMatch(/Формы за 2024\/2025: 4 формы в папке/);
    expect(fs.readdirSync(at("формы")).sort()).toEqual(
      [`${SCHOOL}.xlsx`, `${OTHER}.xlsx`, "МБДОУ «Детский сад № 3».xlsx", "Школа_ 5_6_.xlsx"].sort(),
    );
    expect((await runCli("forms", otherBook, "--out", at("чужие"))).code).toBe(0);
    // A second run keeps the id: the book is not saved again.
    expect(plain((await runCli("forms", book, "--out", at("снова"), "--period", "2024-2025")).out)).not.toMatch(
      /присвоен/,
    );

    const filled = await fill(at("формы", `${SCHOOL}.xlsx`), at("заполнена.xlsx"), 45, 50);
    const resaved = await recalculateWithLibreOffice(filled);
    const reading = readForm(await receivedForm("lo.xlsx", fs.readFileSync(resaved)));
    expect(reading.identity?.organisation).toBe(SCHOOL);
    const foreign = await fill(at("чужие", `${OTHER}.xlsx`), at("чужая.xlsx"), 10, 20);
    const text = await fill(at("формы", `${OTHER}.xlsx`), at("текст.xlsx"), "сорок", 50);

    const first = await runCli("collect", book, resaved, foreign, text, "--out", at("итог.xlsx"));
    expect(first.err).toBe("");
    expect(first.code).toBe(1);
    const out = plain(first.out);
    expect(out).toMatch(/Принята: «заполнена\.xlsx» — МБОУ «СОШ № 1», 2 значения\./);
    expect(out).toMatch(/Отклонена: «чужая\.xlsx»\.\n {2}Форма составлена в другой книге/);
    expect(out).toMatch(
      /Отклонена: «текст\.xlsx»\.\n {2}[A-Z]+\d+: «.+»: числитель у МБОУ «СОШ № 2» за 2024\/2025 — ожидается число, а введено «сорок»/,
    );
    expect(out).toMatch(/Принято форм: 1 из 3\./);
    expect(await valueIn(at("итог.xlsx"), "num")).toBe(45);
    expect(await valueIn(at("итог.xlsx"), "num", OTHER)).toBeUndefined();

    const log = (await loadWorkbook(at("итог.xlsx"))).getWorksheet("Сбор данных")!;
    const rows = readSheetGrid(log).filter((row) => row[1] === NEXT);
    expect(rows.map((row) => [row[0], row[2], row[4]])).toEqual([
      [SCHOOL, "да", "заполнена.xlsx"],
      [OTHER, "отклонена", "текст.xlsx"],
      ["МБДОУ «Детский сад № 3»", "нет", null],
      ["Школа: 5/6?", "нет", null],
    ]);

    const again = await fill(at("формы", `${SCHOOL}.xlsx`), at("повторно.xlsx"), 47, 50);
    const kept = await runCli("collect", at("итог.xlsx"), again, "--out", at("итог2.xlsx"));
    expect(kept.code).toBe(0);
    expect(plain(kept.out)).toMatch(/Конфликты \(значения книги сохранены, заменить: --replace\): 1 конфликт\./);
    expect(plain(kept.out)).toMatch(/числитель: в книге 45, в форме 47/);
    expect(await valueIn(at("итог2.xlsx"), "num")).toBe(45);
    const replaced = await runCli("collect", at("итог.xlsx"), again, "--out", at("итог3.xlsx"), "--replace");
    expect(replaced.code).toBe(0);
    expect(await valueIn(at("итог3.xlsx"), "num")).toBe(47);
  }, 240_000);

  test("a period the book does not have, and missing arguments, are usage errors", async () => {
    expect((await runCli("forms", book, "--out", at("x"), "--period", "2030/2031")).code).toBe(2);
    expect((await runCli("forms", book)).code).toBe(2);
    expect((await runCli("collect", book, "--out", at("y.xlsx"))).code).toBe(2);
  });
});
