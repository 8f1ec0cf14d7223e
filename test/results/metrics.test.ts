import { findFramework, indicatorsOf } from "../../src/core/catalog";
import { tulaTables } from "../fixtures/tulaTables";
import { averageMark, quality, success } from "../../src/core/base/cells/marks";
import { share } from "../../src/core/base/cells/share";
import { indicatorValuesFromResults } from "../../src/core/features/results/indicators";
import {
  aggregate,
  bandsAddUp,
  confirmationAddsUp,
  marksAddUp,
  rowMetrics,
} from "../../src/core/features/results/metrics";
import { DEFAULT_RESULT_SETTINGS, MarkDistribution, ResultRow, ScoreBands } from "../../src/core/base/model/results";
import { isPossiblePercent } from "../fixtures/tableChecks";
import { keyOf } from "../../src/core/workbook/inputs";

const table = (id: string) => tulaTables.find((t) => t.id === id)!;
const marks = (n5: number, n4: number, n3: number, n2: number): MarkDistribution => ({ kind: "marks", n5, n4, n3, n2 });
const bands = (
  belowMinimum: number,
  upTo60: number,
  from61to80: number,
  from81to99: number,
  hundred: number,
): ScoreBands => ({
  kind: "bands",
  belowMinimum,
  upTo60,
  from61to80,
  from81to99,
  hundred,
});

describe("Tula 2.3.1 (РКР, математика)", () => {
  const [n, below, successPrinted, sufficient, qualityPrinted, n5, n4, n3, n2] = table("2.3.1").rows[0]
    .values as number[];
  const row: ResultRow = {
    period: "2020/2021",
    school: "г. Тула",
    procedure: "РКР",
    subject: "Математика",
    grade: "",
    participants: n,
    distribution: marks(n5, n4, n3, n2),
  };

  test("the document's quality 74,2 and success 96,4 are reproduced from its marks", () => {
    const metrics = rowMetrics(row);
    expect([n, n5, n4, n3, n2]).toEqual([3800, 1125, 1694, 843, 138]);
    expect(metrics.quality).toBe(74.2);
    expect(metrics.success).toBe(96.4);
    expect(metrics.quality).toBe(qualityPrinted);
    expect(metrics.success).toBe(successPrinted);
    expect(n5 + n4 + n3).toBe(sufficient);
    expect(n2).toBe(below);
    expect(share(below, n)).toBe(3.6); // «ниже достаточного уровня – 138 обучающихся, что составляет 3,6 %»
  });

  test("the marks add up to the participants; a typo in one count is caught", () => {
    expect(marksAddUp(row)).toBeUndefined();
    const typo = { ...row, distribution: marks(n5, 1649, n3, n2) };
    expect(marksAddUp(typo)).toBe("сумма отметок «5»–«2» (3755) не равна числу участников (3800)");
  });
});

describe("Tula 2.6.1 (диагностические работы, 10 классы)", () => {
  /** Every distribution of N that gives the printed % выполнения, % качества and средний балл (one decimal). */
  function distributionFor(n: number, done: number, good: number, avg: number): MarkDistribution | undefined {
    for (let passed = 0; passed <= n; passed++) {
      if (share(passed, n) !== done) continue;
      for (let top = 0; top <= passed; top++) {
        if (share(top, n) !== good) continue;
        for (let n5 = 0; n5 <= top; n5++) {
          const candidate = marks(n5, top - n5, passed - top, n - passed);
          if (averageMark(candidate, 1) === avg) return candidate;
        }
      }
    }
    return undefined;
  }

  const rows = table("2.6.1").rows.map((r) => ({ label: r.label, values: r.values as number[] }));

  test.each(rows.filter((r) => r.label !== "Химия").map((r) => [r.label, ...r.values]))(
    "%s: some distribution of %d reproduces %d %% выполнения, %d %% качества, средний балл %d",
    (_label, n, done, good, avg) => {
      const found = distributionFor(n as number, done as number, good as number, avg as number);
      expect(found).toBeDefined();
      expect(success(found!)).toBe(done);
      expect(quality(found!)).toBe(good);
    },
  );

  test("Химия: 95,6 % and 75,4 % of 312 are impossible, and the percentages check says so", () => {
    const [n, done, good, avg] = rows.find((r) => r.label === "Химия")!.values;
    expect(isPossiblePercent(done, n)).toBe(false);
    expect(isPossiblePercent(good, n)).toBe(false);
    expect(distributionFor(n, done, good, avg)).toBeUndefined();
    expect(rows.filter((r) => !isPossiblePercent(r.values[1], r.values[0])).map((r) => r.label)).toEqual(["Химия"]);
  });
});

