import { ratingLines, RatingLine, TULA_RATING } from "../../src/core/features/rating/rubric";
import { ruleText } from "../../src/core/features/rating/ruleText";
import { bandOf, lineAverages, rateSchools, scoreItem } from "../../src/core/features/rating/score";

const lines = new Map(ratingLines(TULA_RATING).map((line) => [line.code, line]));
const line = (code: string): RatingLine => {
  const found = lines.get(code);
  if (!found) throw new Error(`no line ${code}`);
  return found;
};
const score = (code: string, value: number | undefined, average?: number) => scoreItem(line(code), value, average);

describe("scoreItem: points by the source's thresholds", () => {
  test.each([
    // code, just below, at, just above: [value, points]
    ["TUL.4.2.03", [99.9, 0], [100, 5], [100.1, 5]],
    ["TUL.4.2.05.1", [99.9, 0], [100, 1], [100.1, 1]],
    ["TUL.4.2.18.1", [69.9, 0], [70, 5], [70.1, 5]],
    ["TUL.4.2.18.2", [89.9, 0], [90, 5], [90.1, 5]],
    ["TUL.4.2.20", [79.9, 0], [80, 1], [80.1, 1]],
    ["TUL.4.2.21", [49.9, 0], [50, 2], [50.1, 2]],
    ["TUL.4.2.22", [9.9, 0], [10, 5], [10.1, 5]],
    ["TUL.4.2.19", [-0.1, 0], [0, 0], [0.1, 1]],
  ] as const)("%s", (code, below, at, above) => {
    for (const [value, points] of [below, at, above])
      expect({ value, points: score(code, value) }).toEqual({ value, points });
  });

  test("НОКУ: 40-60 → 1, 61-80 → 2, 81-100 → 3, lower bounds inclusive", () => {
    const cases: [number, number][] = [
      [0, 0],
      [39.9, 0],
      [40, 1],
      [40.1, 1],
      [60, 1],
      [60.5, 1],
      [61, 2],
      [80, 2],
      [80.9, 2],
      [81, 3],
      [100, 3],
    ];
    for (const [value, points] of cases)
      expect({ value, points: score("TUL.4.2.13", value) }).toEqual({ value, points });
  });

  test("no certificate: −1 when present, −2 when above the municipal average", () => {
    for (const code of ["TUL.4.2.02", "TUL.4.2.04"]) {
      expect(score(code, 0, 5)).toBe(0);
      expect(score(code, 0.1, 5)).toBe(-1);
      expect(score(code, 5, 5)).toBe(-1);
      expect(score(code, 5.1, 5)).toBe(-2);
      expect(score(code, 3, undefined)).toBe(-1);
      expect(score(code, 0.1, 0)).toBe(-2);
    }
  });

  test("above the municipal average: 2 points, strictly above", () => {
    expect(score("TUL.4.2.09", 19.9, 20)).toBe(0);
    expect(score("TUL.4.2.09", 20, 20)).toBe(0);
    expect(score("TUL.4.2.09", 20.1, 20)).toBe(2);
    expect(score("TUL.4.2.09", 50, undefined)).toBe(0);
  });

  test("per unit: each graduate, programme, subject; each full 10 %", () => {
    expect(score("TUL.4.2.06", 3)).toBe(3);
    expect(score("TUL.4.2.07", 2)).toBe(10);
    expect(score("TUL.4.2.08", 4)).toBe(8);
    expect(score("TUL.4.2.11", 2)).toBe(-2);
    expect(Object.is(score("TUL.4.2.11", 0), 0)).toBe(true);
    expect(score("TUL.4.2.12", 3)).toBe(-15);
    expect(score("TUL.4.2.23.6", 2)).toBe(10);
    for (const [value, points] of [
      [0, 0],
      [9.9, 0],
      [10, 1],
      [10.1, 1],
      [19.9, 1],
      [20, 2],
      [100, 10],
    ]) {
      expect({ value, points: score("TUL.4.2.14", value) }).toEqual({ value, points });
    }
  });

  test("yes/no: 1 is «да», 0 is «нет», anything else is no value", () => {
    expect(score("TUL.4.2.36", 1)).toBe(5);
    expect(score("TUL.4.2.36", 0)).toBe(0);
    expect(score("TUL.4.2.36", 2)).toBeUndefined();
    expect(score("TUL.4.2.32", 0)).toBe(1);
    expect(score("TUL.4.2.32", 1)).toBe(-1);
  });

  test("a missing value, or an item without points, scores nothing", () => {
    expect(score("TUL.4.2.03", undefined)).toBeUndefined();
    expect(score("TUL.4.2.01", 95)).toBeUndefined();
  });

  test("rules read in words", () => {
    const plain = (code: string) => ruleText(line(code)).replace(/\u00a0/g, " ");
    expect(plain("TUL.4.2.03")).toBe("≥ 100 % — 5 баллов; иначе 0");
    expect(plain("TUL.4.2.32")).toBe("да — −1 балл; нет — 1 балл");
    expect(plain("TUL.4.2.12")).toBe("−5 баллов за каждую единицу");
    expect(plain("TUL.4.2.14")).toMatch(/^1 балл за каждые полные 10 %/);
    expect(plain("TUL.4.2.02")).toMatch(/^> средней по МО — −2 балла; > 0 % — −1 балл; иначе 0/);
    expect(plain("TUL.4.2.01")).toMatch(/^баллы в программе не указаны/);
  });
});

