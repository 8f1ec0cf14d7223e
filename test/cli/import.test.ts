import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { readResults } from "../../src/core/sheets/resultsSheet";
import { readSchoolIds } from "../../src/core/workbook/schoolIds";
import { readSheetCells, readSheetGrid } from "../../src/xlsx/readWorkbook";
import { loadWorkbook } from "../../src/xlsx/loadFile";
import { keyOf, readInputsFromGrid } from "../../src/core/workbook/inputs";
import { readFiokoList } from "../../src/core/sheets/fiokoListSheet";
import {
  bookName,
  comparisonGrid,
  comparisonRowsGrid,
  csvOf,
  Grid,
  individualGrid,
  marksOf,
  nonObjectivityGrid,
  protocolGrid,
  regionalGrid,
  sampleSchools,
  statisticsGrid,
  xlsxOf,
} from "../helpers/importSamples";
import { runCli } from "./run";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-import-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const at = (name: string) => path.join(tmp, name);
const schools = sampleSchools(3);

/** Grids written as an .xlsx file in the temporary folder (see xlsxOf); its path. */
async function writeXlsx(name: string, sheets: Record<string, Grid>, dress?: (ws: ExcelJS.Worksheet) => void) {
  fs.writeFileSync(at(name), await xlsxOf(sheets, dress));
  return at(name);
}

const resultsOf = async (file: string) => {
  const workbook = await loadWorkbook(file);
  return readResults(readSheetCells(workbook.getWorksheet("Результаты процедур")!));
};

let book: string;
beforeAll(async () => {
  fs.writeFileSync(at("oo.txt"), [0, 1, 2].map(bookName).join("\n"));
  const built = await runCli(
    "build",
    "--framework",
    "asino",
    "--periods",
    "2024/2025,2025/2026",
    "--municipality",
    "Энский район",
    "--schools",
    at("oo.txt"),
    "--out",
    at("book.xlsx"),
  );
  expect(built.code).toBe(0);
  book = at("book.xlsx");
});

