import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { ru } from "../../src/core/base/i18n/ru";
import type { Finding } from "../../src/core/features/validation/findings";
import { readRoles, readSheetGrid } from "../../src/xlsx/readWorkbook";
import { loadWorkbook } from "../../src/xlsx/loadFile";
import { runCli } from "./run";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-validate-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const at = (name: string) => path.join(tmp, name);
const plain = (text: string) => text.replace(/\u00a0/g, " ");

const demo = at("демо.xlsx");
beforeAll(async () => {
  expect((await runCli("demo", "--out", demo)).code).toBe(0);
});

/** Edits a copy of the demo: `edit` gets the workbook and a finder of sheets by role. */
async function editedDemo(
  name: string,
  edit: (workbook: ExcelJS.Workbook, byRole: (role: string) => ExcelJS.Worksheet) => void,
) {
  const workbook = await loadWorkbook(demo);
  const roles = [...readRoles(workbook)];
  edit(workbook, (role) => workbook.getWorksheet(roles.find(([, r]) => r === role)![0])!);
  await workbook.xlsx.writeFile(at(name));
  return at(name);
}

/** The cell of a code (and school) under a header. */
function cellOf(sheet: ExcelJS.Worksheet, code: string, school: string | undefined, header: string): ExcelJS.Cell {
  const grid = readSheetGrid(sheet);
  const headerRow = grid.findIndex((row) => row.some((cell) => cell === ru.layout.code));
  const [codeCol, schoolCol, col] = [ru.layout.code, ru.layout.school, header].map((h) => grid[headerRow].indexOf(h));
  const row = grid.findIndex(
    (line, r) => r > headerRow && line[codeCol] === code && (!school || line[schoolCol] === school),
  );
  return sheet.getCell(row + 1, col + 1);
}

describe("msoko validate", () => {
  test("the demo file has only its deliberate gap: warnings by sheet and cell, exit code 0", async () => {
    const { code, out, err } = await runCli("validate", demo);
    expect(err).toBe("");
    expect(code).toBe(0);
    const lines = plain(out).split("\n");
    // The shares «Медалисты» gives (ASN.1.06.07) are the book's own: a school's few medallists are no typing slip.
    expect(lines[0]).toBe("Лист «4 Профориентация (ОО)»: 14 предупреждений");
    expect(lines.slice(1, 15).every((line) => /^ {2}[A-Z]+\d+ предупреждение: «.+»/.test(line))).toBe(true);
    expect(lines[1]).toMatch(
      /^ {2}K17 предупреждение: «Доля обучающихся, принявших участие .*» у МБОУ «ООШ д\. Ключи» за 2024\/2025: нет данных/,
    );
    expect(lines.at(-1)).toBe("Найдено: 0 ошибок, 14 предупреждений.");
    expect(lines).toHaveLength(16);
  });

  test("--json prints the findings as an array", async () => {
    const { code, out } = await runCli("validate", demo, "--json");
    expect(code).toBe(0);
    const all = JSON.parse(out) as Finding[];
    const findings = all;
    expect(findings).toHaveLength(14);
    expect(findings[0]).toMatchObject({
      severity: "warning",
      rule: "missingPeriod",
      sheet: "4 Профориентация (ОО)",
      cell: "K17",
    });
  });

  test("a seeded error gives exit code 1; each sheet has its counts, the summary both kinds", async () => {
    const file = await editedDemo("ошибка.xlsx", (_workbook, byRole) => {
      cellOf(byRole("schools:1"), "ASN.1.01.01", "МБОУ «СОШ № 1»", ru.layout.numerator("2023/2024")).value = -3;
      cellOf(byRole("schools:1"), "ASN.1.01.02", "МБОУ «СОШ № 1»", ru.layout.numerator("2023/2024")).value = "много";
    });
    const { code, out } = await runCli("validate", file);
    expect(code).toBe(1);
    const text = plain(out);
    expect(text).toContain("Лист «1 Подготовка обучающихся (ОО)»: 2 ошибки\n  H5 ошибка: ");
    expect(text).toContain("отрицательное число −3.");
    // One row per indicator and school: the 18 schools (kindergartens have no row here) after the header.
    expect(text).toContain("  H23 ошибка: ");
    expect(text).toContain("Найдено: 2 ошибки, 14 предупреждений.");
    expect(text.indexOf("1 Подготовка")).toBeLessThan(text.indexOf("4 Профориентация"));
  });

  test("the framework comes from the workbook's own «Показатели» sheet", async () => {
    const file = await editedDemo("показатели.xlsx", (_workbook, byRole) => {
      const sheet = byRole("catalog");
      const grid = readSheetGrid(sheet);
      const header = grid.findIndex((row) => row.includes(ru.catalogSheet.headers.code));
      const [codeCol, labelCol] = [ru.catalogSheet.headers.code, ru.catalogSheet.headers.label].map((h) =>
        grid[header].indexOf(h),
      );
      const row = grid.findIndex((line) => line[codeCol] === "ASN.4.01.01");
      sheet.getCell(row + 1, labelCol + 1).value = "Участники профдиагностики";
    });
    const { code, out } = await runCli("validate", file);
    expect(code).toBe(0);
    expect(out).toContain("  K17 предупреждение: «Участники профдиагностики» у МБОУ «ООШ д. Ключи»");
  });

  test("wrong options: exit code 2", async () => {
    expect((await runCli("validate")).code).toBe(2);
    expect((await runCli("validate")).err).toBe(ru.cliValidate.noFile);
    expect((await runCli("validate", demo, "--verbose")).code).toBe(2);
    const two = await runCli("validate", demo, demo);
    expect(two.code).toBe(2);
    expect(two.err).toContain("Укажите одну книгу");
  });

  test("a damaged, missing or foreign file: exit code 1 with a Russian message", async () => {
    const broken = at("битая.xlsx");
    fs.writeFileSync(broken, "это не книга");
    const damaged = await runCli("validate", broken);
    expect(damaged.code).toBe(1);
    expect(damaged.err).toContain("— текст (например, CSV), а не книга Excel");

    const missing = await runCli("validate", at("нет.xlsx"));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("не найден");

    const foreign = at("чужая.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Лист1").getCell("A1").value = 1;
    await workbook.xlsx.writeFile(foreign);
    const notOurs = await runCli("validate", foreign);
    expect(notOurs.code).toBe(1);
    expect(notOurs.err).toBe(ru.cliValidate.notBuilt(foreign));
  });

  test("is in the usage text", async () => {
    expect((await runCli("help")).out).toContain("msoko validate КНИГА.xlsx [--json]");
  });
});
