import { nameKey } from "../../src/core/operations/import";
import { readResults } from "../../src/core/sheets/resultsSheet";
import { parsePeriods } from "../../src/core/workbook/periods";
import { createImportOperations } from "../../src/excel/importOperations";
import { createWorkbookOperations } from "../../src/excel/workbookOperations";
import { parsePickedFiles } from "../../src/xlsx/sourceFile";
import { createExcelHost } from "../helpers/excelHost";
import {
  bookName,
  csvOf,
  marksOf,
  nonObjectivityGrid,
  regionalGrid,
  sampleSchools,
  statisticsGrid,
  xlsxOf,
} from "../helpers/importSamples";
import { keyOf, readInputsFromGrid } from "../../src/core/workbook/inputs";
import { readFiokoList } from "../../src/core/sheets/fiokoListSheet";

const parsed = parsePeriods("2024/2025, 2025/2026");
const periods = parsed.ok ? parsed.periods : [];
const schools = sampleSchools(3);

/** «Создать листы» as the pane runs it: Asino's framework, two periods, the three schools as the book names them. */
const layOut = (host: ReturnType<typeof createExcelHost>) =>
  createWorkbookOperations(host.run, host.supports).createSheets({
    frameworkId: "asino",
    useWorkbookCatalog: false,
    periods,
    municipality: "Энский район",
    schools: [0, 1, 2].map(bookName),
    flavour: "portable",
  });

async function newBook() {
  const host = createExcelHost();
  await layOut(host);
  const gridOf = (name: string) => {
    const sheet = host.state.sheet(name);
    const rect = sheet.usedRect(false);
    if (!rect) return [];
    return Array.from({ length: rect.row + rect.rows }, (_, r) =>
      Array.from({ length: rect.col + rect.cols }, (_, c) => sheet.value(r, c) ?? null),
    );
  };
  const schoolSheet = host.state.sheets.find((sheet) => sheet.name.startsWith("1 ") && sheet.name.endsWith("(ОО)"));
  /** The inputs typed or written on the first system's school sheet, by key. */
  const inputs = () => readInputsFromGrid(gridOf(schoolSheet!.name));
  return {
    host,
    gridOf,
    inputs,
    schoolSheet: schoolSheet!,
    operations: createImportOperations(host.run, host.supports),
  };
}

const at = (code: string, field: "num" | "den" | "val", school: number, period = "2025/2026") =>
  keyOf({ code, field, period, school: bookName(school) });

describe("«Загрузить результаты» through the Office.js shell", () => {
  test("a preview writes nothing; the import writes only the schools the user confirmed", async () => {
    const { host, operations } = await newBook();
    const files = await parsePickedFiles([
      { name: "stat.xlsx", bytes: await xlsxOf({ Статистика: statisticsGrid(schools) }) },
      { name: "stat-math.csv", bytes: new TextEncoder().encode(csvOf(statisticsGrid(schools, "Математика", 4))) },
    ]);
    const resultsRows = () => {
      const sheet = host.state.sheet("Результаты процедур");
      const grid = Array.from({ length: 40 }, (_, r) =>
        Array.from({ length: 32 }, (_, c) => sheet.value(r, c) ?? null),
      );
      return readResults(grid);
    };

    const preview = await operations.previewImport(files, { acceptNames: "all" });
    expect(preview.files.map((f) => [f.name, f.added, f.byName.length])).toEqual([
      ["stat.xlsx", 6, 3],
      ["stat-math.csv", 6, 0], // matched by the logins the first file wrote
    ]);
    expect(resultsRows().rows).toHaveLength(0);

    const accepted = new Set([nameKey("stat.xlsx", schools[0].name), nameKey("stat.xlsx", schools[1].name)]);
    const done = await operations.importFiles(files, { acceptNames: accepted });
    expect(done.files[0].byName.filter((m) => m.accepted)).toHaveLength(2);
    const { rows, references } = resultsRows();
    // The first file: two confirmed schools; the second then matches them by the logins written on «ОО».
    expect(rows.map((r) => `${r.subject} ${r.school}`)).toEqual([
      `Русский язык ${bookName(0)}`,
      `Русский язык ${bookName(1)}`,
      `Математика ${bookName(0)}`,
      `Математика ${bookName(1)}`,
    ]);
    expect(references).toHaveLength(6);
  });
});

