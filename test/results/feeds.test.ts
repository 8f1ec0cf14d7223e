import { findFramework, indicatorsOf } from "../../src/core/catalog";
import { catalogColumn, catalogRows, readCatalogRows } from "../../src/core/sheets/catalogSheet";
import { feedSourceOf } from "../../src/core/catalog/resultFeeds";
import { tulaTables } from "../fixtures/tulaTables";
import { roundHalfUp } from "../../src/core/base/math/rounding";
import { indicatorValuesFromResults } from "../../src/core/features/results/indicators";
import { medallistIndicatorValues } from "../../src/core/features/results/medallists";
import type { ResultRow } from "../../src/core/base/model/results";
import { keyOf } from "../../src/core/workbook/inputs";

const P = "2024/2025";
const marks = (
  procedure: ResultRow["procedure"],
  subject: string,
  grade: string,
  [n5, n4, n3, n2]: number[],
): ResultRow => ({
  period: P,
  school: "А",
  procedure,
  subject,
  grade,
  distribution: { kind: "marks", n5, n4, n3, n2 },
});
const bands = (subject: string, [belowMinimum, upTo60, from61to80, from81to99, hundred]: number[]): ResultRow => ({
  period: P,
  school: "А",
  procedure: "ЕГЭ",
  subject,
  grade: "11",
  distribution: { kind: "bands", belowMinimum, upTo60, from61to80, from81to99, hundred },
});

const ROWS: ResultRow[] = [
  marks("ВПР", "Математика", "4", [2, 3, 4, 1]),
  marks("ВПР", "Русский язык", "6", [1, 3, 4, 2]),
  marks("ОГЭ", "Русский язык", "9", [1, 2, 5, 2]),
  marks("ОГЭ", "Математика", "9", [0, 4, 3, 3]),
  bands("Русский язык", [1, 3, 4, 1, 1]),
  bands("Математика (профильный уровень)", [2, 3, 2, 1, 0]),
  marks("ЕГЭ", "Математика (базовый уровень)", "11", [1, 1, 1, 1]),
];

function fed(id: string): Map<string, [number, number] | number> {
  const { values, codes } = indicatorValuesFromResults(findFramework(id)!, ROWS);
  const at = (code: string, field: "num" | "den" | "val") => values.get(keyOf({ code, field, period: P, school: "А" }));
  return new Map(
    codes.map((code) => {
      const val = at(code, "val");
      return [code, val !== undefined ? val : ([at(code, "num") ?? 0, at(code, "den") ?? 0] as [number, number])];
    }),
  );
}

