import { procedureResults } from "../../src/core/features/analysis/procedureResults";
import { DEFAULT_RESULT_SETTINGS, type ResultRow } from "../../src/core/base/model/results";

/**
 * The procedure results of the справка beside the region's and Russia's: reference rows (their «Уровень»
 * filled) are compared with, never counted among the schools, and pooled per work as the schools are.
 */

const marks = (n5: number, n4: number, n3: number, n2: number) => ({ kind: "marks" as const, n5, n4, n3, n2 });
const row = (school: string, subject: string, grade: string, d: ReturnType<typeof marks>, extra = {}): ResultRow => ({
  period: "2024/2025",
  school,
  procedure: "ВПР",
  subject,
  grade,
  participants: d.n5 + d.n4 + d.n3 + d.n2,
  distribution: d,
  ...extra,
});

const rows: ResultRow[] = [
  row("Школа 1", "Математика", "4", marks(5, 5, 8, 2)),
  row("Школа 2", "Математика", "4", marks(2, 3, 10, 5)),
  row("Школа 1", "Русский язык", "4", marks(4, 6, 8, 2)),
  row("Школа 2", "Русский язык", "4", marks(3, 7, 8, 2)),
];
const references: ResultRow[] = [
  row("Область", "Математика", "4", marks(300, 400, 250, 50), { level: "region" }),
  row("Область", "Русский язык", "4", marks(100, 300, 500, 100), { level: "region" }),
  row("Россия", "математика", "4", marks(20_000, 30_000, 40_000, 10_000), { level: "russia" }),
  // A work the schools did not write: nothing to compare it with.
  row("Область", "Окружающий мир", "4", marks(500, 300, 150, 50), { level: "region" }),
];

describe("procedure results beside the region and Russia", () => {
  const results = procedureResults(rows, ["2024/2025"], DEFAULT_RESULT_SETTINGS, references);
  const [vpr] = results.procedures;

  test("the region's name and its figures per work, pooled from its own rows", () => {
    expect(results.region).toBe("Область");
    const math = vpr.lines.find((line) => line.subject === "Математика")!;
    // (300 + 400) of 1 000 wrote «4» or «5»; the schools' own 15 of 40.
    expect(math.region![0]!.quality).toBeCloseTo(70, 6);
    expect(math.municipal[0]!.quality).toBeCloseTo(37.5, 6);
    expect(math.region![0]!.success).toBeCloseTo(95, 6);
    // Russia's row spells the subject in lower case: it is the same work.
    expect(math.russia![0]!.quality).toBeCloseTo(50, 6);
    const russian = vpr.lines.find((line) => line.subject === "Русский язык")!;
    expect(russian.region![0]!.quality).toBeCloseTo(40, 6);
    expect(russian.russia).toBeUndefined();
  });

  test("the totals pool only the works the schools wrote; references are never schools", () => {
    // Region: math 700 + russian 400 good marks of 2 000.
    expect(vpr.regionTotal![0]!.quality).toBeCloseTo(55, 6);
    expect(vpr.regionTotal![0]!.participants).toBe(2_000);
    expect(vpr.russiaTotal![0]!.participants).toBe(100_000);
    expect(vpr.schools.map((school) => school.school).sort()).toEqual(["Школа 1", "Школа 2"]);
    expect(vpr.total[0]!.participants).toBe(80);
  });

  test("a book without reference rows gives no region and no comparison", () => {
    const alone = procedureResults(rows, ["2024/2025"], DEFAULT_RESULT_SETTINGS);
    expect(alone.region).toBeUndefined();
    expect(alone.procedures[0].regionTotal).toBeUndefined();
    expect(alone.procedures[0].lines.every((line) => !line.region && !line.russia)).toBe(true);
  });
});
