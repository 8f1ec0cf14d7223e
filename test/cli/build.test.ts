import { statusTexts } from "../../src/core/base/i18n/statuses";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { catalogColumn } from "../../src/core/sheets/catalogSheet";
import { cliCatalogText, cliText } from "../../src/core/base/i18n/cli";
import { filesRu } from "../../src/core/base/i18n/files";
import { ru } from "../../src/core/base/i18n/ru";
import { CATALOG_ROLE } from "../../src/core/sheets/catalogSheetPlan";
import type { CellValue } from "../../src/core/base/plan/types";
import { settingsOfRole } from "../../src/core/workbook/settings";
import { readSchools } from "../../src/core/sheets/simpleSheets";
import { readRoles, readSheetGrid, ROLES_SHEET } from "../../src/xlsx/readWorkbook";
import { loadWorkbook } from "../../src/xlsx/loadFile";
import { runCli } from "./run";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-build-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const at = (name: string) => path.join(tmp, name);

const SOSH = "МБОУ «СОШ № 1»";
const LYCEUM = "МБОУ «Лицей № 2»";
const KINDERGARTEN = "МБДОУ «Детский сад № 5 «Солнышко»»";
const PERIODS = "2022/2023,2023/2024,2024/2025";
const MUNICIPALITY = "Энский муниципальный район";

function writeText(name: string, text: string): string {
  fs.writeFileSync(at(name), text);
  return at(name);
}

/** A BOM, Windows line ends, blank lines, a repeat and stray spaces: all tolerated. */
const schoolsFile = writeText("ОО.txt", `\uFEFF${SOSH}\r\n\r\n${LYCEUM}\r\n${SOSH}\r\n   ${KINDERGARTEN}  \r\n\r\n`);

const sheetByRole = (workbook: ExcelJS.Workbook, role: string) => {
  const name = [...readRoles(workbook)].find(([, r]) => r === role)?.[0];
  const sheet = name ? workbook.getWorksheet(name) : undefined;
  if (!sheet) throw new Error(`no sheet with role ${role}`);
  return sheet;
};

/** The cell of an indicator (and school) under a header, wherever the layout put it. */
function locate(sheet: ExcelJS.Worksheet, code: string, school: string | undefined, header: string): ExcelJS.Cell {
  const grid = readSheetGrid(sheet);
  const headerRow = grid.findIndex((row) => row.includes(ru.layout.code));
  const [codeCol, schoolCol, col] = [ru.layout.code, ru.layout.school, header].map((h) => grid[headerRow].indexOf(h));
  expect(col).toBeGreaterThanOrEqual(0);
  const row = grid.findIndex(
    (line, r) => r > headerRow && line[codeCol] === code && (!school || line[schoolCol] === school),
  );
  expect(row).toBeGreaterThan(headerRow);
  return sheet.getCell(row + 1, col + 1);
}

interface Typed {
  readonly role: string;
  readonly code: string;
  readonly school?: string;
  readonly header: string;
  readonly value: CellValue;
}

/** Values a methodologist types between runs: school and municipal inputs, a flag, «не проводилось», a target. */
const TYPED: readonly Typed[] = [
  { role: "schools:1", code: "ASN.1.01.01", school: LYCEUM, header: ru.layout.numerator("2023/2024"), value: 31 },
  { role: "schools:1", code: "ASN.1.01.01", school: LYCEUM, header: ru.layout.denominator("2023/2024"), value: 88 },
  // A kindergarten's row is on the preschool system's sheet, not on the pupils' one.
  { role: "schools:8", code: "ASN.8.02.05", school: KINDERGARTEN, header: ru.layout.numerator("2024/2025"), value: 5 },
  {
    role: "schools:8",
    code: "ASN.8.02.05",
    school: KINDERGARTEN,
    header: ru.layout.denominator("2024/2025"),
    value: 20,
  },
  { role: "schools:1", code: "ASN.1.06.03", school: SOSH, header: ru.layout.value("2022/2023"), value: "да" },
  {
    role: "schools:1",
    code: "ASN.1.06.04",
    school: LYCEUM,
    header: ru.layout.value("2023/2024"),
    value: "не проводилось",
  },
  { role: "schools:3", code: "ASN.3.01.02", school: SOSH, header: ru.layout.value("2024/2025"), value: 4 },
  { role: "system:1", code: "ASN.1.06.05", header: ru.layout.numerator("2023/2024"), value: 7 },
  { role: "system:1", code: "ASN.1.06.05", header: ru.layout.denominator("2023/2024"), value: 12 },
  { role: "system:1", code: "ASN.1.01.01", header: ru.layout.target, value: 30 },
  { role: "system:5", code: "ASN.5.01.04", header: ru.layout.value("2022/2023"), value: "да" },
];

