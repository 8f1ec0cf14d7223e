import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import type {
  DocBlock,
  DocHeading,
  DocParagraph,
  DocTable,
  ReportDocument,
} from "../../src/core/features/analysis/document";
import { storedReportDocument } from "../../src/core/features/analysis/reportDocument";
import { DEFAULT_WORD_LAYOUT } from "../../src/core/base/model/wordLayout";
import { existingSheets } from "../../src/xlsx/buildFile";
import { readSheetGrid } from "../../src/xlsx/readWorkbook";
import { loadWorkbook } from "../../src/xlsx/loadFile";
import { runCli } from "../cli/run";
import { docxToPdf, pageCount, pageTexts, words } from "./writerPdf";

/**
 * The demo's справка as the управление receives it: `msoko report` on the demo book, converted to PDF by
 * LibreOffice Writer once, then read page by page.
 */

const flat = (text: string) =>
  text
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ")
    .trim();
const numberOf = (text: string) =>
  Number(
    text
      .replace(/[\s\u00a0]/g, "")
      .replace("\u2212", "-")
      .replace(",", "."),
  );
const xmlEscape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const headingText = (block: DocBlock) =>
  block.kind === "heading" ? flat(block.number ? `${block.number}. ${block.text}` : block.text) : "";

/**
 * Whether Writer sets the text in Times New Roman or a font of the same widths (Liberation Serif, Tinos). Without
 * one (a bare machine has only DejaVu Serif, about a sixth wider) the page count says nothing about Word's.
 */
function faithfulFont(): boolean {
  const match = spawnSync("fc-match", [DEFAULT_WORD_LAYOUT.font], { encoding: "utf8" }).stdout ?? "";
  return /Times|Liberation Serif|Tinos/i.test(match);
}

