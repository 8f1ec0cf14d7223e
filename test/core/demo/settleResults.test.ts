import { DraftCounts, settleResults } from "../../../src/core/features/demo/settleResults";

const PERIODS = ["2022/2023", "2023/2024"];
const LIMITS = { step: 10, reach: 3, minPlaces: 8 };
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Ten schools with «2», «3», «4», «5» counts per period; `fixed` marks a designed case. */
function drafts(rows: readonly (readonly number[][])[], fixed = -1): DraftCounts[] {
  return rows.flatMap((periods, i) =>
    periods.map((counts, p) => ({
      school: `ОО ${i + 1}`,
      period: PERIODS[p],
      family: "ОГЭ math",
      counts: [...counts],
      fixed: i === fixed,
    })),
  );
}

/** Twenty participants a year, «2» and «5» varying a little from school to school. */
const ordinary = (i: number) => {
  const counts = [1 + (i % 3), 11 - (i % 3), 6 - (i % 4), 2 + (i % 4)];
  return [counts, counts];
};

describe("settleResults", () => {
  test("a school far above the others loses «5» to «4»: participants and quality stay", () => {
    const rows = drafts([
      ...Array.from({ length: 9 }, (_, i) => ordinary(i)),
      [
        [0, 2, 2, 16],
        [0, 2, 2, 16],
      ],
    ]);
    const far = rows.filter((row) => row.school === "ОО 10");
    settleResults(rows, PERIODS, 3, LIMITS);
    for (const row of far) {
      expect(sum(row.counts)).toBe(20);
      expect(row.counts[2] + row.counts[3]).toBe(18);
      expect(row.counts[3]).toBe(10); // 50 % of 20: within 3 robust deviations of the median (17,5 %)
    }
  });

  test("a jump beyond the step is narrowed by moving «2» to «3»", () => {
    const rows = drafts([
      ...Array.from({ length: 9 }, (_, i) => ordinary(i)),
      [
        [1, 10, 7, 2],
        [6, 6, 6, 2],
      ],
    ]);
    settleResults(rows, PERIODS, 3, LIMITS);
    const [before, after] = rows.filter((row) => row.school === "ОО 10").map((row) => row.counts);
    expect(before).toEqual([1, 10, 7, 2]);
    expect(sum(after)).toBe(20);
    expect(after[0]).toBeLessThanOrEqual(3);
    expect(after.slice(2)).toEqual([6, 2]);
  });

  test("a designed case keeps its numbers", () => {
    const designed = [
      [0, 2, 2, 16],
      [0, 2, 2, 16],
    ];
    const rows = drafts([...Array.from({ length: 9 }, (_, i) => ordinary(i)), designed], 9);
    settleResults(rows, PERIODS, 3, LIMITS);
    expect(rows.filter((row) => row.school === "ОО 10").map((row) => row.counts)).toEqual(designed);
  });
});
