import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { findFramework } from "../../src/core/catalog";
import { webTexts } from "../../src/core/base/i18n/web";
import { parsePeriods } from "../../src/core/workbook/periods";
import type { CreateSheetsRequest } from "../../src/core/operations/status";
import { buildIntoWorkbook } from "../../src/xlsx/buildFile";
import type { Finding } from "../../src/core/features/validation/findings";
import { MARK_FILLS } from "../../src/core/features/validation/marks";
import { toArgb } from "../../src/xlsx/styles";
import { createFileOperations, FileBook, newWorkbook, ShownCell } from "../../src/xlsx/fileOperations";
import { FileProblem } from "../../src/xlsx/package/problems";
import { readSheetGrid } from "../../src/xlsx/readWorkbook";
import { workbookFromBytes, workbookToBytes } from "../../src/xlsx/workbookBytes";
import { runCli } from "../cli/run";

/**
 * The page's file shell run in Node: the pane's operations over a workbook held in memory give what the
 * command line gives for the same book (findings of `msoko validate`, the book of `msoko analyze`), and a file
 * that is not a workbook is refused with the page's Russian message.
 */

const tmp = mkdtempSync(join(tmpdir(), "msoko-file-ops-"));
const demo = join(tmp, "демо.xlsx");
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

beforeAll(async () => {
  expect((await runCli("demo", "--out", demo)).code).toBe(0);
}, 120000);

async function openDemo(): Promise<FileBook> {
  return { workbook: await workbookFromBytes(readFileSync(demo), "демо.xlsx", webTexts.files), changed: false };
}

const grids = (workbook: ExcelJS.Workbook) =>
  workbook.worksheets.map((sheet) => ({ name: sheet.name, values: readSheetGrid(sheet) }));

test("the check gives the findings of msoko validate, and the status remembers it", async () => {
  const book = await openDemo();
  const operations = createFileOperations(() => book);
  const before = await operations.readStatus();
  expect(before.built).toBe(true);
  expect(before.lastCheck).toBeUndefined();

  const check = await operations.check();
  const cli = await runCli("validate", demo, "--json");
  const expected = JSON.parse(cli.out) as Finding[];
  expect(check.findings).toEqual(expected);
  expect(check.values).toBeGreaterThan(0);

  const errors = expected.filter((finding) => finding.severity === "error").length;
  const after = await operations.readStatus();
  expect(after.lastCheck).toEqual({ at: check.checkedAt, errors, warnings: expected.length - errors });
  // Each finding's cell is coloured by its worst severity, as the pane marks it in Excel.
  const finding = expected.find((f) => f.severity === "warning")!;
  const worst = expected.some((f) => f.sheet === finding.sheet && f.cell === finding.cell && f.severity === "error")
    ? "error"
    : "warning";
  const fill = book.workbook.getWorksheet(finding.sheet)!.getCell(finding.cell).fill as ExcelJS.FillPattern;
  expect(fill.fgColor?.argb).toBe(toArgb(MARK_FILLS[worst]));
  expect(book.changed).toBe(true);
  // Marks only: the values stay those msoko validate read.
  expect((await operations.check()).findings).toEqual(expected);
}, 120000);

test("the справка written in memory and saved is the book msoko analyze writes", async () => {
  const book = await openDemo();
  const progress: [number, number][] = [];
  const operations = createFileOperations(() => book, { pause: async () => undefined });
  const status = await operations.readStatus();
  const period = status.periods[status.periods.length - 1];
  await operations.analyze(period, (done, total) => progress.push([done, total]));
  expect(book.changed).toBe(true);
  expect(progress[0][0]).toBe(0);
  expect(progress[progress.length - 1][0]).toBe(progress[progress.length - 1][1]);

  const saved = await workbookToBytes(book.workbook);
  expect(saved.lost).toEqual([]);
  const fromPage = new ExcelJS.Workbook();
  await fromPage.xlsx.load(saved.bytes as unknown as ExcelJS.Buffer);

  const expectedFile = join(tmp, "analyze.xlsx");
  expect((await runCli("analyze", demo, "--period", period, "--out", expectedFile)).code).toBe(0);
  const fromCli = new ExcelJS.Workbook();
  await fromCli.xlsx.load(readFileSync(expectedFile) as unknown as ExcelJS.Buffer);
  expect(grids(fromPage)).toEqual(grids(fromCli));
}, 120000);

test("a finding's cell is shown with its value, since the page cannot select it", async () => {
  const book = await openDemo();
  const shown: ShownCell[] = [];
  const operations = createFileOperations(() => book, { onSelect: (cell) => shown.push(cell) });
  const finding = (await operations.check()).findings[0];
  await operations.select(finding.sheet, finding.cell);
  const grid = readSheetGrid(book.workbook.getWorksheet(finding.sheet)!);
  expect(shown).toEqual([{ sheet: finding.sheet, cell: finding.cell, value: grid[finding.row][finding.col] }]);
}, 120000);

test("a new book is laid out by «Создать листы» as msoko build lays it out", async () => {
  const parsed = parsePeriods("2023/2024, 2024/2025");
  if (!parsed.ok) throw new Error(parsed.messages.join("; "));
  const request: CreateSheetsRequest = {
    frameworkId: "asino",
    useWorkbookCatalog: false,
    periods: parsed.periods,
    municipality: "Энский муниципальный округ",
    schools: ["МБОУ «СОШ № 1»", "МБОУ «СОШ № 2»"],
    flavour: "portable",
  };
  const book: FileBook = { workbook: newWorkbook(), changed: false };
  const operations = createFileOperations(() => book, { pause: async () => undefined });
  expect((await operations.readStatus()).built).toBe(false);
  await operations.createSheets(request);
  const status = await operations.readStatus();
  expect(status).toMatchObject({ built: true, frameworkId: "asino", periods: ["2023/2024", "2024/2025"] });
  expect(status.schools).toEqual(request.schools);

  const cli = newWorkbook();
  buildIntoWorkbook(cli, { ...request, framework: findFramework("asino")! });
  expect(grids(book.workbook)).toEqual(grids(cli));
}, 120000);

describe("a file the page cannot open", () => {
  const refused = async (bytes: Uint8Array, name: string) => {
    try {
      await workbookFromBytes(bytes, name, webTexts.files);
    } catch (error) {
      expect(error).toBeInstanceOf(FileProblem);
      return (error as Error).message;
    }
    throw new Error(`${name} was opened`);
  };

  test("text, a damaged archive, an encrypted book, another zip: each its own Russian message", async () => {
    const text = new TextEncoder().encode("Код ОО;Результат\n101;4,2\n");
    expect(await refused(text, "выгрузка.csv")).toBe(webTexts.files.text("выгрузка.csv"));

    const damaged = readFileSync(demo).subarray(0, 3000);
    expect(await refused(damaged, "книга.xlsx")).toBe(webTexts.files.damaged("книга.xlsx"));

    const ole2 = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      Buffer.from("EncryptedPackage", "utf16le"),
      Buffer.alloc(512),
    ]);
    expect(await refused(ole2, "пароль.xlsx")).toBe(webTexts.files.encrypted("пароль.xlsx"));

    const zip = new JSZip();
    zip.file("readme.txt", "не книга");
    const other = await zip.generateAsync({ type: "uint8array" });
    expect(await refused(other, "архив.xlsx")).toBe(webTexts.files.notWorkbook("архив.xlsx"));
  });
});