describe("Tula 2.4.2 (ГИА-9)", () => {
  const participants2019 = table("2.4.1")
    .rows.slice(0, 2)
    .map((r) => r.values[1] as number);

  test("277 highest scores in Russian and 29 in maths are 5,9 % and 0,6 % of the ОГЭ participants", () => {
    expect(participants2019).toEqual([4665, 4665]);
    expect(share(277, participants2019[0])).toBe(5.9);
    expect(share(29, participants2019[1])).toBe(0.6);
    expect(isPossiblePercent(5.9, 4665)).toBe(true);
  });
});

describe("ЕГЭ bands", () => {
  const row: ResultRow = {
    period: "2023/2024",
    school: "ОО 1",
    procedure: "ЕГЭ",
    subject: "Русский язык",
    grade: "11",
    participants: 40,
    distribution: bands(2, 10, 16, 10, 2),
  };

  test("high results follow the settings: 81+ by default, 61+ when chosen", () => {
    expect(rowMetrics(row).highShare).toBe(30);
    expect(rowMetrics(row, { ...DEFAULT_RESULT_SETTINGS, egeHighFrom: 61 }).highShare).toBe(70);
    expect(rowMetrics(row).belowMinimumShare).toBe(5);
    expect(rowMetrics(row).quality).toBeUndefined();
  });

  test("bands that do not add up are caught", () => {
    expect(bandsAddUp(row)).toBeUndefined();
    expect(bandsAddUp({ ...row, participants: 41 })).toBe(
      "сумма участников по диапазонам баллов ЕГЭ (40) не равна числу участников (41)",
    );
    expect(marksAddUp({ ...row, participants: 41 })).toBeUndefined();
  });

  test("ВПР confirmation that does not add up is caught", () => {
    const vpr: ResultRow = {
      ...row,
      procedure: "ВПР",
      participants: 20,
      distribution: marks(5, 5, 5, 5),
      confirmation: { lowered: 2, confirmed: 15, raised: 2 },
    };
    expect(confirmationAddsUp(vpr)).toBe("понизили + подтвердили + повысили (19) не равно числу участников (20)");
    expect(rowMetrics(vpr).confirmedShare).toBe(78.9);
  });
});

describe("aggregation", () => {
  const base = { period: "2023/2024", procedure: "ОГЭ" as const, subject: "Математика", grade: "9" };
  const rows: ResultRow[] = [
    { ...base, school: "Малая", participants: 10, distribution: marks(5, 5, 0, 0) },
    { ...base, school: "Большая", participants: 90, distribution: marks(0, 45, 45, 0) },
    { ...base, school: "Закрытая", notHeld: true },
  ];

  test("the municipal quality is pooled (55,0), not the mean of school shares (75,0)", () => {
    const schools = aggregate(rows, ["school"]);
    expect(schools.map((g) => [g.group.school, g.metrics.quality])).toEqual([
      ["Малая", 100],
      ["Большая", 50],
    ]);
    const [municipal] = aggregate(rows, ["period", "procedure"]);
    expect(municipal.participants).toBe(100);
    expect(municipal.marks).toEqual(marks(5, 50, 45, 0));
    expect(municipal.metrics.quality).toBe(55);
    const meanOfShares = ((schools[0].metrics.quality as number) + (schools[1].metrics.quality as number)) / 2;
    expect(meanOfShares).toBe(75);
    expect(municipal.metrics.quality).not.toBe(meanOfShares);
    expect(municipal.metrics.averageMark).toBe(3.6);
  });
});

