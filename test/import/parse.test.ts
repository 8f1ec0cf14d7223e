import { countsFromPercentages } from "../../src/core/features/import/cells";
import { csvSourceFile } from "../../src/core/features/import/csv";
import { isRefused, ParsedFile, ParseOutcome } from "../../src/core/features/import/model";
import { normalise, schoolKey } from "../../src/core/features/import/normalise";
import { parseSourceFile } from "../../src/core/features/import/parse";
import { decodeText, readSourceFile } from "../../src/xlsx/sourceFile";
import {
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
} from "../helpers/importSamples";

const schools = sampleSchools(3);
const parse = (grid: Grid, name = "file.xlsx"): ParseOutcome =>
  parseSourceFile({ name, sheets: [{ name: "Лист1", rows: grid }] });
const parsed = (grid: Grid): ParsedFile => {
  const outcome = parse(grid);
  if (isRefused(outcome)) throw new Error(outcome.reason);
  return outcome;
};

describe("normalising", () => {
  it("brings header and school spellings together", () => {
    expect(normalise("  Кол-вo  учacтников ")).toBe("кол-во участников"); // Latin o, a, c
    expect(schoolKey("МБОУ «СОШ №1 г.Урус-Мартан»")).toBe(
      schoolKey('МКОУ "Средняя общеобразовательная школа № 1 г. Урус-Мартан"'),
    );
    expect(schoolKey("МБОУ «СОШ №1 г.Урус-Мартан»")).not.toBe(schoolKey("МБОУ «СОШ №11 г.Урус-Мартан»"));
    expect(schoolKey("Гимназия «Учёный»")).toBe(schoolKey("гимназия 'Ученый'"));
  });

  it("turns percentages into counts that add up (largest remainder)", () => {
    expect(countsFromPercentages([33.33, 33.33, 33.34, 0.01], 3)).toEqual([1, 1, 1, 0]);
    const counts = countsFromPercentages([4.35, 30.43, 43.48, 21.75], 23); // sums to 100,01
    expect(counts.reduce((a, b) => a + b, 0)).toBe(23);
    expect(counts).toEqual([1, 7, 10, 5]);
  });
});

describe("ФИС ОКО «Статистика по отметкам»", () => {
  const file = parsed(statisticsGrid(schools));

  it("reads the preamble and every level", () => {
    expect(file.layout).toBe("fisStatistics");
    expect(file.results.map((r) => r.level)).toEqual([
      "russia",
      "region",
      "municipality",
      "school",
      "school",
      "school",
    ]);
    const school = file.results[3];
    expect(school).toMatchObject({
      procedure: "ВПР",
      subject: "Русский язык",
      grade: "4",
      year: 2026,
      participants: 20,
    });
    expect(school.unit).toMatchObject({ login: "edu900001", name: "МБОУ «СОШ №1 г.Энска»" });
  });

  it("gets back the counts behind the percentages and says so", () => {
    schools.forEach((_, i) => {
      const [n2, n3, n4, n5] = marksOf(i, 20 + i);
      expect(file.results[3 + i].distribution).toEqual({ kind: "marks", n5, n4, n3, n2 });
      expect(file.results[3 + i].fromPercentages).toBe(true);
    });
    expect(file.notices.join(" ")).toMatch(/в процентах/);
  });
});

describe("ФИС ОКО «Сравнение отметок с отметками по журналу»", () => {
  it("reads the columns form under a two-row header", () => {
    const file = parsed(comparisonGrid(schools));
    expect(file.layout).toBe("fisComparison");
    const school = file.results.find((r) => r.unit.login === "edu900002");
    expect(school?.confirmation).toEqual({ lowered: 1, confirmed: 19, raised: 1 });
    expect(file.results[0]).toMatchObject({ level: "region", participants: 30120 });
  });

  it("reads the older rows form", () => {
    const file = parsed(comparisonRowsGrid(schools));
    expect(file.results).toHaveLength(3);
    expect(file.results[1]).toMatchObject({ subject: "Математика", grade: "5", year: 2025, participants: 21 });
    expect(file.results[1].confirmation).toEqual({ lowered: 2, confirmed: 18, raised: 1 });
  });
});

