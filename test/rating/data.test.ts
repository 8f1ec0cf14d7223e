import { findFramework } from "../../src/core/catalog";
import type { CellValue } from "../../src/core/base/plan/types";
import { valuesFromDataset } from "../../src/core/features/rating/data";
import { TULA_RATING } from "../../src/core/features/rating/rubric";
import { readDataset } from "../../src/core/sheets/dataset";
import { planWorkbook } from "../../src/core/operations/build";
import { keyOf } from "../../src/core/workbook/inputs";
import { parsePeriod } from "../../src/core/workbook/periods";

const framework = findFramework("tula")!;
const periods = ["2021/2022", "2022/2023"].map((text) => {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.period;
});
const schools = ["МБОУ ЦО № 1", "МБОУ ЦО № 2", "МБОУ ЦО № 3"];
const PERIOD = "2022/2023";

/** A Tula workbook planned with typed values, read back as «Проверить данные» reads it. */
function dataset(
  values: [code: string, field: "num" | "den" | "val", school: string, value: CellValue, period?: string][],
) {
  const data = new Map(
    values.map(([code, field, school, value, period]) => [
      keyOf({ code, field, school, period: period ?? PERIOD }),
      value,
    ]),
  );
  const { plan } = planWorkbook({ framework, periods, municipality: "город Тула", schools, flavour: "portable", data });
  const existing = plan.sheets.map((sheet) => ({ name: sheet.name, role: sheet.role, cells: sheet.blocks[0].cells }));
  return readDataset(
    framework,
    periods.map((p) => p.label),
    existing,
  );
}

describe("valuesFromDataset: the rating's inputs from the workbook's Tula sheets", () => {
  const read = dataset([
    ["TUL.4.2.01", "num", schools[0], 48],
    ["TUL.4.2.01", "den", schools[0], 50],
    ["TUL.4.2.01", "num", schools[1], 30],
    ["TUL.4.2.01", "den", schools[1], 30],
    ["TUL.4.2.01", "num", schools[2], 10],
    ["TUL.4.2.01", "den", schools[2], 12, "2021/2022"],
    ["TUL.4.2.03", "val", schools[0], 5],
    ["TUL.4.2.05", "val", schools[1], 3],
    ["TUL.4.2.36", "val", schools[2], "не проводилось"],
    ["TUL.4.2.13", "val", schools[2], 2, "2021/2022"],
  ]);
  const result = valuesFromDataset(TULA_RATING, read, PERIOD);

  test("a share from numerator ÷ denominator, per school, for the period asked", () => {
    expect(result.values.get(schools[0])?.get("TUL.4.2.01")).toBe(96);
    expect(result.values.get(schools[1])?.get("TUL.4.2.01")).toBe(100);
    expect(result.values.get(schools[2])?.get("TUL.4.2.01")).toBeUndefined();
  });

  test("the municipal average is Σ numerators ÷ Σ denominators", () => {
    expect(result.averages.get("TUL.4.2.01")).toBe(97.5);
  });

  test("indicators entered in «балл» give the item's points, not a value to score again", () => {
    expect(result.points.get(schools[0])?.get("TUL.4.2.03")).toBe(5);
    expect(result.points.get(schools[1])?.get("TUL.4.2.05")).toBe(3);
    expect(result.values.get(schools[0])?.has("TUL.4.2.03")).toBe(false);
    expect(result.points.get(schools[2])).toBeUndefined();
  });

  test("names the sheets it read", () => {
    expect(result.sheets).toHaveLength(1);
    expect(result.sheets[0]).toMatch(/^4\.2/);
  });

  test("another period gives its own entries", () => {
    const earlier = valuesFromDataset(TULA_RATING, read, "2021/2022");
    expect(earlier.points.get(schools[2])?.get("TUL.4.2.13")).toBe(2);
    expect(earlier.values.size).toBe(0);
  });
});

describe("the medallists line of the rating (TUL.4.2.11) from «Медалисты»", () => {
  test("−1 point per medallist with an ЕГЭ score under 60, read by the rating as the item's points", () => {
    const medallists = [
      { period: PERIOD, school: schools[0], graduate: "1", russian: 58, mathProfile: 84 },
      { period: PERIOD, school: schools[0], graduate: "2", russian: 92, mathProfile: 88 },
      { period: PERIOD, school: schools[1], graduate: "1", russian: 90, otherLowest: 77 },
    ];
    const request = { framework, periods, municipality: "город Тула", schools, flavour: "portable" as const };
    const { plan } = planWorkbook({ ...request, medallists });
    const existing = plan.sheets.map((sheet) => ({ name: sheet.name, role: sheet.role, cells: sheet.blocks[0].cells }));
    const read = readDataset(
      framework,
      periods.map((p) => p.label),
      existing,
    );
    const result = valuesFromDataset(TULA_RATING, read, PERIOD);
    expect(result.points.get(schools[0])?.get("TUL.4.2.11")).toBe(-1);
    expect(result.points.get(schools[1])?.get("TUL.4.2.11")).toBe(0);
    expect(result.points.get(schools[2])?.get("TUL.4.2.11")).toBeUndefined();
  });
});