describe("indicatorValuesFromResults on the Asino framework", () => {
  const framework = findFramework("asino")!;
  const codeOf = (label: string) => indicatorsOf(framework).find((i) => i.label === label)!.code;
  const P = "2023/2024";
  const S = "СОШ № 1";
  const row = (
    procedure: ResultRow["procedure"],
    subject: string,
    grade: string,
    participants: number,
    d: MarkDistribution | ScoreBands,
  ): ResultRow => ({
    period: P,
    school: S,
    procedure,
    subject,
    grade,
    participants,
    distribution: d,
  });
  const rows: ResultRow[] = [
    row("ОГЭ", "Русский язык", "9", 50, marks(10, 20, 15, 5)),
    row("ОГЭ", "Математика", "9", 50, marks(4, 16, 25, 5)),
    row("ОГЭ", "Физика", "9", 12, marks(3, 5, 3, 1)),
    row("ОГЭ", "Обществознание", "9", 30, marks(2, 10, 14, 4)),
    row("ЕГЭ", "Русский язык", "11", 40, bands(2, 10, 16, 10, 2)),
    row("ЕГЭ", "Математика (базовый уровень)", "11", 15, marks(6, 6, 2, 1)),
    row("ЕГЭ", "Математика (профильный уровень)", "11", 25, bands(1, 8, 10, 5, 1)),
    row("ЕГЭ", "Химия", "11", 10, bands(1, 3, 3, 3, 0)),
    row("ВПР", "Русский язык", "4", 60, marks(15, 25, 15, 5)),
    row("ВПР", "Математика", "4", 60, marks(20, 20, 15, 5)),
    row("ВПР", "Математика", "6", 55, marks(5, 20, 20, 10)),
    { ...row("ВПР", "История", "11", 20, marks(5, 5, 5, 5)), confirmation: { lowered: 4, confirmed: 14, raised: 2 } },
    { period: P, school: S, procedure: "ОГЭ", subject: "Литература", grade: "9", notHeld: true },
  ];
  const { values, codes } = indicatorValuesFromResults(framework, rows);
  const pair = (label: string) => {
    const code = codeOf(label);
    return [
      values.get(keyOf({ code, field: "num", period: P, school: S })),
      values.get(keyOf({ code, field: "den", period: P, school: S })),
    ];
  };

  test.each([
    ["Доля участников ОГЭ, показавших высокие результаты по русскому языку", 10, 50],
    ["Доля участников ОГЭ, показавших высокие результаты по математике", 4, 50],
    ["Доля участников ОГЭ, показавших высокие результаты по предметам по выбору", 5, 42],
    ["Доля участников ОГЭ, показавших удовлетворительные результаты по русскому языку", 45, 50],
    ["Доля участников ОГЭ, показавших удовлетворительные результаты по математике", 45, 50],
    ["Доля участников ОГЭ, показавших удовлетворительные результаты по предметам по выбору", 37, 42],
    ["Доля участников ЕГЭ, показавших высокие результаты по русскому языку", 12, 40],
    ["Доля участников ЕГЭ, показавших высокие результаты по математике (базовый и профильный уровни)", 12, 40],
    ["Доля участников ЕГЭ, показавших высокие результаты по предметам по выбору", 3, 10],
    ["Доля участников ЕГЭ, показавших удовлетворительные результаты по русскому языку", 38, 40],
    ["Доля участников ЕГЭ, показавших удовлетворительные результаты по предметам по выбору", 9, 10],
    ["Доля участников ВПР (предметные результаты, 4 класс), показавших высокие результаты", 35, 120],
    ["Доля участников ВПР (предметные результаты, 4 класс), показавших массовые результаты", 110, 120],
    ["Доля участников ВПР (предметные результаты, 5–8 классы), показавших высокие результаты", 5, 55],
    ["Доля участников ВПР (предметные результаты, 5–8 классы), показавших массовые результаты", 45, 55],
    ["Доля участников ВПР, подтвердивших результаты промежуточной аттестации", 14, 20],
  ])("%s → %d / %d", (label, num, den) => {
    expect(pair(label)).toEqual([num, den]);
    expect(codes).toContain(codeOf(label));
  });

  test("metapredmet results and functional literacy are not mapped", () => {
    const unmapped = [
      "Доля участников ВПР (метапредметные результаты, 4–8 классы), показавших массовые результаты",
      "Доля участников исследований по функциональной грамотности, показавших высокие результаты",
    ].map(codeOf);
    unmapped.forEach((code) => expect(codes).not.toContain(code));
    expect(codes).toHaveLength(17);
  });

  test("ЕГЭ high from 61 widens the bands", () => {
    const wide = indicatorValuesFromResults(framework, rows, { ...DEFAULT_RESULT_SETTINGS, egeHighFrom: 61 }).values;
    const code = codeOf("Доля участников ЕГЭ, показавших высокие результаты по русскому языку");
    expect(wide.get(keyOf({ code, field: "num", period: P, school: S }))).toBe(28);
  });
});