describe("ФИС ОКО «Индивидуальные результаты»", () => {
  const file = parsed(individualGrid(schools, 10));
  it("aggregates pupils per school; a missing mark is not a «2»", () => {
    expect(file.layout).toBe("fisIndividual");
    expect(file.results).toHaveLength(3);
    const first = file.results[0];
    expect(first.participants).toBe(9);
    const d = first.distribution;
    expect(d?.kind === "marks" && d.n2 + d.n3 + d.n4 + d.n5).toBe(9);
    expect(d).toEqual({ kind: "marks", n2: 3, n3: 2, n4: 2, n5: 2 });
    const c = first.confirmation;
    expect(c && c.lowered + c.confirmed + c.raised).toBe(9);
    expect(first.averagePrimary).toBe(10);
    expect(JSON.stringify(file)).not.toMatch(/1000\d/); // no pupil codes kept
  });
});

describe("РЦОИ protocol", () => {
  it("aggregates ОГЭ marks per school and subject", () => {
    const file = parsed(protocolGrid(schools, "ОГЭ", 8));
    expect(file.layout).toBe("rcoiProtocol");
    expect(file.results).toHaveLength(6);
    const first = file.results[0];
    expect(first).toMatchObject({
      procedure: "ОГЭ",
      subject: "Обществознание",
      grade: "9",
      year: 2026,
      participants: 8,
    });
    expect(first.unit.code).toBe("770101");
    expect(first.distribution).toEqual({ kind: "marks", n2: 2, n3: 2, n4: 2, n5: 2 });
    expect(JSON.stringify(file)).not.toMatch(/Условный|Участник/);
  });

  it("puts ЕГЭ test scores into bands with the subject's minimum and averages them", () => {
    const file = parsed(protocolGrid(schools, "ЕГЭ", 6));
    const social = file.results[0]; // scores 30 45 61 80 81 100; minimum 42
    expect(social.distribution).toEqual({
      kind: "bands",
      belowMinimum: 1,
      upTo60: 1,
      from61to80: 2,
      from81to99: 1,
      hundred: 1,
    });
    expect(social.averageScore).toBeCloseTo(66.17, 2);
    const russian = file.results.find((r) => r.subject === "Русский язык");
    expect(russian?.distribution).toMatchObject({ belowMinimum: 0, upTo60: 2 });
  });
});

describe("regional ЕГЭ statistics", () => {
  const file = parsed(regionalGrid(schools));
  it("reads region, municipalities and schools under the three-row header, keeping the file's band", () => {
    expect(file.layout).toBe("regionalEge");
    const region = file.results.filter((r) => r.level === "region");
    expect(region.map((r) => r.subject)).toEqual(["Русский язык", "Математика (профильная)"]);
    expect(region[0]).toMatchObject({ year: 2023, participants: 5380, averageScore: 68.2 });
    expect(region[0].sourceBands).toEqual({ belowMinimum: 20, high: 410, highLabel: "80–99", hundred: 3 });
    const ours = file.results.filter((r) => r.level === "school" && r.unit.municipality === "Энский район");
    expect(ours).toHaveLength(6);
    const math = ours.find((r) => r.subject.startsWith("Математика"));
    expect(math).toMatchObject({ averageScore: 52.5, participants: 20 });
    expect(math?.sourceBands?.belowMinimum).toBeUndefined(); // «х»
    expect(file.results.filter((r) => r.unit.municipality === "Другой район")).toHaveLength(4);
  });
});

