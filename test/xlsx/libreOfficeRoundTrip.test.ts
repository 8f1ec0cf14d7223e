import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { readSheetGrid } from "../../src/xlsx/readWorkbook";
import { loadWorkbook } from "../../src/xlsx/loadFile";
import { carryText } from "../../src/core/base/i18n/carryOver";
import { runCli } from "../cli/run";
import { recalculateWithLibreOffice } from "../helpers/libreoffice";
import { inspectPackage } from "./inspectPackage";
import { addUserParts, CHART_TITLE, CUSTOM_PROPERTY } from "./userParts";

/**
 * A book that went to LibreOffice and came back: built by msoko, given the user's own sheets (a chart, a note, custom
 * properties, names), saved by LibreOffice Calc headless, then run through build --in, analyze and self-assessment
 * in place. Nothing of the user's may be lost, and LibreOffice must open the result again.
 */

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-lo-round-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const at = (name: string) => path.join(tmp, name);

const MINE = "Мои данные";
const YEAR = "2024";
const NOTE = "Проверить у директора";
/** A real name with a comma, quotes and «№»: the school list becomes a range reference. */
const SCHOOLS = ["МБОУ «СОШ № 1»", 'МБОУ "Лицей № 2", корпус 1'];

let book = "";
let fromLibreOffice = "";

async function expectUserPartsKept(file: string): Promise<void> {
  const pkg = await inspectPackage(file);
  const charts = await pkg.chartsOn(MINE);
  expect(charts).toHaveLength(1);
  expect(charts[0]).toContain(CHART_TITLE);
  expect(charts[0]).toContain(`'${MINE}'!$B$2:$B$4`);
  expect(pkg.customProperties).toContain(CUSTOM_PROPERTY.name);
  expect(pkg.customProperties).toContain(CUSTOM_PROPERTY.value);
  expect(pkg.names).toEqual(
    expect.arrayContaining([
      { name: "_xlnm.Print_Area", sheet: YEAR, formula: `'${YEAR}'!$B:$P` },
      { name: "Итог", sheet: YEAR, formula: `'${YEAR}'!$B$2` },
      { name: "Итог", sheet: MINE, formula: `'${MINE}'!$C$3` },
    ]),
  );
  expect(pkg.names.filter((n) => n.name === "Итог")).toHaveLength(2);
  expect(pkg.names.some((n) => n.formula.includes("NaN"))).toBe(false);
  const workbook = await loadWorkbook(file);
  const note = workbook.getWorksheet(MINE)!.getCell("A2").note;
  expect(typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("")).toBe(NOTE);
  const vml = Object.keys(pkg.zip.files).filter((name) => name.endsWith(".vml"));
  for (const name of vml) expect(await pkg.zip.file(name)!.async("string")).not.toContain("NaN");
  expect(readSheetGrid(workbook.getWorksheet(MINE)!).slice(0, 4)).toEqual([
    ["ОО", "Участники"],
    ["СОШ 1", 10],
    ["СОШ 2", 20],
    ["Лицей", 15],
  ]);
}

beforeAll(async () => {
  fs.writeFileSync(at("ОО.txt"), SCHOOLS.join("\n"));
  const built = await runCli(
    ...["build", "--framework", "asino", "--periods", "2023/2024,2024/2025", "--municipality", "Энский район"],
    ...["--schools", at("ОО.txt"), "--out", at("base.xlsx")],
  );
  expect(built).toMatchObject({ code: 0, err: "" });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(at("base.xlsx"));
  const mine = workbook.addWorksheet(MINE);
  mine.addRows([
    ["ОО", "Участники"],
    ["СОШ 1", 10],
    ["СОШ 2", 20],
    ["Лицей", 15],
  ]);
  mine.getCell("A2").note = NOTE;
  workbook.addWorksheet(YEAR).getCell("B2").value = 5;
  const withParts = await addUserParts(new Uint8Array(await workbook.xlsx.writeBuffer()), MINE, [YEAR, MINE]);
  fs.writeFileSync(at("user.xlsx"), withParts);
  fromLibreOffice = await recalculateWithLibreOffice(at("user.xlsx"));
  book = at("book.xlsx");
  fs.copyFileSync(fromLibreOffice, book);
});

test("the book really comes from LibreOffice, with its quirk: tables without a style entry", async () => {
  const pkg = await inspectPackage(book);
  expect(pkg.application).toMatch(/LibreOffice/);
  const tables = Object.keys(pkg.zip.files).filter((name) => /^xl\/tables\/.*\.xml$/.test(name));
  expect(tables.length).toBeGreaterThan(0);
  const xml = await pkg.zip.file(tables[0])!.async("string");
  expect(xml).not.toContain("tableStyleInfo");
  await expectUserPartsKept(book);
});

test("build --in works on it in place and keeps the chart, note, properties, names", async () => {
  const build = await runCli("build", "--in", book, "--out", book);
  expect(build).toMatchObject({ code: 0, err: "" });
  // Our formulas, as LibreOffice wrote them back, are still taken for ours: nothing archived as the user's.
  expect(build.out).not.toContain(carryText.formulaOverridesArchived(1, "").slice(0, 40));
  expect(build.out).not.toContain(carryText.overridesArchived(1, "").slice(0, 40));
  await expectUserPartsKept(book);
});

test("analyze and self-assessment then work on it in place and keep everything", async () => {
  const analyze = await runCli("analyze", book, "--period", "2024/2025");
  expect(analyze).toMatchObject({ code: 0, err: "" });
  await expectUserPartsKept(book);

  const selfAssessment = await runCli("self-assessment", "--in", book, "--out", book);
  expect(selfAssessment).toMatchObject({ code: 0, err: "" });
  await expectUserPartsKept(book);

  const sheets = (await inspectPackage(book)).sheets;
  expect(sheets).toEqual(expect.arrayContaining([MINE, YEAR, "Анализ 2024-2025", "Самооценка", "ОО"]));
  expect((await runCli("validate", book)).err).toBe("");

  // LibreOffice opens the result and still shows the user's chart and properties.
  const again = await inspectPackage(await recalculateWithLibreOffice(book));
  expect(again.sheets).toEqual(expect.arrayContaining([MINE, YEAR, "Самооценка"]));
  const charts = await again.chartsOn(MINE);
  expect(charts).toHaveLength(1);
  expect(charts[0]).toContain(CHART_TITLE);
  expect(again.customProperties).toContain(CUSTOM_PROPERTY.value);
});