describe("bandOf: the default bands", () => {
  test.each([
    [87, "high"],
    [61, "high"],
    [60, "medium"],
    [35, "medium"],
    [34, "low"],
    [-5, "low"],
    [120, "high"],
  ] as const)("%d → %s", (total, band) => {
    expect(bandOf(total, TULA_RATING.bands)).toBe(band);
  });
  test("no total, no band", () => expect(bandOf(undefined, TULA_RATING.bands)).toBeUndefined());
});

describe("rateSchools", () => {
  const values = new Map([
    [
      "Школа 1",
      new Map<string, number | undefined>([
        ["TUL.4.2.01", 98],
        ["TUL.4.2.02", 4],
        ["TUL.4.2.03", 100],
        ["TUL.4.2.05.1", 100],
        ["TUL.4.2.05.2", 99],
        ["TUL.4.2.36", 1],
      ]),
    ],
    ["Школа 2", new Map<string, number | undefined>([["TUL.4.2.02", 1]])],
    ["Школа 3", new Map<string, number | undefined>([["TUL.4.2.02", 0]])],
  ]);

  test("averages for «выше средней» lines: given, else the mean of the schools' values", () => {
    expect(lineAverages(TULA_RATING, values).get("TUL.4.2.02")).toBe(1.7);
    expect(lineAverages(TULA_RATING, values, { averages: new Map([["TUL.4.2.02", 5]]) }).get("TUL.4.2.02")).toBe(5);
    expect(lineAverages(TULA_RATING, values).has("TUL.4.2.09")).toBe(false);
  });

  test("item points, total, band and the lines without data", () => {
    const [first, second] = rateSchools(TULA_RATING, values);
    expect(first.linePoints.get("TUL.4.2.01")).toBeUndefined();
    expect(first.linePoints.get("TUL.4.2.02")).toBe(-2);
    expect(first.itemPoints.get("TUL.4.2.05")).toBe(1);
    expect(first.itemPoints.get("TUL.4.2.06")).toBeUndefined();
    expect(first.total).toBe(-2 + 5 + 1 + 0 + 5);
    expect(first.band).toBe("low");
    expect(first.missing).not.toContain("TUL.4.2.01");
    expect(first.missing).toContain("TUL.4.2.05.3");
    expect(first.missing).not.toContain("TUL.4.2.05.2");
    const scored = ratingLines(TULA_RATING).filter((l) => l.rule.kind !== "none").length;
    expect(first.missing).toHaveLength(scored - 5);
    expect(second.linePoints.get("TUL.4.2.02")).toBe(-1);
    expect(second.total).toBe(-1);
  });

  test("points given for an item replace its lines; a school without anything has no total and no band", () => {
    const points = new Map([["Школа 2", new Map<string, number | undefined>([["TUL.4.2.05", 3]])]]);
    const rated = rateSchools(TULA_RATING, new Map([...values, ["Школа 4", new Map()]]), { points });
    const second = rated[1];
    expect(second.givenItems).toEqual(["TUL.4.2.05"]);
    expect(second.itemPoints.get("TUL.4.2.05")).toBe(3);
    expect(second.linePoints.get("TUL.4.2.05.1")).toBe(3);
    expect(second.linePoints.get("TUL.4.2.05.2")).toBe(0);
    expect(second.missing.some((code) => code.startsWith("TUL.4.2.05"))).toBe(false);
    expect(second.total).toBe(2);
    const fourth = rated[3];
    expect(fourth.total).toBeUndefined();
    expect(fourth.band).toBeUndefined();
  });
});
