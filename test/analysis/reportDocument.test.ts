import * as ExcelJS from "exceljs";
import type { DocParagraph, DocTable, ReportDocument } from "../../src/core/features/analysis/document";
import { opensChapter } from "../../src/core/features/analysis/analysisSheetPlan";
import { planStoredAnalysis } from "../../src/core/operations/analyse";
import { storedReportDocument } from "../../src/core/features/analysis/reportDocument";
import { demoRequest } from "../../src/core/features/demo/demoData";
import { guessKind } from "../../src/core/workbook/organisations";
import JSZip from "jszip";
import { wordReportFile } from "../../src/docx/wordReportFile";
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
    // A list of numbers is a table: what changed, before, after, the change and whether it is for the better.
    const changes = summary.blocks[start + 1] as DocTable;
    expect(changes.kind).toBe("table");
    expect(changes.header[0].map((cell) => cell.text)).toEqual(["Показатель", "Было", "Стало", "Изменение", "Оценка"]);
    expect(changes.rows.length).toBeGreaterThanOrEqual(5);
    expect(changes.rows.length).toBeLessThanOrEqual(7);
    // The biggest changes of the demo are pulled out, shares of organisations with their count.
    const said = changes.rows.map((row) => row.map((cell) => cell.text).join(" | ")).join("\n");
    expect(said).toContain("+14,3\u00a0п.п.");
    expect(said).toMatch(/\d+ из \d+\u00a0ОО \(\d+,\d\u00a0%/);
    for (const row of changes.rows) expect(["улучшение", "ухудшение", "изменение"]).toContain(row[4].text);
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
    // The procedures section gives the same schools, one row each, every reason on a line of its own.
    const procedures = document.sections.find((section) => section.id === "procedures")!.blocks;
    const at = procedures.findIndex((block) => block.kind === "heading" && block.text === "Школы, требующие внимания");
    // The definition first, then the table.
    expect((procedures[at + 1] as DocParagraph).text).toMatch(/^Это ОО, где /);
    const listed = procedures[at + 2] as DocTable;
    expect(listed.rows.map((row) => row[0].text)).toEqual(attention);
    found.attention.forEach((item, i) =>
      expect(listed.rows[i][1].text.split("\n").length).toBeGreaterThanOrEqual(item.reasons.length),
    );
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

  test("procedure results: ВПР by subject and class, ОГЭ and ЕГЭ by subject over three periods, top and bottom schools, small samples marked", () => {
    const procedures = report.results!.procedures.map((block) => block.procedure);
    expect(procedures).toEqual(["ВПР", "ОГЭ", "ЕГЭ"]);
    const all = tables(document, "procedures");
    const captions = all.map((table) => table.caption ?? "");
    expect(captions.filter((caption) => caption.includes("по предметам"))).toHaveLength(3);
    const vpr = all[0];
    expect(vpr.header.map((row) => row.map((cell) => cell.text.replace("\n", "")))).toEqual([
      ["Предмет, класс", "Качество знаний, %", "2024/2025"],
      ["", ...report.periods, "Участники", "«2», %", "«5», %", "Средний балл"],
    ]);
    // One row per subject and class, the quality of each period in its column.
    expect(vpr.rows.map((row) => row[0].text)).toContain("Математика, 4\u00a0кл.");
    const block = report.results!.procedures[0];
    const line = block.lines.find((item) => item.subject === "Математика" && item.grade === "4")!;
    const row = vpr.rows.find((item) => item[0].text === "Математика, 4\u00a0кл.")!;
    line.municipal.forEach((figures, i) => expect(row[1 + i].value).toBeCloseTo(figures!.quality!, 6));
    // Schools: the best and the worst by name in the text, with their figures in a table, the municipality last.
    const overview = paragraphs(document, "procedures").map((block) => block.text);
    expect(overview.some((line) => line.includes(" Наиболее высокое качество знаний — в МБОУ "))).toBe(true);
    const schools = all.filter((table) => (table.caption ?? "").includes("наиболее высокими"));
    expect(schools).toHaveLength(3);
    for (const [i, table] of schools.entries()) {
      const names = table.rows.map((row) => row[0].text);
      const { best, worst } = report.results!.procedures[i];
      expect(names).toEqual([
        "Наиболее высокие результаты",
        ...best,
        "Наиболее низкие результаты",
        ...worst,
        "Муниципалитет, все ОО",
      ]);
    }
    // Small samples are marked and never named among the best or the worst.
    for (const block of report.results!.procedures) {
      const small = block.schools.filter((school) => school.smallSample).map((school) => school.school);
      for (const school of small) {
        expect(block.best).not.toContain(school);
        expect(block.worst).not.toContain(school);
      }
    }
  });

  test("procedure results beside the region and Russia: a table for each procedure and the works notably off the region named", () => {
    const all = tables(document, "procedures");
    const compared = all.filter((table) => (table.caption ?? "").includes("муниципалитет, регион и Россия"));
    expect(compared.map((table) => table.caption)).toEqual([
      "ВПР, 2024/2025: муниципалитет, регион и Россия",
      "ОГЭ, 2024/2025: муниципалитет, регион и Россия",
      "ЕГЭ, 2024/2025: муниципалитет, регион и Россия",
    ]);
    expect(compared[0].header[0].map((cell) => cell.text)).toEqual([
      "Предмет, класс",
      "Качество знаний, %",
      "Успеваемость, %",
      "Средний балл",
    ]);
    expect(compared[0].header[1].slice(1, 4).map((cell) => cell.text)).toEqual(["МО", "регион", "РФ"]);
    // The region's column holds the region's own figures, not the municipality's.
    const block = report.results!.procedures[0];
    const last = report.periods.length - 1;
    block.lines.forEach((line, i) => {
      const row = compared[0].rows[i];
      expect(row[1].value).toBeCloseTo(line.municipal[last]!.quality!, 6);
      expect(row[2].value).toBeCloseTo(line.region![last]!.quality!, 6);
      expect(row[3].value).toBeCloseTo(line.russia![last]!.quality!, 6);
    });
    // The text names the works where the municipality stands more than 3 п.п. below or above the region.
    const below = block.lines.filter((line) => line.region![last]!.quality! - line.municipal[last]!.quality! > 3);
    expect(below.length).toBeGreaterThan(0);
    const said = paragraphs(document, "procedures").find((item) => item.text.includes("ниже регионального"))!.text;
    expect(said).toMatch(
      /^В целом качество знаний — \d+,\d\u00a0% при \d+,\d\u00a0% по региону и \d+,\d\u00a0% по России\./,
    );
    const gap = (line: (typeof below)[number]) => line.municipal[last]!.quality! - line.region![last]!.quality!;
    for (const line of [...below].sort((a, b) => gap(a) - gap(b)).slice(0, 3))
      expect(said).toContain(`${line.subject.toLowerCase()}, ${line.grade}\u00a0кл. — `);
  });

  test("recommendations a head would sign: tied to a finding, addressed, dated, with a responsible party; no template twice", () => {
    const rows = tables(document, "recommendations").flatMap((table) => table.rows);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThanOrEqual(25);
    for (const [, measure, basis, when] of rows) {
      expect(measure.text).toMatch(/^[А-ЯЁ]/);
      expect(basis.text.length).toBeGreaterThan(10);
      const [deadline, responsible] = when.text.split("\n");
      expect(deadline).toMatch(
        /^До \d{1,2}\u00a0(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) 20(25|26)\u00a0г\.$/,
      );
      expect(responsible).toMatch(/^[А-ЯЁ].{2,}/);
    }
    // A ground is said once; a second measure on the same finding points to the first.
    const grounds = rows.map((row) => row[2].text).filter((text) => !text.startsWith("Как в п."));
    expect(new Set(grounds).size).toBe(grounds.length);
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

  // The limit for the sheet; the Word document's page count is tested in test/docx/demoReport.test.ts.
  test("the body, summary to decisions without the appendix, stays under 60 000 characters", () => {
    const body = bodyText(document).length;
    expect(body).toBeLessThan(60_000);
    expect(body).toBeGreaterThan(20_000);
  });

  test("the «Анализ» sheet prints: area over the report, a break before each section that starts a page, the heading line repeated", () => {
    const sheet = demo.plan.sheets[0];
    const cells = sheet.blocks[0].cells;
    expect(sheet.print.area).toEqual({ row: 0, col: 0, rows: cells.length, cols: 11 });
    expect(sheet.print.titleRows).toEqual({ row: 0, rows: 1 });
    // On the sheet each numbered section and the appendix start a page.
    expect(sheet.print.rowBreaks).toHaveLength(
      document.sections.filter((section, i) => i > 0 && (section.pageBreakBefore || opensChapter(section))).length,
    );
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

describe("the official ФИС ОКО list in the справка", () => {
  const generals = demoRequest().schools.filter((school) => guessKind(school) === "school");
  const [first, , third] = generals;
  const row = (period: string, school: string, listed: boolean, works?: string) => ({
    period,
    school,
    listed,
    ...(works && { works, markers: works.split(",").length }),
    source: "список ФИОКО",
  });
  const workbook = new ExcelJS.Workbook();
  buildIntoWorkbook(workbook, {
    ...demoRequest(),
    importedFiokoList: [
      row("2023/2024", first, true, "4 РУ"),
      ...generals.slice(1).map((school) => row("2023/2024", school, false)),
      row("2024/2025", first, true, "4 РУ, 5 МА"),
      row("2024/2025", third, true, "4 МА"),
      ...generals.filter((school) => school !== first && school !== third).map((s) => row("2024/2025", s, false)),
    ],
  });
  const existing = existingSheets(workbook);
  const listed = storedReportDocument(existing, undefined, { date: { year: 2025, month: 9, day: 15 } }).document;
  const latest = `По официальному списку ФИС ОКО (ФИОКО) в 2024/2025 учебном году в список ОО с признаками необъективных результатов вошли: ${first} (4 РУ, 5 МА), ${third} (4 МА).`;

  test("the summary names the list's latest period first, then the book's own signs as its own computation", () => {
    const summary = listed.sections[0].blocks;
    const at = summary.findIndex((block) => block.kind === "heading" && block.text === "Объективность результатов");
    const [official, own] = summary.slice(at + 1, at + 3) as DocParagraph[];
    expect(official.text).toBe(latest);
    expect(own.text).toMatch(/^По собственному расчёту книги признак/);
  });

  test("the procedures section gives every period of the list and tells the book's signs apart", () => {
    const procedures = listed.sections.find((section) => section.id === "procedures")!.blocks;
    const at = procedures.findIndex((block) => block.kind === "heading" && block.text === "Объективность результатов");
    expect(procedures[at]).toMatchObject({ level: 2, number: expect.stringMatching(/^2\.\d+$/) });
    expect((procedures.slice(at + 1, at + 4) as DocParagraph[]).map((block) => block.text)).toEqual([
      `По официальному списку ФИС ОКО (ФИОКО) в 2023/2024 учебном году в список ОО с признаками необъективных результатов вошла: ${first} (4 РУ).`,
      latest,
      expect.stringMatching(/собственный расчёт книги.*не официальный список/),
    ]);
  });

  test("the «Анализ» sheet and the Word file say the same", async () => {
    const sheetTexts = planStoredAnalysis(existing).plan.sheets.flatMap((sheet) =>
      sheet.blocks.flatMap((block) => block.cells.flat()),
    );
    expect(sheetTexts).toContain(latest);
    const word = await wordReportFile(existing);
    const xml = await (await JSZip.loadAsync(word.bytes)).file("word/document.xml")!.async("string");
    const wordText = xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
    expect(wordText).toContain(latest);
  });

  test("a year where none of the municipality's schools is on the list says so", () => {
    const book = new ExcelJS.Workbook();
    buildIntoWorkbook(book, {
      ...demoRequest(),
      importedFiokoList: generals.map((school) => row("2024/2025", school, false)),
    });
    const text = documentText(storedReportDocument(existingSheets(book)).document);
    expect(text).toContain(
      "По официальному списку ФИС ОКО (ФИОКО) в 2024/2025 учебном году ни одна ОО муниципалитета в список ОО с признаками необъективных результатов не вошла.",
    );
  });

  test("a book with the list and no procedure results still names the list, with no own signs to set apart", () => {
    const book = new ExcelJS.Workbook();
    buildIntoWorkbook(book, {
      ...demoRequest(),
      results: undefined,
      medallists: undefined,
      importedFiokoList: [row("2024/2025", third, true, "4 МА")],
    });
    const doc = storedReportDocument(existingSheets(book)).document;
    const official = `По официальному списку ФИС ОКО (ФИОКО) в 2024/2025 учебном году в список ОО с признаками необъективных результатов вошла: ${third} (4 МА).`;
    expect(paragraphs(doc, "summary").map((block) => block.text)).toContain(official);
    expect(paragraphs(doc, "procedures").map((block) => block.text)).toEqual([
      "Результаты оценочных процедур (ВПР, ОГЭ, ЕГЭ) в книгу не внесены.",
      official,
    ]);
  });

  test("a book without «Список ФИОКО» says nothing of an official list and calls its own signs its own", () => {
    expect(text).not.toMatch(/официальн\S* списк/i);
    const procedures = document.sections.find((section) => section.id === "procedures")!.blocks;
    expect(procedures.some((block) => block.kind === "heading" && block.text === "Объективность результатов")).toBe(
      false,
    );
    expect(paragraphs(document, "summary").map((block) => block.text)).toContainEqual(
      expect.stringMatching(/^По собственному расчёту книги/),
    );
  });
});