describe("the ФИОКО list", () => {
  it("reads year, login and markers", () => {
    const file = parsed(nonObjectivityGrid(schools));
    expect(file.nonObjectivity?.[0]).toMatchObject({ year: 2025, markers: ["4 РУ", "5 РУ"], count: 2 });
    expect(file.nonObjectivity?.[0].unit.login).toBe("edu900001");
  });
});

describe("CSV and refusals", () => {
  it("reads the same table from Windows-1251 CSV with «;» and UTF-8 with «,»", () => {
    const text = csvOf(statisticsGrid(schools));
    const cp1251 = encode1251(text);
    const a = parseSourceFile(csvSourceFile("stat.csv", decodeText(cp1251)));
    const b = parseSourceFile(
      csvSourceFile("stat.csv", decodeText(new TextEncoder().encode(`\uFEFF${csvOf(statisticsGrid(schools), ",")}`))),
    );
    const c = parsed(statisticsGrid(schools));
    for (const outcome of [a, b]) {
      if (isRefused(outcome)) throw new Error(outcome.reason);
      expect(outcome.results.map((r) => r.distribution)).toEqual(c.results.map((r) => r.distribution));
    }
  });

  it("refuses an unknown table naming the layouts, and a file that breaks halfway", () => {
    const unknown = parse([["Заявления на ЕГЭ"], ["ФИО", "Предмет"]]);
    expect(isRefused(unknown) && unknown.reason).toMatch(/не распознана.*Группы участников.*Код ОО/);
    const broken = statisticsGrid(schools);
    broken[11][2] = "двадцать";
    const refused = parse(broken);
    expect(isRefused(refused) && refused.reason).toMatch(
      /строка 12: в столбце «Кол-во участников» ожидается число, а стоит «двадцать»/,
    );
    expect(isRefused(parse([[null], [""]]))).toBe(true);
  });

  it("tells a web page or an XML Spreadsheet 2003 saved as .xls from CSV, and says how to save it as .xlsx", async () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    const html = await readSourceFile(
      "otchet.xls",
      bytes("\uFEFF  <!DOCTYPE html><html><body><table><tr><td>Группы участников</td></tr></table></body></html>"),
    );
    expect("refused" in html && html.reason).toMatch(
      /^Файл «otchet\.xls» — не книга Excel, а веб-страница \(HTML\) с таблицей.*в Excel —.*в LibreOffice Calc —.*в Р7-Офис —/,
    );
    const xml = await readSourceFile(
      "fis.xls",
      bytes(
        '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="1"><Table><Row><Cell><Data ss:Type="String">ОО</Data></Cell></Row></Table></Worksheet></Workbook>',
      ),
    );
    expect("refused" in xml && xml.reason).toMatch(/^Файл «fis\.xls» — не книга Excel, а таблица в формате XML 2003/);
    // A CSV whose first cell starts with «<» is still a CSV.
    const csv = await readSourceFile("stat.csv", bytes(`<без названия>\n${csvOf(statisticsGrid(schools))}`));
    expect("refused" in csv).toBe(false);
  });

  it("skips another table of the same file with a notice", () => {
    const outcome = parseSourceFile({
      name: "ege.xlsx",
      sheets: [
        { name: "2023", rows: regionalGrid(schools) },
        {
          name: "Заявления",
          rows: [
            ["Муниципалитет", "Подано заявлений"],
            ["Энский район", 120],
          ],
        },
      ],
    });
    expect(!isRefused(outcome) && outcome.notices[0]).toBe(
      "Лист «Заявления»: другая таблица, не результаты — пропущен.",
    );
  });
});

/** Windows-1251 bytes of a text (Cyrillic and ASCII only). */
function encode1251(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 128) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else if (ch === "ё") bytes.push(0xb8);
    else if (ch === "Ё") bytes.push(0xa8);
    else if (ch === "«") bytes.push(0xab);
    else if (ch === "»") bytes.push(0xbb);
    else if (ch === "№") bytes.push(0xb9);
    else bytes.push(0x3f);
  }
  return Uint8Array.from(bytes);
}
