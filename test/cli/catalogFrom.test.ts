import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { findFramework, indicatorsOf } from "../../src/core/catalog";
import { storedBuild } from "../../src/core/sheets/storedCatalog";
import { existingSheets } from "../../src/xlsx/buildFile";
import { appendixDocx } from "../library/appendixFiles";
import { runCli } from "./run";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-catalog-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const file = (name: string) => path.join(dir, name);

async function storedOf(book: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(book);
  return storedBuild(existingSheets(workbook));
}

describe("msoko catalog --from a Word Положение, then msoko build --catalog", () => {
  test("the Асино appendix becomes a book of 8 systems and 161 indicators", async () => {
    const asino = findFramework("asino")!;
    fs.writeFileSync(
      file("положение.docx"),
      await appendixDocx(asino, { criterionColumn: true, numbered: false, unit: "verbatim" }),
    );
    const read = await runCli(
      "catalog",
      "--from",
      file("положение.docx"),
      "--out",
      file("каталог.xlsx"),
      "--municipality",
      "Энский район",
    );
    expect(read.err).toBe("");
    expect(read.code).toBe(0);
    expect(read.out.replace(/\u00a0/g, " ")).toContain("8 систем, 50 критериев, 161 показатель");
    expect(read.out.replace(/\u00a0/g, " ")).toContain("«Разбор положения»");

    fs.writeFileSync(file("школы.txt"), "МБОУ «СОШ № 1»\nМБОУ «СОШ № 2»\nМБДОУ «Детский сад № 3»\n");
    const built = await runCli(
      "build",
      "--catalog",
      file("каталог.xlsx"),
      "--periods",
      "2023/2024,2024/2025",
      "--municipality",
      "Энский район",
      "--schools",
      file("школы.txt"),
      "--out",
      file("книга.xlsx"),
    );
    expect(built.err).toBe("");
    expect(built.code).toBe(0);
    const stored = await storedOf(file("книга.xlsx"));
    expect(stored.settings.framework).toBe("own");
    expect(indicatorsOf(stored.framework).map((i) => i.name)).toEqual(indicatorsOf(asino).map((i) => i.name));
    expect(stored.notices).toEqual([]);
  });
});

describe("msoko catalog --new: the library to pick from", () => {
  test("rows marked «да» become the catalog, with one's own wording beside the document's", async () => {
    const made = await runCli("catalog", "--new", "--out", file("библиотека.xlsx"));
    expect(made.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file("библиотека.xlsx"));
    const sheet = workbook.getWorksheet("Библиотека показателей")!;
    const header = sheet.getRow(4);
    expect(header.getCell(1).value).toBe("Взять");
    const picked = [5, 6, 40];
    for (const r of picked) sheet.getRow(r).getCell(1).value = "да";
    const verbatim = String(sheet.getRow(6).getCell(4).value);
    sheet.getRow(6).getCell(5).value = "Доля выпускников с высокими результатами (своя формулировка)";
    await workbook.xlsx.writeFile(file("выбор.xlsx"));

    const read = await runCli("catalog", "--from", file("выбор.xlsx"), "--out", file("свой.xlsx"));
    expect(read.err).toBe("");
    expect(read.out.replace(/\u00a0/g, " ")).toContain("3 показателя");
    const catalog = new ExcelJS.Workbook();
    await catalog.xlsx.readFile(file("свой.xlsx"));
    const { framework } = storedCatalog(catalog);
    const indicators = indicatorsOf(framework);
    expect(indicators).toHaveLength(3);
    expect(indicators[1].name).toBe(verbatim);
    expect(indicators[1].label).toBe("Доля выпускников с высокими результатами (своя формулировка)");
  });
});

describe("text pasted from Word, and files that are not a Положение", () => {
  test("a tab-separated table is read, its blank units guessed from the wording", async () => {
    const text = [
      "Таблица 1. Система оценки качества подготовки обучающихся",
      "Критерий\tПоказатель\tЕдиница измерения",
      "Достижение базового уровня\t1.1. Доля обучающихся 4 классов, достигших базового уровня\t%",
      "\tКоличество ОО, в которых все обучающиеся достигли базового уровня\t",
      "\tНаличие муниципальной программы повышения качества\t",
    ].join("\n");
    fs.writeFileSync(file("вставка.txt"), text);
    const read = await runCli("catalog", "--from", file("вставка.txt"), "--out", file("из-текста.xlsx"));
    expect(read.code).toBe(0);
    expect(read.out.replace(/\u00a0/g, " ")).toContain("1 система, 1 критерий, 3 показателя");
    expect(read.out.replace(/\u00a0/g, " ")).toContain("угадана по названию у 2 из 3");
  });

  test("an old .doc gets a Russian message on how to save it as .docx", async () => {
    fs.writeFileSync(file("старый.doc"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    const read = await runCli("catalog", "--from", file("старый.doc"), "--out", file("x.xlsx"));
    expect(read.code).toBe(2);
    expect(read.err).toContain("сохраните как «Документ Word (.docx)»");
  });

  test("a Word file without an indicator table says what table is looked for, and writes nothing", async () => {
    const { Document, Packer, Paragraph } = await import("docx");
    fs.writeFileSync(
      file("письмо.docx"),
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("Письмо")] }] })),
    );
    const read = await runCli("catalog", "--from", file("письмо.docx"), "--out", file("пусто.xlsx"));
    expect(read.code).toBe(1);
    expect(read.err).toContain("столбцом «Показатель»");
    expect(fs.existsSync(file("пусто.xlsx"))).toBe(false);
  });
});

function storedCatalog(workbook: ExcelJS.Workbook) {
  const existing = existingSheets(workbook);
  const { workbookCatalog } = jest.requireActual(
    "../../src/core/sheets/storedCatalog",
  ) as typeof import("../../src/core/sheets/storedCatalog");
  return workbookCatalog(existing, findFramework("own")!);
}
