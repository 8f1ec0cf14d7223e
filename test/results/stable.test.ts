import { ResultRow } from "../../src/core/base/model/results";
import { stableGoodSchools } from "../../src/core/features/results/stable";

const PERIODS = ["2021/2022", "2022/2023", "2023/2024"];
const plain = (text: string) => text.replace(/\u00a0/g, " ");

/** A ВПР row of `total` with `good` «4», one «5», no «2», the rest «3». */
function row(period: string, school: string, good: number, total = 100, twos = 0): ResultRow {
  return {
    period,
    school,
    procedure: "ВПР",
    subject: "математика",
    grade: "5",
    distribution: { kind: "marks", n5: 1, n4: good - 1, n3: total - good - twos, n2: twos },
  };
}

/** School A against school B (fixed at 40 of 100) in each period. */
const rows = (a: readonly number[], total = 100): ResultRow[] =>
  PERIODS.flatMap((p, i) => [row(p, "Школа А", a[i], total), row(p, "Школа Б", 40)]);

describe("stable good schools", () => {
  test("above the pooled municipality in all three periods: a candidate, with its numbers", () => {
    // 60 of 100 against 100 of 200 = 50,0 %.
    const [found] = stableGoodSchools(rows([60, 60, 60]), PERIODS);
    expect(found).toMatchObject({ school: "Школа А", procedure: "ВПР", measure: "quality" });
    expect(found.periods[0]).toMatchObject({ value: 60, municipal: 50, difference: 10, participants: 100 });
    expect(plain(found.sentence)).toBe(
      "Школа А, ВПР: качество знаний выше муниципального во всех 3 последних периодах " +
        "(2021/2022: 60,0 % при 50,0 % в муниципалитете (+10,0 п.п.); 2022/2023: 60,0 % при 50,0 % в муниципалитете (+10,0 п.п.); " +
        "2023/2024: 60,0 % при 50,0 % в муниципалитете (+10,0 п.п.)), признаков риска нет — можно предложить поделиться опытом.",
    );
  });

  test("level with the municipality in one period is not enough; just above is", () => {
    expect(stableGoodSchools(rows([60, 40, 60]), PERIODS)).toEqual([]); // 40 of 100 = 40 of 100
    expect(stableGoodSchools(rows([60, 41, 60]), PERIODS)).toHaveLength(1); // 41,0 % > 40,5 %
  });

  test("a missing or small period breaks the series", () => {
    const missing = rows([60, 60, 60]).filter((r) => !(r.school === "Школа А" && r.period === PERIODS[1]));
    expect(stableGoodSchools(missing, PERIODS)).toEqual([]);
    const small = [...PERIODS.map((p) => row(p, "Школа А", 8, 9)), ...PERIODS.map((p) => row(p, "Школа Б", 40))];
    expect(stableGoodSchools(small, PERIODS)).toEqual([]);
  });

  test("a school with a ШНОР flag is not offered, however good its quality", () => {
    // 60 «4» and 25 «2» of 100 in ВПР 4 класс: quality 60 %, share of «2» 25 % every year (threshold 20 %).
    const flagged = PERIODS.flatMap((p) => [row(p, "Школа А", 60, 100, 25), row(p, "Школа Б", 40)]).map((r) => ({
      ...r,
      grade: "4",
    }));
    expect(stableGoodSchools(flagged, PERIODS)).toEqual([]);
  });

  test("fewer than three periods: nobody yet", () => {
    expect(stableGoodSchools(rows([60, 60, 60]), PERIODS.slice(1))).toEqual([]);
  });

  test("ЕГЭ is judged on the share of 81+ results", () => {
    const ege = (period: string, school: string, high: number): ResultRow => ({
      period,
      school,
      procedure: "ЕГЭ",
      subject: "математика",
      grade: "11",
      distribution: { kind: "bands", belowMinimum: 0, upTo60: 10, from61to80: 10 - high, from81to99: high, hundred: 0 },
    });
    const egeRows = PERIODS.flatMap((p) => [ege(p, "Лицей", 6), ege(p, "Школа Б", 2)]);
    const [found] = stableGoodSchools(egeRows, PERIODS);
    expect(found).toMatchObject({ school: "Лицей", measure: "highShare" });
    expect(found.periods[2]).toMatchObject({ value: 30, municipal: 20, difference: 10 });
    expect(plain(found.sentence)).toContain("Лицей, ЕГЭ: доля результатов от 81 балла выше муниципального");
  });
});