describe("files the pane cannot read", () => {
  test("an .xls, an encrypted, an empty and a renamed file are refused each with its own message; the good file is previewed and imported", async () => {
    const { host, operations } = await newBook();
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)];
    const utf16 = (text: string) => Array.from(text).flatMap((ch) => [ch.charCodeAt(0), 0]);
    const files = await parsePickedFiles([
      { name: "old.xls", bytes: Uint8Array.from(ole) },
      { name: "locked.xlsx", bytes: Uint8Array.from([...ole, ...utf16("EncryptedPackage")]) },
      { name: "empty.csv", bytes: new Uint8Array(0) },
      { name: "scan.xlsx", bytes: Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x00]) },
      { name: "stat.xlsx", bytes: await xlsxOf({ Статистика: statisticsGrid(schools) }) },
    ]);
    const preview = await operations.previewImport(files, { acceptNames: "all" });
    const refusals = Object.fromEntries(preview.files.map((file) => [file.name, file.refused]));
    expect(refusals["old.xls"]).toMatch(/^Файл «old\.xls» сохранён в старом формате Excel 97–2003 \(\.xls\)/);
    for (const suite of ["в Excel — «Файл» → «Сохранить как»", "в LibreOffice Calc —", "в Р7-Офис —"])
      expect(refusals["old.xls"]).toContain(suite);
    expect(refusals["locked.xlsx"]).toMatch(/защищён паролем/);
    expect(refusals["empty.csv"]).toMatch(/пуст/);
    expect(refusals["scan.xlsx"]).toMatch(/не является книгой Excel или таблицей CSV/);
    // Four messages, each its own.
    expect(new Set(Object.values(refusals).filter(Boolean)).size).toBe(4);
    expect(refusals["stat.xlsx"]).toBeUndefined();
    expect(preview.files.find((file) => file.name === "stat.xlsx")?.added).toBe(6);
    const resultsRows = () => {
      const sheet = host.state.sheet("Результаты процедур");
      return readResults(
        Array.from({ length: 20 }, (_, r) => Array.from({ length: 32 }, (_, c) => sheet.value(r, c) ?? null)),
      ).rows;
    };
    expect(resultsRows()).toHaveLength(0);

    const done = await operations.importFiles(files, { acceptNames: "all" });
    expect(done.files.filter((file) => file.refused).map((file) => file.name)).toEqual([
      "old.xls",
      "locked.xlsx",
      "empty.csv",
      "scan.xlsx",
    ]);
    expect(resultsRows().map((row) => row.school)).toEqual([0, 1, 2].map(bookName));
  });
});

