import * as ExcelJS from "exceljs";
import { planStoredAnalysis } from "../../../src/core/operations/analyse";
import { DEMO_PERIODS, DEMO_SCHOOLS, demoGaps, demoRequest } from "../../../src/core/features/demo/demoData";
import { demoMedallists, demoReferences, demoResults } from "../../../src/core/features/demo/demoResults";
import { ru } from "../../../src/core/base/i18n/ru";
import { indicatorValuesFromResults } from "../../../src/core/features/results/indicators";
import { medallistShortfalls, medallistSigns } from "../../../src/core/features/results/medallists";
import { MEDALLISTS_ROLE, readMedallists } from "../../../src/core/sheets/medallistsSheet";
import {
  bandsAddUp,
  bandsTotal,
  confirmationAddsUp,
  confirmationTotal,
  marksAddUp,
  marksTotal,
} from "../../../src/core/features/results/metrics";
import { objectivitySigns } from "../../../src/core/features/results/objectivity";
import { medallistIndicatorValues } from "../../../src/core/features/results/medallists";
import { riskFlags } from "../../../src/core/features/results/risk";
import { readResults, RESULTS_ROLE } from "../../../src/core/sheets/resultsSheet";
import { stableGoodSchools } from "../../../src/core/features/results/stable";
import { validateDataset } from "../../../src/core/features/validation/checks";
import { readDataset } from "../../../src/core/sheets/dataset";
import { keyOf, readInputsFromGrid } from "../../../src/core/workbook/inputs";
import { parsePeriods, Period } from "../../../src/core/workbook/periods";
import { buildIntoWorkbook, existingSheets } from "../../../src/xlsx/buildFile";

const periodsOf = (text: string): Period[] => {
  const parsed = parsePeriods(text);
  if (!parsed.ok) throw new Error(parsed.messages.join("; "));
  return parsed.periods;
};

const periods = periodsOf(DEMO_PERIODS.join(","));
const labels = [...DEMO_PERIODS];
const request = demoRequest();
// The schools' rows; the region's and Russia's follow them in the request, as an import leaves them.
const results = request.results!.filter((row) => !row.level);
const references = request.results!.filter((row) => row.level);
const medallists = request.medallists!;
const plain = (text: string) => text.replace(/\u00a0/g, " ");

const LYCEUM = "МБОУ «Лицей № 2»";
const GYMNASIUM = "МБОУ «Гимназия № 3»";
const DEEP = "МБОУ «СОШ № 5 с углублённым изучением отдельных предметов»";
const SOSH6 = "МБОУ «СОШ № 6»";
const YAGODNOE = "МБОУ «СОШ с. Ягодное»";
const OZERNOE = "МБОУ «СОШ с. Озёрное»";
const KEDROVKA = "МКОУ «ООШ с. Кедровка»";

/** A row without the sheet position a read-back adds (toEqual ignores undefined properties). */
const unplaced = <T extends { row?: number }>(read: T): T => ({ ...read, row: undefined });