describe("msoko build", () => {
  const book = at("МСОКО.xlsx");
  const updated = at("МСОКО-2.xlsx");

  test("lays out a new workbook from the framework, periods and a text list of schools", async () => {
    const run = await runCli(
      "build",
      ...["--framework", "asino", "--periods", PERIODS, "--municipality", MUNICIPALITY],
      ...["--schools", schoolsFile, "--out", book],
    );
    expect(run).toMatchObject({ code: 0, err: "" });
    const out = run.out.replace(/\u00a0/g, " ");
    expect(out).toContain(`Книга записана: ${book}`);
    expect(out).toContain("ОО: 3 организации");
    expect(out).toContain("Периоды: 2022/2023, 2023/2024, 2024/2025");
    expect(out).toMatch(/Формулы: переносимые/);

    const workbook = await loadWorkbook(book);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.slice(0, 5)).toEqual([
      "Содержание",
      "Показатели",
      "ОО",
      "1 Подготовка обучающихся",
      "1 Подготовка обучающихся (ОО)",
    ]);
    // Contents, catalog, schools; 8 systems with their school sheets; procedure results, medallists and
    // their thresholds; the hidden roles sheet.
    expect(names).toHaveLength(3 + 16 + 3 + 1);
    expect(names).toContain("Результаты процедур");
    expect(names).toContain("Медалисты");
    expect(names).toContain("Пороги результатов");
    expect(names).toContain("8 Дошкольное образование (ОО)");
    expect(workbook.getWorksheet(ROLES_SHEET)!.state).toBe("veryHidden");
    expect(readSchools(readSheetGrid(workbook.getWorksheet("ОО")!))).toEqual([SOSH, LYCEUM, KINDERGARTEN]);
    const settings = [...readRoles(workbook).values()].map(settingsOfRole).find(Boolean);
    expect(settings).toEqual({
      framework: "asino",
      periods: PERIODS.split(","),
      municipality: MUNICIPALITY,
      flavour: "portable",
    });
    const share = locate(
      workbook.getWorksheet("1 Подготовка обучающихся (ОО)")!,
      "ASN.1.01.01",
      SOSH,
      "Значение 2022/2023",
    );
    expect(share.formula).toMatch(/^IF\(AND\(ISNUMBER/);
  });

  test("--in keeps every typed value at its indicator, school and period when periods and schools are added", async () => {
    const workbook = await loadWorkbook(book);
    for (const typed of TYPED)
      locate(sheetByRole(workbook, typed.role), typed.code, typed.school, typed.header).value = typed.value;
    await workbook.xlsx.writeFile(book);

    const newcomers = ["МБОУ «СОШ с. Новиково»", "МБОУ «ООШ с. Берёзовка»"];
    const moreSchools = writeText("ОО-2.txt", [newcomers[0], SOSH, LYCEUM, KINDERGARTEN, newcomers[1]].join("\n"));
    const run = await runCli(
      "build",
      ...["--in", book, "--out", updated, "--periods", `${PERIODS},2025/2026`, "--schools", moreSchools],
    );
    expect(run).toMatchObject({ code: 0, err: "" });
    expect(run.out).toContain(`Книга «${book}» обновлена, результат записан: ${updated}`);
    // The two newcomers' kinds are guessed from their names, and said; and that no school is marked ШНОР or
    // ШНСУ yet. Nothing else is.
    const notices = run.out.split("\n").filter((line) => line.startsWith(ru.cliBuild.notice("")));
    expect(notices).toEqual([
      ru.cliBuild.notice(statusTexts.noneMarked),
      ru.cliBuild.notice(ru.organisations.guessed(2)),
    ]);

    const result = await loadWorkbook(updated);
    for (const typed of TYPED) {
      const cell = locate(sheetByRole(result, typed.role), typed.code, typed.school, typed.header);
      expect({ ...typed, value: cell.value }).toEqual(typed);
    }
    expect(readSchools(readSheetGrid(result.getWorksheet("ОО")!))).toEqual([
      newcomers[0],
      SOSH,
      LYCEUM,
      KINDERGARTEN,
      newcomers[1],
    ]);
    const newcomer = locate(
      sheetByRole(result, "schools:1"),
      "ASN.1.01.01",
      newcomers[1],
      ru.layout.numerator("2025/2026"),
    );
    expect(newcomer.value).toBeNull();
    expect(result.worksheets.map((sheet) => sheet.name)).not.toContain(ru.sheets.archive);
  });

  test("without --schools the list comes from the workbook's «ОО», like the other settings", async () => {
    const again = at("МСОКО-3.xlsx");
    const run = await runCli("build", "--in", updated, "--out", again);
    expect(run).toMatchObject({ code: 0, err: "" });
    expect(run.out.replace(/\u00a0/g, " ")).toContain("ОО: 5 организаций");
    expect(run.out).toContain("Периоды: 2022/2023, 2023/2024, 2024/2025, 2025/2026");
    const workbook = await loadWorkbook(again);
    expect(readSchools(readSheetGrid(workbook.getWorksheet("ОО")!))).toHaveLength(5);
    const cell = locate(sheetByRole(workbook, "schools:3"), "ASN.3.01.02", SOSH, ru.layout.value("2024/2025"));
    expect(cell.value).toBe(4);
  });

  test("--in takes the workbook's own «Показатели», as the pane does; --catalog builtin returns to the built-in one", async () => {
    const EDITED = "Доля обучающихся с отметками «4» и «5» (формулировка методиста)";
    const workbook = await loadWorkbook(updated);
    const catalogSheet = sheetByRole(workbook, CATALOG_ROLE);
    const grid = readSheetGrid(catalogSheet);
    const row = grid.findIndex((line) => line[catalogColumn("code")] === "ASN.1.01.01");
    expect(row).toBeGreaterThan(0);
    const builtinLabel = grid[row][catalogColumn("label")];
    catalogSheet.getCell(row + 1, catalogColumn("label") + 1).value = EDITED;
    const edited = at("МСОКО-правка.xlsx");
    await workbook.xlsx.writeFile(edited);
    const labels = async (file: string) => {
      const book = await loadWorkbook(file);
      return [readSheetGrid(sheetByRole(book, "system:1")), readSheetGrid(sheetByRole(book, CATALOG_ROLE))].map(
        (sheet) => sheet.flat(),
      );
    };

    const own = await runCli("build", "--in", edited, "--out", at("МСОКО-свои.xlsx"));
    expect(own).toMatchObject({ code: 0, err: "" });
    expect(own.out).toContain(cliCatalogText.fromWorkbook);
    for (const cells of await labels(at("МСОКО-свои.xlsx"))) expect(cells).toContain(EDITED);

    const builtin = await runCli("build", "--in", edited, "--out", at("МСОКО-встроенные.xlsx"), "--catalog", "builtin");
    expect(builtin).toMatchObject({ code: 0, err: "" });
    expect(builtin.out).toContain(cliCatalogText.builtin);
    for (const cells of await labels(at("МСОКО-встроенные.xlsx"))) {
      expect(cells).not.toContain(EDITED);
      expect(cells).toContain(builtinLabel);
    }

    expect(await runCli("build", "--in", edited, "--out", at("z.xlsx"), "--catalog", "свой")).toMatchObject({
      code: 2,
      err: cliCatalogText.badChoice("свой"),
    });
    expect(await runCli("build", "--out", at("z.xlsx"), "--catalog", "workbook")).toMatchObject({
      code: 2,
      err: cliCatalogText.needsIn,
    });
    // A workbook made for another framework keeps the built-in catalog of the one asked for, and says so.
    const other = await runCli("build", "--in", edited, "--out", at("МСОКО-тула.xlsx"), "--framework", "tula");
    expect(other.code).toBe(0);
    expect(other.out).toContain(cliCatalogText.otherFramework("asino", "tula"));
  });

  test("a dropped period's values go to «Архив данных», and the notice is printed", async () => {
    const run = await runCli("build", "--in", updated, "--out", at("МСОКО-4.xlsx"), "--periods", "2023/2024,2024/2025");
    expect(run.code).toBe(0);
    expect(run.out).toContain(ru.cliBuild.notice(ru.sheets.archived(2)));
    const workbook = await loadWorkbook(at("МСОКО-4.xlsx"));
    const archive = readSheetGrid(workbook.getWorksheet(ru.sheets.archive)!);
    expect(archive.flat()).toEqual(expect.arrayContaining(["ASN.1.06.03", SOSH, "ASN.5.01.04", "да"]));
  });

  test("--schools reads an .xlsx: its «ОО» sheet, or else the first column of the first sheet", async () => {
    const list = new ExcelJS.Workbook();
    const sheet = list.addWorksheet("Список");
    [["Образовательная организация"], [LYCEUM], [2024], [""], [KINDERGARTEN], [LYCEUM]].forEach((row) =>
      sheet.addRow(row),
    );
    await list.xlsx.writeFile(at("список.xlsx"));
    const base = ["--framework", "tula", "--periods", "2023,2024", "--municipality", MUNICIPALITY];
    const fromList = await runCli("build", ...base, "--schools", at("список.xlsx"), "--out", at("tula.xlsx"));
    expect(fromList).toMatchObject({ code: 0, err: "" });
    expect(readSchools(readSheetGrid((await loadWorkbook(at("tula.xlsx"))).getWorksheet("ОО")!))).toEqual([
      LYCEUM,
      KINDERGARTEN,
    ]);

    const fromBook = await runCli(
      "build",
      ...base,
      "--schools",
      updated,
      "--out",
      at("tula-2.xlsx"),
      "--formulas",
      "msoko",
    );
    expect(fromBook).toMatchObject({ code: 0, err: "" });
    expect(fromBook.out.replace(/\u00a0/g, " ")).toContain("ОО: 5 организаций");
    expect(fromBook.out).toContain(ru.cliBuild.flavour.msoko);
  });

  test("wrong options are refused in Russian with exit code 2", async () => {
    const base = ["--periods", PERIODS, "--municipality", MUNICIPALITY, "--schools", schoolsFile];
    expect(await runCli("build", "--framework", "moscow", ...base, "--out", at("x.xlsx"))).toMatchObject({
      code: 2,
      err: "Нет системы показателей «moscow». Есть: asino, tula, abinsk, taimyr.",
    });
    const periods = await runCli(
      "build",
      "--framework",
      "asino",
      ...base,
      "--periods",
      "2023/2025; 20x4",
      "--out",
      at("x.xlsx"),
    );
    expect(periods.code).toBe(2);
    expect(periods.err.split("\n")).toEqual([ru.periods.notConsecutive("2023/2025"), ru.periods.unreadable("20x4")]);
    expect(
      await runCli("build", "--framework", "asino", ...base, "--out", at("x.xlsx"), "--formulas", "excel"),
    ).toMatchObject({
      code: 2,
      err: ru.cliBuild.badFormulas("excel"),
    });
    expect(await runCli("build", "--framework", "asino", ...base)).toMatchObject({ code: 2, err: ru.cliBuild.noOut });
    expect(await runCli("build", "--framework", "asino", "--periods", PERIODS, "--out", at("x.xlsx"))).toMatchObject({
      code: 2,
      err: ru.cliBuild.noMunicipality,
    });
    expect(
      await runCli("build", "--framework", "asino", "--periods", PERIODS, "--municipality", "Р", "--out", at("x.xlsx")),
    ).toMatchObject({ code: 2, err: ru.cliBuild.noSchools });
    expect(await runCli("build", ...base, "--out", at("x.xlsx"))).toMatchObject({
      code: 2,
      err: ru.cliBuild.noFramework("asino, tula, abinsk, taimyr"),
    });
    const unknown = await runCli("build", "--framwork", "asino");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe(cliText.unknownOption("build", "--framwork", "--framework"));
    expect(await runCli("build", "--framework", "asino", ...base, "--out", book)).toMatchObject({
      code: 2,
      err: ru.cliBuild.outExists(book),
    });
    expect(fs.existsSync(at("x.xlsx"))).toBe(false);
  });

  test("a damaged or missing file gives exit code 1 and a Russian message", async () => {
    const damaged = writeText("повреждена.xlsx", "Это не книга Excel.\n");
    const broken = await runCli("build", "--in", damaged, "--out", at("y.xlsx"));
    expect(broken).toMatchObject({ code: 1, err: filesRu.text(damaged) });
    expect(await runCli("build", "--in", at("нет.xlsx"), "--out", at("y.xlsx"))).toMatchObject({
      code: 1,
      err: filesRu.notFound(at("нет.xlsx")),
    });
    const noList = await runCli(
      "build",
      "--framework",
      "asino",
      "--periods",
      PERIODS,
      "--municipality",
      "Р",
      "--schools",
      at("нет.txt"),
      "--out",
      at("y.xlsx"),
    );
    expect(noList).toMatchObject({ code: 1, err: ru.cliBuild.schoolsFileMissing(at("нет.txt")) });
    expect(fs.existsSync(at("y.xlsx"))).toBe(false);
  });
});

describe("msoko help", () => {
  test("lists build and demo; build's help says portable formulas are the default for files", async () => {
    const { out } = await runCli("help");
    expect(out).toMatch(/msoko build --framework ID/);
    expect(out).toMatch(/msoko demo/);
    expect((await runCli("build", "--help")).out).toMatch(/portable \(по умолчанию\)/);
  });
});
