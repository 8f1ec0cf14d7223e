import * as ExcelJS from "exceljs";
import type { DocParagraph, DocTable, ReportDocument } from "../../src/core/analysis/document";
import { planStoredAnalysis } from "../../src/core/analysis/planAnalysis";
import { storedReportDocument } from "../../src/core/analysis/reportDocument";
import { demoRequest } from "../../src/core/demo/demoData";
import { guessKind } from "../../src/core/workbook/organisations";
import { buildIntoWorkbook, existingSheets } from "../../src/xlsx/buildFile";
import { bodyText, demoReport, documentText } from "./reportFixture";

/**
 * The справка a head of the управление signs, read as a whole: the demo's and an empty book's.
 * The demo is built once; every assertion reads the same document.
 */

const demo = demoReport();
const { document, report } = demo;
const text = documentText(document);

const paragraphs = (doc: ReportDocument, id: string) =>
  doc.sections
    .filter((section) => section.id === id)
    .flatMap((section) => section.blocks.filter((block): block is DocParagraph => block.kind === "paragraph"));
const tables = (doc: ReportDocument, id: string) =>
  doc.sections
    .filter((section) => section.id === id)
    .flatMap((section) => section.blocks.filter((block): block is DocTable => block.kind === "table"));

describe("the demo's справка", () => {
  test("follows the order a head reads: summary, procedures, systems in cycle order, recommendations, decisions, effect, appendix", () => {
    const ids = document.sections.map((section) => section.id);
    const systems = report.systems.map((system) => `system:${system.system.code}`);
    expect(ids).toEqual([
      "summary",
      "procedures",
      "systems",
      ...systems,
      "recommendations",
      "decisions",
      "effect",
      "appendix",
    ]);
    const numbered = document.sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.kind === "heading" && block.level === 1 ? [block] : [])),
    );
    expect(numbered.map((heading) => `${heading.number ?? ""} ${heading.text}`.trim())).toEqual([
      "1 Основные выводы",
      "2 Результаты оценочных процедур",
      "3 Результаты по системам МСОКО",
      "4 Адресные рекомендации",
      "5 Управленческие решения",
      "6 Оценка эффективности принятых мер",
      "Приложение. Значения показателей по системам",
    ]);
    expect(document.title).toMatchObject({
      municipality: "Энский муниципальный район",
      period: "2024/2025 учебный год",
      date: "15\u00a0сентября\u00a02025\u00a0г.",
      preparedBy: "методист ИМЦ",
    });
  });

  test("the summary fits a page: 5–7 ranked changes, the schools needing attention and why, proposals", () => {
    const summary = document.sections[0];
    const headings = summary.blocks.flatMap((block) => (block.kind === "heading" ? [block.text] : []));
    expect(headings).toEqual([
      "Основные выводы",
      "Наиболее значимые изменения",
      "Школы, требующие внимания",
      "Объективность результатов",
      "Предлагаемые решения",
    ]);
    const start = summary.blocks.findIndex(
      (block) => block.kind === "heading" && block.text === "Наиболее значимые изменения",
    );
    const changes = summary.blocks.slice(start + 1).filter((block) => block.kind === "paragraph");
    const bullets = changes.slice(
      0,
      changes.findIndex((block) => block.kind !== "paragraph" || block.style !== "bullet"),
    );
    expect(bullets.length).toBeGreaterThanOrEqual(5);
    expect(bullets.length).toBeLessThanOrEqual(7);
    // The biggest changes of the demo are pulled out, shares of organisations with their count.
    const said = bullets.map((block) => (block as DocParagraph).text).join("\n");
    expect(said).toContain("+14,3\u00a0п.п.");
    expect(said).toMatch(/\d+ из \d+\u00a0ОО \(\d+,\d\u00a0%/);
    const summaryText = documentText({ ...document, sections: [summary] });
    expect(summaryText.length).toBeLessThan(4500);
  });

  test("one list of schools needing attention, named the same everywhere; never a model at the same time", () => {
    const found = report.schools!;
    const attention = found.attention.map((item) => item.school);
    expect(attention.length).toBeGreaterThan(0);
    const summaryLines = paragraphs(document, "summary")
      .filter((block) => block.style === "bullet")
      .map((block) => block.text);
    for (const school of attention) expect(summaryLines.some((line) => line.startsWith(`${school}:`))).toBe(true);
    const procedureHeadings = document.sections
      .find((section) => section.id === "procedures")!
      .blocks.flatMap((block) => (block.kind === "heading" && block.level === 3 ? [block.text] : []));
    expect(procedureHeadings).toEqual(attention);
    const models = new Set(found.models.map((item) => item.school));
    for (const school of attention) expect(models.has(school)).toBe(false);
    // No recommendation about weak results names a model school.
    const recommendationRows = tables(document, "recommendations").flatMap((table) => table.rows);
    for (const row of recommendationRows) {
      const [, measure] = row;
      if (/обмен опытом|наставник/.test(measure.text)) continue;
      for (const school of models) expect(measure.text).not.toContain(school);
    }
  });

  test("procedure results: ВПР by subject and class, ОГЭ and ЕГЭ by subject over three periods, tables by school, small samples marked", () => {
    const procedures = report.results!.procedures.map((block) => block.procedure);
    expect(procedures).toEqual(["ВПР", "ОГЭ", "ЕГЭ"]);
    const captions = tables(document, "procedures").map((table) => table.caption ?? "");
    expect(captions.filter((caption) => caption.includes("по предметам"))).toHaveLength(3);
    expect(captions.filter((caption) => caption.includes("результаты по ОО"))).toHaveLength(3);
    const vpr = tables(document, "procedures")[0];
    expect(vpr.header[0].map((cell) => cell.text)).toEqual([
      "Предмет, класс",
      "Год",
      "Участники",
      "«2», %",
      "Качество знаний, %",
      "Успеваемость, %",
      "Средний балл",
      "«5», %",
    ]);
    expect(new Set(vpr.rows.map((row) => row[1].text))).toEqual(new Set(report.periods));
    const overview = paragraphs(document, "procedures").map((block) => block.text);
    expect(overview.some((line) => line.includes(" Наиболее высокое качество знаний — в МБОУ "))).toBe(true);
    // Small samples are marked and never named among the best or the worst.
    for (const block of report.results!.procedures) {
      const small = block.schools.filter((school) => school.smallSample).map((school) => school.school);
      for (const school of small) {
        expect(block.best).not.toContain(school);
        expect(block.worst).not.toContain(school);
      }
    }
  });

  test("recommendations a head would sign: tied to a finding, addressed, dated, with a responsible party; no template twice", () => {
    const rows = tables(document, "recommendations").flatMap((table) => table.rows);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThanOrEqual(25);
    for (const [, measure, basis, deadline, responsible] of rows) {
      expect(measure.text).toMatch(/^[А-ЯЁ]/);
      expect(basis.text.length).toBeGreaterThan(20);
      expect(deadline.text).toMatch(
        /^До \d{1,2}\u00a0(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\u00a020(25|26)\u00a0г\.$/,
      );
      expect(responsible.text.length).toBeGreaterThan(2);
    }
    const measures = rows.map((row) => row[1].text);
    expect(new Set(measures).size).toBe(measures.length);
    // Kindergartens are never addressed about exams or olympiads.
    const kindergartens = demoRequest().schools.filter((school) => guessKind(school) === "preschool");
    for (const measure of measures.filter((item) => /ЕГЭ|ОГЭ|ВПР|ГИА|олимпиад/i.test(item))) {
      for (const school of kindergartens) expect(measure).not.toContain(school);
    }
    // The register receives the same proposals, marked «предложено»; none counts as a decision yet.
    const register = demo.plan.sheets.find((sheet) => sheet.role === "decisions")!;
    const statuses = register.blocks[0].cells.flatMap((row) => (row[6] === "предложено" ? [row] : []));
    expect(statuses).toHaveLength(rows.length);
    expect(report.assessments.filter((item) => item.decision.period === report.period)).toHaveLength(0);
  });

  test("Russian a methodologist would sign: none of the forbidden patterns anywhere in the справка", () => {
    const forbidden: readonly [RegExp, string][] = [
      [/\(-\d|\s-\d|^-\d/m, "a hyphen instead of the minus"],
      [/\([+\u2212]?0\s?%\)|\([+\u2212]?0,0\s?п\.п\.\)/, "a zero change in brackets"],
      [/с ([\d\s\u00a0,]+(?:\u00a0%)?) до \1(?![\d,])/, "«с X до X» between equal values"],
      [/\d,\d+\s?баллов/, "a decimal fraction with «баллов»"],
      [/по (\d+) из \1 показател/, "«по N из N показателей»"],
      [/проверьте|перед подписью|нажмите|запустите/i, "an instruction to the user"],
      [/организовать проведение мер/i, "«организовать проведение мер»"],
      [/по улучшению и совершенствованию/i, "«по улучшению и совершенствованию»"],
      [/Решений по показателям системы в реестре нет/, "the register's old empty sentence"],
      [/ {2}|\s[,.;:](?!\d)|,:|\.\.(?!\.)/, "broken punctuation"],
      [/\b0\u00a0(школ|ОО|показател)/, "«0 школ»"],
      [/undefined|NaN|\[object/, "a program's word"],
      [
        /,\s+(?:\S+\s+){0,2}котор[^,.]*\s(?:вырос|снизил|составил|не изменил)|,\s+\S+(?:вших|щих)\s[^,.()«]*\s(?:вырос|снизил|составил|не изменил)/,
        "a participial or «в отношении которых» clause left open before its verb",
      ],
    ];
    for (const [pattern, what] of forbidden) {
      const hit = pattern.exec(text);
      expect(hit ? `${what}: …${text.slice(Math.max(0, hit.index - 60), hit.index + 60)}…` : "").toBe("");
    }
  });

  // About 2 800 characters a page: 62 000 keep the body within the 15–25 pages the design asks for.
  test("the body, summary to decisions without the appendix, stays under 62 000 characters", () => {
    const body = bodyText(document).length;
    expect(body).toBeLessThan(62_000);
    expect(body).toBeGreaterThan(20_000);
  });

  test("the «Анализ» sheet prints: area over the report, a break before each section that starts a page, the heading line repeated", () => {
    const sheet = demo.plan.sheets[0];
    const cells = sheet.blocks[0].cells;
    expect(sheet.print.area).toEqual({ row: 0, col: 0, rows: cells.length, cols: 11 });
    expect(sheet.print.titleRows).toEqual({ row: 0, rows: 1 });
    expect(sheet.print.rowBreaks).toHaveLength(document.sections.filter((section) => section.pageBreakBefore).length);
    for (const row of sheet.print.rowBreaks ?? []) {
      expect(String(cells[row + 1]?.[0] ?? cells[row]?.[0] ?? "")).toMatch(/^(\d+\. |Приложение)/);
    }
    // Nothing is written outside the print area, and every chart's data stands labelled inside it.
    expect(Math.max(...cells.map((row) => row.length))).toBeLessThanOrEqual(11);
    for (const chart of sheet.charts ?? []) {
      const label = cells[chart.data.row + 1][chart.data.col - 1];
      expect(typeof label === "string" && label.length > 3).toBe(true);
    }
    // Landscape A4 at full size: the grid is no wider than the printable width, so no text shrinks below 9 pt.
    const width = sheet.columnWidths.reduce((sum, w) => sum + w, 0);
    expect(width).toBeLessThanOrEqual(130);
    expect(sheet.print.landscape).toBe(true);
  });
});

describe("an empty book's справка", () => {
  const workbook = new ExcelJS.Workbook();
  buildIntoWorkbook(workbook, { ...demoRequest(), data: undefined, results: undefined, medallists: undefined });
  const empty = storedReportDocument(existingSheets(workbook), undefined, { date: { year: 2025, month: 9, day: 1 } });

  test("says that data are missing and recommends nothing", () => {
    const summary = paragraphs(empty.document, "summary").map((block) => block.text);
    expect(summary).toEqual([expect.stringMatching(/^Данных для анализа нет/)]);
    expect(tables(empty.document, "recommendations")).toEqual([]);
    expect(paragraphs(empty.document, "recommendations").map((block) => block.text)).toEqual(summary);
    const plan = planStoredAnalysis(existingSheets(workbook));
    const register = plan.plan.sheets.find((sheet) => sheet.role === "decisions")!;
    expect(
      register.blocks[0].cells.flat().filter((cell) => typeof cell === "string" && cell.length > 30),
    ).not.toContain(expect.stringMatching(/^[А-Я].*\.$/));
  });

  test("defaults to the latest period and lists the periods when asked for one the book lacks", () => {
    expect(empty.period).toBe("2024/2025");
    expect(() => storedReportDocument(existingSheets(workbook), "2019/2020")).toThrow(
      "Периода 2019/2020 в книге нет. Есть: 2022/2023, 2023/2024, 2024/2025.",
    );
  });
});