describe("msoko import", () => {
  test("imports ФИС ОКО statistics, matching schools by name and writing their logins on «ОО»; a file of a missing period is refused", async () => {
    const stat = await writeXlsx("stat.xlsx", { Статистика: statisticsGrid(schools) }, (ws) => ws.mergeCells("B2:G2"));
    const regional = await writeXlsx("ege-2023.xlsx", { "2023": regionalGrid(schools) });
    const run = await runCli("import", book, stat, regional, "--out", at("one.xlsx"));
    expect(run.code).toBe(1);
    expect(run.out).toContain("«stat.xlsx» — ФИС ОКО «Статистика по отметкам»");
    expect(run.out).toContain("ВПР · Русский язык · 4 класс · 2025/2026");
    expect(run.out).toMatch(
      /сопоставлено по названию: «МБОУ «СОШ №1 г\.Энска»» → «МОУ "Средняя общеобразовательная школа № 1 г\. Энска"»/,
    );
    expect(run.out).toContain("новых 6");
    expect(run.out).toMatch(/«ege-2023\.xlsx» — не загружен\. .*нет периода «2022\/2023».*--add-periods/);
    expect(run.out).toContain("Загружено 1 из 2\u00a0файлов.");

    const { rows, references } = await resultsOf(at("one.xlsx"));
    expect(rows.map((r) => r.school)).toEqual([0, 1, 2].map(bookName));
    expect(rows[0]).toMatchObject({
      period: "2025/2026",
      procedure: "ВПР",
      subject: "Русский язык",
      grade: "4",
      participants: 20,
    });
    expect(rows[0].source).toMatch(/Статистика по отметкам.*из процентов/);
    expect(references.map((r) => [r.level, r.school])).toEqual([
      ["russia", "Россия"],
      ["region", "Энская область"],
      ["municipality", "Энский район"],
    ]);
    const ids = readSchoolIds(readSheetGrid((await loadWorkbook(at("one.xlsx"))).getWorksheet("ОО")!));
    expect(ids.get(bookName(2))).toEqual({ login: "edu900003" });
  });

  test("importing again changes nothing; «Сравнение» completes the rows; a hand-typed value is a conflict until --replace", async () => {
    const stat = at("stat.xlsx");
    const again = await runCli("import", at("one.xlsx"), stat, "--out", at("two.xlsx"));
    expect(again.code).toBe(0);
    expect(again.out).toContain("новых 0, дополнено 0, без изменений 6");
    expect(again.out).not.toContain("сопоставлено по названию"); // matched by the login written last time
    const before = readSheetGrid((await loadWorkbook(at("one.xlsx"))).getWorksheet("Результаты процедур")!);
    const after = readSheetGrid((await loadWorkbook(at("two.xlsx"))).getWorksheet("Результаты процедур")!);
    expect(after).toEqual(before);

    const comparison = await writeXlsx("cmp.xlsx", { Сравнение: comparisonGrid(schools) }, (ws) => {
      ws.mergeCells("C7:D7");
      ws.mergeCells("E7:F7");
    });
    // The methodologist corrected a school's participants by hand.
    const edited = await loadWorkbook(at("two.xlsx"));
    const sheet = edited.getWorksheet("Результаты процедур")!;
    const grid = readSheetGrid(sheet);
    const header = grid.findIndex((row) => row.includes("Участники"));
    const peopleCol = grid[header].indexOf("Участники");
    const rowOf = grid.findIndex((row) => row[1] === bookName(1));
    sheet.getCell(rowOf + 1, peopleCol + 1).value = 25;
    await edited.xlsx.writeFile(at("edited.xlsx"));

    const completed = await runCli("import", at("edited.xlsx"), comparison, "--out", at("three.xlsx"));
    expect(completed.code).toBe(0);
    expect(completed.out).toContain("дополнено 4"); // two schools, the region and the municipality
    expect(completed.out).toMatch(/«Участники» в книге 25, в файле 21/);
    const three = await resultsOf(at("three.xlsx"));
    expect(three.rows[0].confirmation).toEqual({ lowered: 0, confirmed: 20, raised: 0 });
    expect(three.rows[0].distribution).toBeDefined(); // marks from «Статистика» kept
    expect(three.rows[1].participants).toBe(25);

    const replaced = await runCli(
      "import",
      at("edited.xlsx"),
      comparison,
      "--out",
      at("four.xlsx"),
      "--replace",
      "--json",
    );
    const json = JSON.parse(replaced.out) as { files: { replaced: number; completed: number }[]; written: string };
    expect(json.files[0]).toMatchObject({ replaced: 1, completed: 4 });
    expect((await resultsOf(at("four.xlsx"))).rows[1].participants).toBe(21);
  });

  test("the fed indicators are written with the import; the ФИОКО list goes to «Список ФИОКО» and feeds the share of listed schools", async () => {
    const inputsOf = async (file: string) => {
      const workbook = await loadWorkbook(file);
      const sheet = workbook.worksheets.find((ws) => ws.name.startsWith("1 ") && ws.name.endsWith("(ОО)"))!;
      return readInputsFromGrid(readSheetCells(sheet));
    };
    const key = (code: string, field: "num" | "den" | "val", i: number, period: string) =>
      keyOf({ code, field, period, school: bookName(i) });
    // one.xlsx: «Статистика по отметкам», ВПР 4th grade Russian; ASN.1.01.01 counts the «5».
    const one = await inputsOf(at("one.xlsx"));
    expect(one.get(key("ASN.1.01.01", "num", 2, "2025/2026"))).toBe(marksOf(2, 22)[3]);
    expect(one.get(key("ASN.1.01.01", "den", 2, "2025/2026"))).toBe(22);

    const list = await writeXlsx("fioko.xlsx", { Лист1: nonObjectivityGrid(schools) });
    const run = await runCli("import", at("one.xlsx"), list, "--out", at("listed.xlsx"));
    expect(run.code).toBe(0);
    expect(run.out).toContain("«fioko.xlsx» — список ФИОКО ОО с признаками необъективности");
    expect(run.out).toContain(`в списке ФИОКО 2025 года: «${bookName(0)}» (4 РУ, 5 РУ)`);
    expect(run.out).toContain(
      "Список ФИОКО за «2024/2025» записан на лист «Список ФИОКО»: в списке 1\u00a0школа из 3.",
    );
    const workbook = await loadWorkbook(at("listed.xlsx"));
    const { rows } = readFiokoList(readSheetCells(workbook.getWorksheet("Список ФИОКО")!));
    expect(rows.map((r) => [r.school, r.listed, r.works ?? "", r.markers ?? null])).toEqual([
      [bookName(0), true, "4 РУ, 5 РУ", 2],
      [bookName(1), false, "", null],
      [bookName(2), false, "", null],
    ]);
    const listed = await inputsOf(at("listed.xlsx"));
    expect([0, 1, 2].map((i) => listed.get(key("ASN.1.06.02", "val", i, "2024/2025")))).toEqual(["да", "нет", "нет"]);
    // What the statistics gave stays.
    expect(listed.get(key("ASN.1.01.01", "num", 2, "2025/2026"))).toBe(marksOf(2, 22)[3]);
  });

  test("«Индивидуальные результаты» and the older «Сравнение» (groups in rows) are taken per school, nothing per pupil", async () => {
    const individual = await writeXlsx("individual.xlsx", { Результаты: individualGrid(schools, 10) });
    fs.writeFileSync(at("cmp-rows.csv"), csvOf(comparisonRowsGrid(schools), ","));
    const run = await runCli("import", at("one.xlsx"), individual, at("cmp-rows.csv"), "--out", at("pupils.xlsx"));
    expect(run.code).toBe(0);
    expect(run.out).toContain("«individual.xlsx» — ФИС ОКО «Индивидуальные результаты»");
    expect(run.out).toContain("ВПР · Математика · 5 класс · 2025/2026");
    expect(run.out).toContain("«cmp-rows.csv» — ФИС ОКО «Сравнение отметок с отметками по журналу»");
    expect(run.out).toContain("ВПР · Математика · 5 класс · 2024/2025");
    const { rows } = await resultsOf(at("pupils.xlsx"));
    const math5 = (period: string) =>
      rows.filter((r) => r.subject === "Математика" && r.grade === "5" && r.period === period);
    // Ten pupils a school, one without a mark: nine participants, not a «2» more.
    expect(math5("2025/2026").map((r) => r.participants)).toEqual([9, 9, 9]);
    for (const row of math5("2025/2026")) {
      const d = row.distribution;
      expect(d?.kind === "marks" && d.n2 + d.n3 + d.n4 + d.n5).toBe(9);
      const c = row.confirmation;
      expect(c && c.lowered + c.confirmed + c.raised).toBe(9);
    }
    expect(math5("2024/2025").map((r) => r.confirmation)).toEqual(
      [0, 1, 2].map((i) => ({ lowered: 2, confirmed: 20 + i - 3, raised: 1 })),
    );
    // No pupil's code reached the book.
    const workbook = await loadWorkbook(at("pupils.xlsx"));
    const everything = workbook.worksheets.flatMap((ws) => readSheetGrid(ws).flat().map(String));
    expect(everything.filter((text) => /^10[0-2]\d\d$/.test(text))).toEqual([]);
  });

  test("--add-periods takes the regional ЕГЭ statistics: other municipalities skipped, the file's band kept, =SUM subtotals read", async () => {
    const regional = await writeXlsx(
      "ege.xlsx",
      {
        "2023": regionalGrid(schools),
        Заявления: [
          ["ОО", "Заявлений"],
          ["СОШ", 3],
        ],
      },
      (ws) => {
        if (ws.name !== "2023") return;
        ws.mergeCells("E4:I4");
        // The municipality's subtotal as a formula with its cached value.
        ws.getCell("E11").value = { formula: "SUM(E12:E14)", result: 114 };
      },
    );
    const run = await runCli("import", at("one.xlsx"), regional, "--out", at("ege-out.xlsx"), "--add-periods");
    expect(run.code).toBe(0);
    expect(run.out).toContain("других муниципалитетов пропущено: 2");
    expect(run.out).toContain("Добавлены периоды: 2022/2023.");
    expect(run.out).toContain("Лист «Заявления»: другая таблица, не результаты — пропущен.");
    const { rows, references } = await resultsOf(at("ege-out.xlsx"));
    const ege = rows.filter((r) => r.procedure === "ЕГЭ");
    expect(ege).toHaveLength(6);
    expect(ege[0]).toMatchObject({ period: "2022/2023", averageScore: 70, participants: 38 });
    expect(ege[0].sourceBands).toEqual({ belowMinimum: 0, highLabel: "80–99", high: 2, hundred: 1 });
    const municipal = references.find((r) => r.level === "municipality" && r.procedure === "ЕГЭ");
    expect(municipal?.participants).toBe(114);
  });

  test("a РЦОИ protocol matches by «Код ОО»; CSV reads the same as .xlsx", async () => {
    const workbook = await loadWorkbook(at("one.xlsx"));
    const oo = workbook.getWorksheet("ОО")!;
    const grid = readSheetGrid(oo);
    const header = grid.findIndex((row) => row.includes("Код ОО"));
    [0, 1, 2].forEach((i) => (oo.getCell(header + 2 + i, grid[header].indexOf("Код ОО") + 1).value = schools[i].code));
    await workbook.xlsx.writeFile(at("coded.xlsx"));
    fs.writeFileSync(
      at("oge.csv"),
      csvOf(protocolGrid([...schools, { name: "", login: "", code: "880001" }], "ОГЭ", 4)),
    );
    const run = await runCli("import", at("coded.xlsx"), at("oge.csv"), "--out", at("oge-out.xlsx"));
    expect(run.code).toBe(0);
    expect(run.out).toContain("ОГЭ · Обществознание · 9 класс · 2025/2026");
    expect(run.out).toMatch(/не найдены на листе «ОО» \(1\): 880001/);
    const oge = (await resultsOf(at("oge-out.xlsx"))).rows.filter((r) => r.procedure === "ОГЭ");
    expect(oge).toHaveLength(6);
    expect(oge[0].distribution).toEqual({ kind: "marks", n5: 1, n4: 1, n3: 1, n2: 1 });
  });

  test("old .xls, encrypted, empty and renamed files each get their own message; nothing is written", async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    fs.writeFileSync(at("old.xls"), ole);
    fs.writeFileSync(at("locked.xlsx"), Buffer.concat([ole, Buffer.from("EncryptedPackage", "utf16le")]));
    fs.writeFileSync(at("empty.csv"), "");
    fs.writeFileSync(at("scan.xlsx"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x00]));
    const run = await runCli(
      "import",
      book,
      at("old.xls"),
      at("locked.xlsx"),
      at("empty.csv"),
      at("scan.xlsx"),
      "--out",
      at("none.xlsx"),
    );
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/«old\.xls» — не загружен\. .*Excel 97–2003 \(\.xls\)/);
    expect(run.out).toMatch(/«locked\.xlsx» — не загружен\. .*защищён паролем.*Excel.*LibreOffice Calc/);
    expect(run.out).toMatch(/«empty\.csv» — не загружен\. .*пуст/);
    expect(run.out).toMatch(/«scan\.xlsx» — не загружен\. .*не является книгой Excel/);
    expect(run.out).toContain("Ни один файл не загружен — книга не записана.");
    expect(fs.existsSync(at("none.xlsx"))).toBe(false);
  });

  test("an .xls among good files is refused and named with the way to .xlsx in each suite; the others are imported, exit 1", async () => {
    const good = await writeXlsx("good.xlsx", { Статистика: statisticsGrid(schools) });
    // An .xlsx under a .csv name is read by its bytes; a web page under .xls is told apart from CSV.
    fs.copyFileSync(await writeXlsx("math.xlsx", { Лист1: statisticsGrid(schools, "Математика", 4) }), at("math.csv"));
    fs.writeFileSync(
      at("old.xls"),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    );
    fs.writeFileSync(
      at("export.xls"),
      '<html><head><meta charset="utf-8"></head><body><table><tr><td>Группы участников</td></tr></table></body></html>',
    );
    const args = ["import", book, good, at("old.xls"), at("math.csv"), at("export.xls")];
    const run = await runCli(...args, "--out", at("mixed.xlsx"));
    expect(run.code).toBe(1);
    expect(run.out).toContain("«good.xlsx» — ФИС ОКО «Статистика по отметкам»");
    expect(run.out).toContain("«math.csv» — ФИС ОКО «Статистика по отметкам»");
    const refusal = run.out.split("\n").find((line) => line.startsWith("«old.xls» — не загружен."));
    expect(refusal).toMatch(/Excel 97–2003 \(\.xls\)/);
    expect(refusal).toMatch(/в Excel — «Файл» → «Сохранить как» → тип файла «Книга Excel \(\*\.xlsx\)»/);
    expect(refusal).toMatch(/в LibreOffice Calc — «Файл» → «Сохранить как…» → тип файла «Excel 2007–365 \(\.xlsx\)»/);
    expect(refusal).toMatch(/в Р7-Офис — «Файл» → «Сохранить как» \(в веб-версии — «Скачать как»\) → XLSX/);
    expect(run.out).toMatch(/«export\.xls» — не загружен\. .*веб-страница \(HTML\).*Р7-Офис/);
    expect(run.out).toContain("Загружено 2 из 4\u00a0файлов.");
    expect(run.out).toContain(`Книга записана: ${at("mixed.xlsx")}.`);
    const { rows } = await resultsOf(at("mixed.xlsx"));
    expect(new Set(rows.map((r) => r.subject))).toEqual(new Set(["Русский язык", "Математика"]));

    const json = await runCli(...args, "--out", at("mixed-json.xlsx"), "--json");
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out) as { files: { name: string; refused?: string }[]; written: string | null };
    expect(report.files.map((file) => [file.name, Boolean(file.refused)])).toEqual([
      ["good.xlsx", false],
      ["old.xls", true],
      ["math.csv", false],
      ["export.xls", true],
    ]);
    expect(report.written).toBe(at("mixed-json.xlsx"));
  });

  test("usage mistakes exit 2 with a Russian message", async () => {
    const run = await runCli("import", book, "--out", at("x.xlsx"));
    expect(run.code).toBe(2);
    expect(run.err).toContain("Укажите хотя бы один файл");
  });
});