describe("the demo's справка in Word, laid out by LibreOffice Writer", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-report-"));
  const book = path.join(dir, "demo.xlsx");
  const docx = path.join(dir, "Справка.docx");
  let cli: Awaited<ReturnType<typeof runCli>>;
  let model: ReportDocument;
  let analysis: (string | number | boolean | null)[][];
  let documentXml: string;
  let pages: string[];
  let pdf: string;

  beforeAll(async () => {
    expect((await runCli("demo", "--out", book)).code).toBe(0);
    cli = await runCli("report", book, "--out", docx);
    const workbook = await loadWorkbook(book);
    model = storedReportDocument(existingSheets(workbook)).document;
    analysis = readSheetGrid(workbook.getWorksheet("Анализ 2024-2025")!);
    documentXml = await (await JSZip.loadAsync(fs.readFileSync(docx))).file("word/document.xml")!.async("string");
    pdf = await docxToPdf(docx);
    pages = pageTexts(pdf).map(flat);
  }, 300_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("msoko report takes the latest period and says what it wrote and how it is laid out", () => {
    expect(cli).toMatchObject({ code: 0, err: "" });
    expect(cli.out.split("\n").slice(0, 3)).toEqual([
      "Период не указан: взят последний период книги, 2024/2025.",
      `Справка за 2024/2025 учебный год записана в файл ${docx}.`,
      "Оформление: Times New Roman, 14 пт (в таблицах 12 пт); изменить можно на листе «Пороги результатов».",
    ]);
    expect(pageCount(pdf)).toBe(pages.length);
  });

  test("another period on request; a period the book lacks and a wrong --out are explained in Russian", async () => {
    const earlier = path.join(dir, "earlier.docx");
    const run = await runCli("report", book, "--period", "2023-2024", "--out", earlier);
    expect(run).toMatchObject({ code: 0, err: "" });
    expect(run.out.split("\n")[0]).toBe(`Справка за 2023/2024 учебный год записана в файл ${earlier}.`);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(earlier))).file("word/document.xml")!.async("string");
    expect(xml).toContain("2023/2024 учебный год");
    expect(fs.readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);

    expect(await runCli("report", book, "--period", "2030/2031", "--out", earlier)).toMatchObject({
      code: 1,
      err: "Периода 2030/2031 в книге нет. Есть: 2022/2023, 2023/2024, 2024/2025.",
    });
    expect(await runCli("report", book)).toMatchObject({
      code: 2,
      err: "Укажите, куда записать справку: --out СПРАВКА.docx",
    });
    expect((await runCli("report", book, "--out", path.join(dir, "x.pdf"))).err).toMatch(/оканчиваться на \.docx/);
    expect(fs.existsSync(path.join(dir, "x.pdf"))).toBe(false);
  });

  test("the title block and the summary open the document; procedures and every system follow", () => {
    expect(pages[0]).toContain(flat(model.title.authority));
    expect(pages[0]).toContain(flat(model.title.period));
    const summary = model.sections.find((section) => section.id === "summary")!;
    expect(pages[0]).toContain(headingText(summary.blocks[0]));
    const headings = model.sections
      .filter((section) => section.id === "procedures" || section.id.startsWith("system"))
      .flatMap((section) => section.blocks.filter((block) => block.kind === "heading" && block.level <= 2))
      .map(headingText);
    expect(headings.length).toBeGreaterThan(8);
    const text = pages.join(" ");
    for (const heading of headings) expect(text).toContain(heading);
  });

  test("pages are numbered in the footer from the second page on", () => {
    pages.slice(1).forEach((page, i) => expect(page.endsWith(` ${i + 2}`)).toBe(true));
    expect(pages[0]).not.toMatch(/ 1$/);
  });

  test("a table running over several pages repeats its header row on each", () => {
    // The appendix tables' headers carry «Тенденция», which nothing else in the справка does.
    const first = pages.findIndex((page) => page.includes("Таблица П.1."));
    expect(first).toBeGreaterThan(0);
    const appendixPages = pages.slice(first);
    expect(appendixPages.length).toBeGreaterThan(1);
    for (const page of appendixPages) {
      expect(page).toMatch(/Тенден/);
      expect(page).toMatch(/Статус/);
    }
  });

  test("nothing is set under 10 pt", () => {
    const sizes = [...documentXml.matchAll(/<w:sz(?:Cs)? w:val="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(20);
    const all = words(pdf);
    const heading = all.find((word) => word.text === "Основные")!;
    const factor = (heading.yMax - heading.yMin) / DEFAULT_WORD_LAYOUT.bodySize;
    expect(Math.min(...all.map((word) => (word.yMax - word.yMin) / factor))).toBeGreaterThanOrEqual(9.95);
  });

  test("indicator values equal those of the «Анализ» sheet, in the Word file and on its pages", () => {
    const appendix = model.sections.find((section) => section.id === "appendix")!;
    const at = appendix.blocks.findIndex((block) => block.kind === "table");
    const table = appendix.blocks[at] as DocTable;
    const title = flat(table.caption ?? (appendix.blocks[at - 1] as DocHeading).text);
    const rows = table.rows.filter((row) => row.slice(2, 5).every((cell) => cell.value !== undefined)).slice(0, 5);
    expect(rows.length).toBe(5);
    const cellText = (value: unknown) => flat(String(value ?? ""));
    const start = analysis.findIndex((line) => cellText(line[0]).endsWith(title));
    expect(start).toBeGreaterThan(0);
    const header = analysis[start + 1].map(cellText);
    const periodColumns = ["2022/2023", "2023/2024", "2024/2025"].map((period) => header.indexOf(period));
    expect(periodColumns.every((col) => col > 0)).toBe(true);
    for (const row of rows) {
      const label = row[0].text;
      const sheetRow = analysis.slice(start).find((line) => cellText(line[0]) === flat(label))!;
      const docRow = (documentXml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [])
        .filter((tr) => tr.includes(`>${xmlEscape(label)}<`))
        .at(-1)!;
      const cellTexts = [...docRow.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) =>
        [...tc[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
      );
      const shown = cellTexts.slice(2, 5);
      shown.forEach((text, i) => expect(numberOf(text)).toBeCloseTo(Number(sheetRow[periodColumns[i]]), 1));
      expect(pages.join(" ")).toContain(flat(shown.join(" ")));
    }
  });

  const lengthTest = faithfulFont() ? test : test.skip;
  const bodyPages = () => {
    // The appendix (every indicator's full table) follows the body, as issue 16 lays the справка out.
    const appendix = model.sections.find((section) => section.id === "appendix")!;
    return pages.findIndex((page) => page.includes(headingText(appendix.blocks[0])));
  };

  lengthTest("the summary within the first two pages, the body at least 8 (Times New Roman widths)", () => {
    expect(bodyPages()).toBeGreaterThanOrEqual(8);
    const procedures = model.sections.find((section) => section.id === "procedures")!;
    const next = pages.findIndex((page) => page.includes(headingText(procedures.blocks[0])));
    expect(next).toBeLessThanOrEqual(2);
  });

  lengthTest("the body, summary to decisions, fits 15–25 pages", () => {
    expect(bodyPages()).toBeGreaterThanOrEqual(15);
    expect(bodyPages()).toBeLessThanOrEqual(25);
  });

  test("the procedure results stand beside the region's and Russia's, in the Word file and on the «Анализ» sheet", () => {
    const procedures = model.sections.find((section) => section.id === "procedures")!;
    const compared = procedures.blocks.filter(
      (block): block is DocTable => block.kind === "table" && (block.caption ?? "").includes("регион и Россия"),
    );
    expect(compared).toHaveLength(3);
    const sheetText = analysis.map((line) => line.map((value) => flat(String(value ?? ""))).join(" ")).join("\n");
    const text = pages.join(" ");
    for (const table of compared) {
      expect(text).toContain(flat(table.caption!));
      expect(sheetText).toContain(flat(table.caption!));
      const [first] = table.rows;
      // The municipality's, the region's and Russia's figures of the first work, in this order, on both.
      const figures = flat(
        first
          .slice(1, 4)
          .map((cell) => cell.text)
          .join(" "),
      );
      expect(text).toContain(figures);
      const sheetRow = analysis.find(
        (line) =>
          flat(String(line[0] ?? "")) === flat(first[0].text) &&
          line.some((v) => typeof v === "number" && Math.abs(v - first[2].value!) < 1e-9),
      )!;
      expect(sheetRow).toBeDefined();
    }
    const sentence = procedures.blocks.find(
      (block): block is DocParagraph => block.kind === "paragraph" && block.text.includes("по региону"),
    )!;
    expect(text).toContain(flat(sentence.text).slice(0, 60));
    expect(sheetText).toContain(flat(sentence.text));
  });
});