describe("Tula's and Абинск's result-type indicators are fed from «Результаты процедур»", () => {
  test("Тула: ВПР 4 класс, ОГЭ and ЕГЭ «2» by subject, quality over all procedures with marks, ЕГЭ passers", () => {
    expect(Object.fromEntries(fed("tula"))).toEqual({
      "TUL.3.1.01": [2 + 3 + 1 + 3 + 1 + 2 + 0 + 4 + 1 + 1, 10 + 10 + 10 + 10 + 4],
      "TUL.3.2.02": [1, 10],
      "TUL.3.2.03": [1, 10],
      "TUL.3.2.04": [2, 8],
      "TUL.3.2.05": [1, 4],
      "TUL.3.2.06": [3, 10],
      "TUL.3.2.07": [2, 10],
      "TUL.4.1.01": 9 + 6 + 3,
      // Раздел II: ВПР «3» and above and «4» and «5», ОГЭ person-exams, ЕГЭ bands and counts.
      "TUL.2.2.01": [2 + 3 + 4 + 1 + 3 + 4, 20],
      "TUL.2.2.02": [2 + 3 + 1 + 3, 20],
      "TUL.2.3.01": [0, 0],
      "TUL.2.3.02": [0, 0],
      "TUL.2.4.01": 10 + 10,
      "TUL.2.5.02": [1 + 1 + 1 + 0, 10 + 8],
      "TUL.2.5.03": 1 + 2 + 1,
      "TUL.2.5.05": 1,
      "TUL.2.5.07": 1,
      "TUL.2.6.01": [0, 0],
      "TUL.2.6.02": [0, 0],
    });
  });

  test("Абинск: ВПР and ОГЭ levels, ЕГЭ passers and bands, the index of low results", () => {
    expect(Object.fromEntries(fed("abinsk"))).toEqual({
      "ABN.1.1.01": [9, 10],
      "ABN.1.1.02": [2, 10],
      "ABN.1.1.04": [8, 10],
      "ABN.1.1.05": [8 + 7, 20],
      "ABN.1.1.07": [1, 10],
      "ABN.1.1.08": [1, 20],
      "ABN.1.1.12": [9 + 6 + 3, 10 + 8 + 4],
      "ABN.1.1.16": [3 + 3, 18],
      "ABN.1.1.17": [4 + 2, 18],
      "ABN.1.1.18": [2 + 1, 18],
      "ABN.1.1.19": [1, 18],
      "ABN.1.2.15": [1 + 2 + 2 + 3 + 1 + 2 + 1, 10 + 10 + 10 + 10 + 10 + 8 + 4],
    });
  });

  test.each([
    ["asino", 17, 1, 1],
    ["tula", 19, 2, 6],
    ["abinsk", 12, 2, 3],
  ])("%s: %i indicators from results, %i from «Медалисты», %i said not computable", (id, results, medals, not) => {
    const sources = indicatorsOf(findFramework(id)!).map(feedSourceOf);
    expect(sources.filter((s) => s === "results")).toHaveLength(results);
    expect(sources.filter((s) => s === "medallists")).toHaveLength(medals);
    expect(sources.filter((s) => s === "notComputable")).toHaveLength(not);
  });

  test("«Сбор данных» says where a value comes from, or why the results cannot give it, and reads back", () => {
    const abinsk = findFramework("abinsk")!;
    const rows = catalogRows(abinsk);
    const said = (code: string) => rows.find((row) => row[0] === code)![catalogColumn("collectedPer")];
    expect(said("ABN.1.1.16")).toBe("из результатов процедур");
    expect(said("ABN.1.1.23")).toBe("из листа «Медалисты»");
    expect(said("ABN.1.1.20")).toMatch(
      /^по ОО — из результатов процедур не считается: нужна сумма баллов каждого выпускника/,
    );
    expect(said("ABN.1.1.13")).toBe("по ОО");
    // The action plan's indices: the programme gives no method, and «Показатели» says so.
    expect(said("ABN.1.1.29")).toMatch(
      /^по ОО — из листа «Медалисты» не считается: методику индекса программа не приводит/,
    );
    expect(said("ABN.1.1.30")).toMatch(
      /^по ОО — из результатов процедур не считается: методику индексов программа не приводит/,
    );
    const { framework, problems } = readCatalogRows(rows, abinsk);
    expect(problems).toEqual([]);
    expect(framework).toEqual(abinsk);
  });

  test("Asino's share of schools on the ФИОКО list comes from «Список ФИОКО», and «Показатели» says so and reads back", () => {
    const asino = findFramework("asino")!;
    const rows = catalogRows(asino);
    const said = (code: string) => rows.find((row) => row[0] === code)![catalogColumn("collectedPer")];
    expect(said("ASN.1.06.02")).toBe("из листа «Список ФИОКО»");
    const { framework, problems } = readCatalogRows(rows, asino);
    expect(problems).toEqual([]);
    expect(framework).toEqual(asino);
    const sources = indicatorsOf(asino).map(feedSourceOf);
    expect(sources.filter((s) => s === "fiokoList")).toHaveLength(1);
    expect(indicatorsOf(findFramework("tula")!).map(feedSourceOf)).not.toContain("fiokoList");
  });
});