describe("demoResults", () => {
  test("is deterministic, and it is what demoRequest passes", () => {
    expect(demoResults(periodsOf("2022/2023,2023/2024,2024/2025"), [...DEMO_SCHOOLS])).toEqual(results);
    expect(demoMedallists(periods, [...DEMO_SCHOOLS])).toEqual(medallists);
    expect(results.length).toBeGreaterThan(800);
    expect(demoReferences(results)).toEqual(references);
    expect(request.results!.slice(0, results.length)).toEqual(results);
  });

  test("the region and Russia beside every work the schools wrote, each period: many more participants, counts that add up", () => {
    const work = (row: (typeof results)[number]) => [row.period, row.procedure, row.subject, row.grade].join("|");
    const works = new Set(results.filter((row) => !row.notHeld).map(work));
    for (const level of ["region", "russia"] as const) {
      const rows = references.filter((row) => row.level === level);
      expect(new Set(rows.map(work))).toEqual(works);
      expect(rows).toHaveLength(works.size);
      expect(new Set(rows.map((row) => row.school))).toEqual(
        new Set([level === "region" ? "Энская область" : "Россия"]),
      );
    }
    for (const row of references) {
      const d = row.distribution!;
      const sum =
        d.kind === "marks"
          ? d.n5 + d.n4 + d.n3 + d.n2
          : d.belowMinimum + d.upTo60 + d.from61to80 + d.from81to99 + d.hundred;
      expect(sum).toBe(row.participants);
      const own = results
        .filter((school) => work(school) === work(row))
        .reduce((total, school) => total + (school.participants ?? 0), 0);
      expect(row.participants!).toBeGreaterThan(own * (row.level === "region" ? 20 : 1000));
    }
  });

  test("every row adds up: marks or ЕГЭ bands and понизили + подтвердили + повысили make the participants", () => {
    for (const row of results) {
      expect([marksAddUp(row), bandsAddUp(row), confirmationAddsUp(row)]).toEqual([undefined, undefined, undefined]);
      if (row.notHeld) continue;
      const d = row.distribution!;
      expect(d.kind === "marks" ? marksTotal(d) : bandsTotal(d)).toBe(row.participants);
      expect(Object.values(d).filter((v) => typeof v === "number" && (v < 0 || !Number.isInteger(v)))).toEqual([]);
      if (row.confirmation) expect(confirmationTotal(row.confirmation)).toBe(row.participants);
    }
  });

  test("ВПР in grades 4–8 with term marks, ОГЭ in grade 9, ЕГЭ in grade 11 as score bands", () => {
    for (const row of results) {
      if (row.procedure === "ВПР") {
        expect(["4", "5", "6", "7", "8"]).toContain(row.grade);
        expect(["Русский язык", "Математика"]).toContain(row.subject);
        if (!row.notHeld) expect(row.distribution?.kind === "marks" && row.confirmation).toBeTruthy();
      } else {
        expect(row.grade).toBe(row.procedure === "ОГЭ" ? "9" : "11");
        expect(row.distribution?.kind).toBe(row.procedure === "ОГЭ" ? "marks" : "bands");
        expect(row.confirmation).toBeUndefined();
      }
    }
    expect(new Set(results.map((row) => row.procedure))).toEqual(new Set(["ВПР", "ОГЭ", "ЕГЭ"]));
    // Two electives besides русский язык and математика, for ОГЭ and ЕГЭ alike.
    for (const procedure of ["ОГЭ", "ЕГЭ"]) {
      const perSchool = new Map<string, number>();
      for (const row of results.filter((r) => r.procedure === procedure)) {
        const key = `${row.school}|${row.period}`;
        perSchool.set(key, (perSchool.get(key) ?? 0) + 1);
      }
      expect(new Set(perSchool.values())).toEqual(new Set([4]));
    }
  });

  test("every school has its procedures, kindergartens none, basic schools no ЕГЭ; one ВПР did not take place", () => {
    const schoolsOf = (procedure: string) =>
      new Set(results.filter((r) => r.procedure === procedure).map((r) => r.school));
    expect(schoolsOf("ВПР").size).toBe(18);
    expect(schoolsOf("ОГЭ")).toEqual(schoolsOf("ВПР"));
    expect([...schoolsOf("ЕГЭ")]).toEqual(DEMO_SCHOOLS.filter((name) => /СОШ|Лицей|Гимназия/.test(name)));
    expect(results.some((row) => /Детский сад/.test(row.school))).toBe(false);
    expect(results.filter((row) => row.notHeld)).toEqual([
      {
        period: "2022/2023",
        school: "МБОУ «ООШ д. Лесная Поляна»",
        procedure: "ВПР",
        subject: "Математика",
        grade: "8",
        notHeld: true,
      },
    ]);
  });

  test("realistic numbers: 10–90 a row in русский язык and математика, a few small electives, varied grades", () => {
    const counted = results.filter((row) => !row.notHeld);
    expect(Math.max(...counted.map((row) => row.participants!))).toBeLessThanOrEqual(90);
    const core = counted.filter((row) => row.procedure !== "ВПР" && /Русский|Математика/.test(row.subject));
    expect(Math.min(...core.map((row) => row.participants!))).toBeGreaterThanOrEqual(10);
    const vpr = counted.filter((row) => row.procedure === "ВПР");
    expect(vpr.filter((row) => row.participants! < 10).length).toBeLessThan(vpr.length / 20);
    expect(counted.some((row) => row.participants! < 10)).toBe(true);
    const fourth = vpr.filter(
      (row) => row.grade === "4" && row.period === "2024/2025" && row.subject === "Русский язык",
    );
    expect(new Set(fourth.map((row) => row.participants)).size).toBeGreaterThan(fourth.length / 2);
  });
});