describe("the indicators fed by results are recomputed with the import", () => {
  test("blank inputs are filled at once; a value the earlier results gave is recomputed, one typed by hand kept until replace", async () => {
    const { inputs, operations, schoolSheet } = await newBook();
    const russian = await parsePickedFiles([
      { name: "ru.csv", bytes: new TextEncoder().encode(csvOf(statisticsGrid(schools))) },
    ]);
    const first = await operations.importFiles(russian, { acceptNames: "all" });
    // ASN.1.01.01: share of ВПР 4th-grade participants with «5», per school.
    const fives = (i: number, subjects: number) => subjects * marksOf(i, 20 + i)[3];
    expect(inputs().get(at("ASN.1.01.01", "num", 0))).toBe(fives(0, 1));
    expect(inputs().get(at("ASN.1.01.01", "den", 0))).toBe(20);
    expect(inputs().get(at("ASN.1.01.01", "den", 2))).toBe(22);
    expect(first.indicatorsRecomputed).toBeGreaterThan(0);
    expect(first.notices.join(" ")).toMatch(/пересчитаны вместе с загрузкой/);

    // A methodologist corrects one school's numerator by hand; then the mathematics file comes.
    const header = (() => {
      for (let r = 0; r < 10; r++) for (let c = 0; c < 40; c++) if (schoolSheet.value(r, c) === "Код") return r;
      return -1;
    })();
    let typedRow = -1;
    let numCol = -1;
    for (let c = 0; c < 40; c++) if (schoolSheet.value(header, c) === "Числитель 2025/2026") numCol = c;
    for (let r = header + 1; r < header + 2000; r++)
      if (schoolSheet.value(r, 0) === "ASN.1.01.01" && schoolSheet.value(r, 3) === bookName(1)) typedRow = r;
    expect([typedRow, numCol].every((n) => n > 0)).toBe(true);
    schoolSheet.write(typedRow, numCol, 7);

    const math = await parsePickedFiles([
      { name: "ma.csv", bytes: new TextEncoder().encode(csvOf(statisticsGrid(schools, "Математика", 4))) },
    ]);
    const preview = await operations.previewImport(math, { acceptNames: "all" });
    expect(preview.indicatorsKept).toBe(1);
    expect(preview.notices.join(" ")).toMatch(/введённые вручную, оставлены/);
    await operations.importFiles(math, { acceptNames: "all" });
    expect(inputs().get(at("ASN.1.01.01", "num", 0))).toBe(fives(0, 2));
    expect(inputs().get(at("ASN.1.01.01", "den", 0))).toBe(40);
    expect(inputs().get(at("ASN.1.01.01", "num", 1))).toBe(7);
    expect(inputs().get(at("ASN.1.01.01", "den", 1))).toBe(42);

    // Importing again changes nothing; with «replace» the hand-typed value gives way.
    const again = await operations.previewImport(math, { acceptNames: "all" });
    expect(again.indicatorsRecomputed).toBe(0);
    await operations.importFiles(math, { acceptNames: "all", replace: true });
    expect(inputs().get(at("ASN.1.01.01", "num", 1))).toBe(fives(1, 2));
  });

  test("the ФИОКО list goes to «Список ФИОКО», a row per school and period, and feeds the share of listed schools", async () => {
    const { gridOf, host, inputs, operations } = await newBook();
    const list = await parsePickedFiles([
      { name: "fioko.csv", bytes: new TextEncoder().encode(csvOf(nonObjectivityGrid(schools))) },
    ]);
    const preview = await operations.previewImport(list, { acceptNames: "all" });
    expect(preview.files[0]).toMatchObject({
      layout: "nonObjectivity",
      listPeriods: ["2024/2025"],
      otherMunicipality: 1,
    });
    expect(host.state.findSheet("Список ФИОКО")).toBeUndefined();

    const done = await operations.importFiles(list, { acceptNames: "all" });
    expect(done.files[0].refused).toBeUndefined();
    const { rows, problems } = readFiokoList(gridOf("Список ФИОКО"));
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.period, r.school, r.listed, r.works ?? ""])).toEqual([
      ["2024/2025", bookName(0), true, "4 РУ, 5 РУ"],
      ["2024/2025", bookName(1), false, ""],
      ["2024/2025", bookName(2), false, ""],
    ]);
    // ASN.1.06.02, «Доля ОО, вошедших в список ОО с признаками необъективности …»: a flag per school.
    const flags = [0, 1, 2].map((i) => inputs().get(at("ASN.1.06.02", "val", i, "2024/2025")));
    expect(flags).toEqual(["да", "нет", "нет"]);
    expect(inputs().has(at("ASN.1.06.02", "val", 0, "2025/2026"))).toBe(false);
    // «Содержание» names the new sheet.
    expect(gridOf("Содержание").flat()).toContain("Список ФИОКО");

    const again = await operations.importFiles(list, { acceptNames: "all" });
    expect(again.files[0]).toMatchObject({ added: 0, completed: 0, unchanged: 3 });
    expect(readFiokoList(gridOf("Список ФИОКО")).rows).toHaveLength(3);

    // «Создать листы» again keeps the sheet and what it fed.
    await layOut(host);
    expect(
      readFiokoList(gridOf("Список ФИОКО"))
        .rows.filter((r) => r.listed)
        .map((r) => r.school),
    ).toEqual([bookName(0)]);
    expect([0, 1, 2].map((i) => inputs().get(at("ASN.1.06.02", "val", i, "2024/2025")))).toEqual(["да", "нет", "нет"]);
  });

  test("the regional ЕГЭ statistics of a year the book lacks: offered, then with «add periods» the book is laid out again", async () => {
    const { gridOf, schoolSheet, operations } = await newBook();
    const files = await parsePickedFiles([
      { name: "ege-2023.csv", bytes: new TextEncoder().encode(csvOf(regionalGrid(schools))) },
    ]);
    const preview = await operations.previewImport(files, { acceptNames: "all" });
    expect(preview.files[0].missingPeriods).toEqual(["2022/2023"]);
    expect(preview.files[0].refused).toMatch(/нет периода «2022\/2023»/);

    const done = await operations.importFiles(files, { acceptNames: "all", addPeriods: true });
    expect(done.addedPeriods).toEqual(["2022/2023"]);
    expect(done.files.every((f) => !f.refused)).toBe(true);
    const { rows } = readResults(gridOf("Результаты процедур"));
    const ege = (period: string) => rows.filter((r) => r.procedure === "ЕГЭ" && r.period === period);
    expect(ege("2022/2023")).toHaveLength(6);
    expect(ege("2022/2023")[0].sourceBands?.highLabel).toBe("80–99");
    // The book now runs from 2022/2023: the school sheets have its columns.
    expect(gridOf("Содержание").flat().join(" ")).toMatch(/2022\/2023/);
    expect(gridOf(schoolSheet.name)[3]).toContain("Числитель 2022/2023");
  });
});