describe("Tula's analytic tables (Раздел II) are indicators, fed where the results can give them", () => {
  const tula = findFramework("tula")!;
  const analytic = tula.systems.find((s) => s.code === "2")!;
  const inSystem = analytic.criteria.flatMap((c) => c.indicators);
  const table = (id: string) => tulaTables.find((t) => t.id === id)!;
  const row = (id: string, label: string) => table(id).rows.find((r) => r.label === label)!.values;
  const at = (school: string, rows: ResultRow[]) => {
    const { values } = indicatorValuesFromResults(tula, rows);
    return (code: string, field: "num" | "den" | "val") => values.get(keyOf({ code, field, period: P, school }));
  };
  const oge = (subject: string, participants: number, procedure: ResultRow["procedure"] = "ОГЭ"): ResultRow => ({
    period: P,
    school: "Т",
    procedure,
    subject,
    grade: "9",
    participants,
  });

  test("every table of the analytic part gives at least one indicator, its source naming the table", () => {
    for (const { id } of tulaTables) {
      const from = inSystem.filter((i) => i.source.section.endsWith(`таблица ${id}`));
      expect([id, from.length > 0]).toEqual([id, true]);
    }
    expect(inSystem.every((i) => i.source.section.startsWith("Программа, раздел II"))).toBe(true);
  });

  test("2.3.1: РКР by mathematics, 3800 pupils, «5» 1125, «4» 1694, «3» 843, «2» 138 → 96,4 % and 74,2 % as printed", () => {
    const [written, , level, enough, quality, n5, n4, n3, n2] = row("2.3.1", "г. Тула") as number[];
    const get = at("Т", [
      {
        period: P,
        school: "Т",
        procedure: "РКР",
        subject: "Математика",
        grade: "",
        distribution: { kind: "marks", n5, n4, n3, n2 },
      },
    ]);
    expect([get("TUL.2.3.01", "num"), get("TUL.2.3.01", "den")]).toEqual([enough, written]);
    expect(roundHalfUp((enough * 100) / written, 1)).toBe(level);
    const good = get("TUL.2.3.02", "num")!;
    expect(good).toBe(n5 + n4);
    expect(roundHalfUp((good * 100) / get("TUL.2.3.02", "den")!, 1)).toBe(quality);
  });

  test("2.4.1: participants of ГИА-9 by subject (ОГЭ and ГВЭ) add up to the table's «Всего человеко-экзаменов»", () => {
    const t = table("2.4.1");
    const subjects = t.rows.filter((r) => !r.label.startsWith("Всего"));
    const total = t.rows.find((r) => r.label.startsWith("Всего"))!.values;
    t.columns.forEach((_, year) => {
      // Russian is split between ОГЭ and ГВЭ: ГИА-9 is both.
      const rows = subjects.flatMap((r) => {
        const n = r.values[year] as number;
        return r.label === "Русский язык" ? [oge(r.label, n - 12), oge(r.label, 12, "ГВЭ")] : [oge(r.label, n)];
      });
      expect(at("Т", rows)("TUL.2.4.01", "val")).toBe(total[year]);
    });
  });

  test("2.5.4 and 2.5.5: hundred-point results in Russian, mathematics and physics are among all subjects' (33 in 2020)", () => {
    const all = row("2.5.4", "Число стобалльных результатов по предметам") as number[];
    const [ru2020, math2020, phys2020] = ["Русский язык", "Математика", "Физика"].map(
      (s) => row("2.5.5", s)[2] as number,
    );
    const ege = (subject: string, hundred: number, belowMinimum: number): ResultRow => ({
      period: P,
      school: "Т",
      procedure: "ЕГЭ",
      subject,
      grade: "11",
      distribution: { kind: "bands", belowMinimum, upTo60: 100, from61to80: 100, from81to99: 50, hundred },
    });
    const others = all[2] - ru2020 - math2020 - phys2020;
    // Below the minimum in 2020 (table 2.5.3): Russian 15, profile mathematics 112, physics 28.
    const get = at("Т", [
      ege("Русский язык", ru2020, 15),
      ege("Математика (профильный уровень)", math2020, 112),
      ege("Физика", phys2020, 28),
      ege("Химия", others, 0),
    ]);
    expect(get("TUL.2.5.05", "val")).toBe(33);
    expect(get("TUL.2.5.07", "val")).toBe(21 + 1 + 2);
    expect(get("TUL.2.5.03", "val")).toBe(15 + 112 + 28);
    expect(get("TUL.2.5.02", "num")).toBe(4 * 50 + 33);
    // The core subjects never exceed all subjects, in the document's every year.
    all.forEach((total, year) => {
      const core = ["Русский язык", "Математика", "Физика"].reduce((n, s) => n + (row("2.5.5", s)[year] as number), 0);
      expect(core).toBeLessThanOrEqual(total);
    });
  });

  test("«Медалисты» counts the medallists of table 2.5.4; what the sheets cannot give is said in «Сбор данных»", () => {
    const medallist = (graduate: string) => ({ period: P, school: "Т", graduate, russian: 90, mathProfile: 80 });
    const { values } = medallistIndicatorValues(tula, [medallist("1"), medallist("2"), medallist("3")]);
    expect(values.get(keyOf({ code: "TUL.2.5.04", field: "val", period: P, school: "Т" }))).toBe(3);
    const rows = catalogRows(tula);
    const said = (code: string) => rows.find((r) => r[0] === code)![catalogColumn("collectedPer")];
    expect(said("TUL.2.2.01")).toBe("из результатов процедур");
    expect(said("TUL.2.5.04")).toBe("из листа «Медалисты»");
    expect(said("TUL.2.5.06")).toMatch(/из результатов процедур не считается: нужны результаты каждого выпускника/);
    expect(said("TUL.2.4.02")).toMatch(/не считается: нужно число работ с наивысшим первичным баллом/);
    expect(said("TUL.2.5.01")).toMatch(/^по муниципалитету — в показатель не переносится: средний тестовый балл/);
    expect(said("TUL.2.4.04")).toBe("по ОО");
    const { framework, problems } = readCatalogRows(rows, tula);
    expect(problems).toEqual([]);
    expect(framework).toEqual(tula);
  });
});