describe("demoMedallists", () => {
  test("a few a year at schools with grade 11, coded «1», «2», …; two fall short of the expected results", () => {
    for (const period of labels) {
      const those = medallists.filter((m) => m.period === period);
      expect(those.length).toBeGreaterThanOrEqual(8);
      expect(those.length).toBeLessThanOrEqual(25);
    }
    expect(new Set(medallists.map((m) => m.graduate))).toEqual(new Set(["1", "2", "3", "4", "5"]));
    expect(medallists.some((m) => m.school === OZERNOE)).toBe(false);
    const short = medallists.filter((m) => medallistShortfalls(m).length > 0);
    expect(short).toEqual([
      expect.objectContaining({ period: "2023/2024", school: SOSH6, graduate: "2", mathBaseMark: 4 }),
      expect.objectContaining({ period: "2024/2025", school: YAGODNOE, graduate: "1", russian: 64 }),
    ]);
  });

  test("their ЕГЭ scores stand in the bands of their school's results", () => {
    const bandOf = (score: number) => (score === 100 ? 4 : score >= 81 ? 3 : score >= 61 ? 2 : score >= 36 ? 1 : 0);
    const groups = new Map<string, number[]>();
    const add = (key: string, score: number | undefined) => {
      if (score === undefined) return;
      const counts = groups.get(key) ?? [0, 0, 0, 0, 0];
      counts[bandOf(score)]++;
      groups.set(key, counts);
    };
    for (const m of medallists) {
      add(`${m.school}|${m.period}|Русский язык`, m.russian);
      add(`${m.school}|${m.period}|Математика (профильный уровень)`, m.mathProfile);
    }
    for (const [key, counts] of groups) {
      const [school, period, subject] = key.split("|");
      const row = results.find(
        (r) => r.procedure === "ЕГЭ" && r.school === school && r.period === period && r.subject === subject,
      );
      const d = row?.distribution;
      expect(d?.kind).toBe("bands");
      if (d?.kind !== "bands") continue;
      const bands = [d.belowMinimum, d.upTo60, d.from61to80, d.from81to99, d.hundred];
      counts.forEach((count, band) => expect(count).toBeLessThanOrEqual(bands[band]));
    }
  });
});

describe("the demo's procedures, analysed", () => {
  const rows = results.filter((row) => !row.notHeld);

  test("schools at risk by the criteria of ШНОР, per line and subject: ЕГЭ without 81+, ВПР 4 класс with a fifth of «2»", () => {
    const flags = riskFlags(results, labels).filter((flag) => flag.kind === "risk");
    const found = flags.map((flag) => [flag.school, flag.line, flag.subject]);
    expect(found).toContainEqual([OZERNOE, "ege", "Русский язык"]);
    expect(found).toContainEqual([KEDROVKA, "vpr4", "Математика"]);
    // Small rural schools without a single 81+ in profile mathematics, three years running, are flagged too.
    expect(new Set(flags.map((flag) => flag.school)).size).toBe(5);
    for (const flag of flags) {
      if (flag.kind !== "risk") continue;
      if (flag.line === "ege") expect(flag.conditions).toEqual(["noTopMarks"]);
      if (flag.line === "vpr4") expect(flag.conditions).toContain("shareOfTwos");
    }
  });

  test("one school marks ВПР mathematics too kindly: far above the municipality, ОГЭ not, marks unconfirmed", () => {
    const signs = objectivitySigns(rows).filter((sign) => sign.kind !== "smallSample");
    expect(signs.map((sign) => [sign.kind, sign.school, sign.subject, sign.grade, sign.period])).toEqual([
      ["unconfirmed", YAGODNOE, "Математика", "5", "2024/2025"],
      ["unconfirmed", YAGODNOE, "Математика", "6", "2024/2025"],
      ["vprAboveExam", YAGODNOE, "Математика", "", "2023/2024"],
      ["vprAboveExam", YAGODNOE, "Математика", "", "2024/2025"],
    ]);
  });

  test("three stable schools: the lyceum and the gymnasium in every procedure, the advanced school in ЕГЭ", () => {
    const stable = stableGoodSchools(results, labels).map((item) => [item.school, item.procedure]);
    expect(stable).toEqual([
      [LYCEUM, "ВПР"],
      [LYCEUM, "ОГЭ"],
      [LYCEUM, "ЕГЭ"],
      [GYMNASIUM, "ВПР"],
      [GYMNASIUM, "ОГЭ"],
      [GYMNASIUM, "ЕГЭ"],
      [DEEP, "ЕГЭ"],
    ]);
  });

  test("two medallist signs", () => {
    expect(medallistSigns(medallists).map((sign) => [sign.school, sign.period, sign.below, sign.medallists])).toEqual([
      [SOSH6, "2023/2024", 1, 2],
      [YAGODNOE, "2024/2025", 1, 1],
    ]);
  });
});

