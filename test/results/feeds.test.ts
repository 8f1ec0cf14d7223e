import { findFramework, indicatorsOf } from "../../src/core/catalog";
import { catalogColumn, catalogRows, readCatalogRows } from "../../src/core/sheets/catalogSheet";
import { feedSourceOf } from "../../src/core/catalog/resultFeeds";
import { indicatorValuesFromResults } from "../../src/core/features/results/indicators";
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
    ["tula", 8, 1, 1],
    ["abinsk", 12, 2, 1],
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