describe("the demo workbook with its procedure results", () => {
  const workbook = new ExcelJS.Workbook();
  const built = buildIntoWorkbook(workbook, request);
  const sheets = existingSheets(workbook);

  test("«Результаты процедур» and «Медалисты» read back as generated", () => {
    const resultCells = sheets.find((sheet) => sheet.role === RESULTS_ROLE)?.cells ?? [];
    const read = readResults(resultCells);
    expect(read.problems).toEqual([]);
    expect(read.rows.map(unplaced)).toEqual(results);
    expect(read.references.map(unplaced)).toEqual(references);
    const medallistCells = sheets.find((sheet) => sheet.role === MEDALLISTS_ROLE)?.cells ?? [];
    const readBack = readMedallists(medallistCells);
    expect(readBack.problems).toEqual([]);
    expect(readBack.rows.map(unplaced)).toEqual(medallists);
  });

  test("validation finds nothing in them: the only findings are the deliberate gaps", () => {
    const findings = validateDataset(readDataset(request.framework, labels, sheets));
    const { unfilled } = demoGaps(request.framework, periods, DEMO_SCHOOLS);
    expect(findings.filter((f) => f.sheet === ru.results.sheetName || f.sheet === ru.medallists.sheetName)).toEqual([]);
    expect(findings.length).toBeGreaterThan(0);
    // The shares «Медалисты» gives are the book's own: one to five medallists a school, or none in a year,
    // are neither a small sample to warn of nor a missing value.
    expect(medallists.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.code === "ASN.1.06.07")).toEqual([]);
    const rest = findings;
    expect(rest.every((f) => f.rule === "missingPeriod" && f.school === unfilled!.school)).toBe(true);
  });

  test("the indicators the results determine are filled on the sheets with exactly what the results give", () => {
    const inputs = new Map(
      sheets.flatMap((sheet) => (sheet.role?.startsWith("schools:") ? [...readInputsFromGrid(sheet.cells ?? [])] : [])),
    );
    const { values, codes } = indicatorValuesFromResults(request.framework, results);
    expect(values.size).toBeGreaterThan(1000);
    for (const [key, value] of values) expect([key, inputs.get(key)]).toEqual([key, value]);
    // «Медалисты» feeds ASN.1.06.07 as well: the notice counts both.
    const fromMedallists = medallistIndicatorValues(request.framework, request.medallists ?? []).values;
    expect(fromMedallists.size).toBeGreaterThan(0);
    for (const [key, value] of fromMedallists) expect([key, inputs.get(key)]).toEqual([key, value]);
    expect(built.notices).toContain(ru.results.filled(values.size + fromMedallists.size));
    // Kindergartens have no results: their cells stay blank.
    for (const code of codes) {
      const key = keyOf({ code, field: "num", period: "2024/2025", school: "МБДОУ «Детский сад № 5 «Солнышко»»" });
      expect(inputs.has(key)).toBe(false);
    }
  });

  test("the report names the risk schools, the objectivity signs, the stable schools and the medallists", () => {
    const { report } = planStoredAnalysis(sheets, "2024/2025");
    const section = report.procedures!;
    const risks = plain(section.risks.join("\n"));
    expect(risks).toMatch(/^МБОУ «СОШ с\. Озёрное», ЕГЭ, русский язык: признаки риска низких результатов в 2 из 3 /m);
    expect(risks).toMatch(/^МКОУ «ООШ с\. Кедровка», ВПР, 4 класс, математика: .*2024\/2025: доля «2» 2\d,\d %/m);
    const signs = plain(section.signs.join("\n"));
    expect(signs).toMatch(/СОШ с\. Ягодное», математика, 2024\/2025: качество знаний по ВПР .* выше муниципального/);
    expect(signs).toMatch(/СОШ с\. Ягодное», математика, 5 класс, 2024\/2025: отметки ВПР не подтверждены/);
    expect(signs).toMatch(/^МБОУ «СОШ № 6», 2023\/2024: у 1 из 2 медалистов результат ГИА-11 ниже ожидаемого/m);
    expect(signs).toMatch(/^МБОУ «СОШ с\. Ягодное», 2024\/2025: у единственного медалиста .*русский язык 64 балла/m);
    const stable = plain(section.stable.join("\n"));
    expect(stable).toMatch(/^МБОУ «Лицей № 2», ВПР: качество знаний выше муниципального во всех 3/m);
    expect(stable).toMatch(/^МБОУ «СОШ № 5 с углублённым изучением отдельных предметов», ЕГЭ: доля результатов от 81/m);
    expect(section.recommendations.join(" ")).toMatch(/адресной поддержки.*Озёрное.*Кедровка/);
    expect(section.recommendations.join(" ")).toMatch(/Лицей № 2.*Гимназия № 3.*СОШ № 5/);
  });
});
