import { analyseIndicators } from "../../src/core/features/analysis/analyse";
import { conclusionsFor } from "../../src/core/features/analysis/conclusions";
import type { IndicatorAnalysis, Recommendation } from "../../src/core/features/analysis/model";
import { buildReport, schoolsConcerned } from "../../src/core/features/analysis/report";
import { makeDataset, makeFramework, makeIndicator, makeSystem, shareIndicator, typed } from "./analysisFixture";

const P = ["2021/2022", "2022/2023", "2023/2024"];
const SCHOOLS = ["СОШ № 1", "СОШ № 2", "СОШ № 3"];

const perSchool = { collectedPer: "school" as const };

describe("school-level shares", () => {
  const quality = shareIndicator("T.1.01", "Доля обучающихся, получивших «4» и «5»", perSchool);
  const fw = makeFramework([makeSystem("1", [quality])]);
  // Shares 90 %, 50 % and 2,5 %: their mean is 47,5 %, the pooled share is 51 of 100.
  const data = makeDataset(fw, P, SCHOOLS, [
    typed("T.1.01", "num", P[1], 40, SCHOOLS[0]),
    typed("T.1.01", "den", P[1], 50, SCHOOLS[0]),
    typed("T.1.01", "num", P[1], 6, SCHOOLS[1]),
    typed("T.1.01", "den", P[1], 10, SCHOOLS[1]),
    typed("T.1.01", "num", P[1], 2, SCHOOLS[2]),
    typed("T.1.01", "den", P[1], 40, SCHOOLS[2]),
    typed("T.1.01", "num", P[2], 45, SCHOOLS[0]),
    typed("T.1.01", "den", P[2], 50, SCHOOLS[0]),
    typed("T.1.01", "num", P[2], 5, SCHOOLS[1]),
    typed("T.1.01", "den", P[2], 10, SCHOOLS[1]),
    typed("T.1.01", "num", P[2], 1, SCHOOLS[2]),
    typed("T.1.01", "den", P[2], 40, SCHOOLS[2]),
  ]);

  test("the municipal share is Σ numerators ÷ Σ denominators, not the mean of school shares", () => {
    const [analysis] = analyseIndicators(data, P[2]);
    expect(analysis.values[2]).toEqual({ period: P[2], value: 51, numerator: 51, denominator: 100 });
    expect(analysis.values[1]).toEqual({ period: P[1], value: 48, numerator: 48, denominator: 100 });
    expect(analysis.values[0]).toEqual({ period: P[0] });
    expect(analysis.schools.map((s) => [s.school, s.value, s.previous])).toEqual([
      [SCHOOLS[0], 90, 80],
      [SCHOOLS[1], 50, 60],
      [SCHOOLS[2], 2.5, 5],
    ]);
    expect(analysis.change).toMatchObject({ mode: "points", value: 3 });
    expect(analysis.verdict).toBe("improved");
  });

  test("the conclusion says how many schools moved which way", () => {
    const [analysis] = analyseIndicators(data, P[2]);
    const [conclusion] = conclusionsFor([analysis]);
    expect(conclusion.text).toBe(
      "Доля обучающихся, получивших «4» и «5», выросла с 48,0\u00a0% до 51,0\u00a0% (+3,0\u00a0п.п.) — положительная динамика. По ОО: рост в 1\u00a0ОО из 3, снижение — в 2\u00a0ОО.",
    );
    expect(conclusion.numbers).toEqual([48, 51, 3, 1, 3, 2]);
  });

  test("a school below the small-sample threshold is flagged and never ranked", () => {
    const [analysis] = analyseIndicators(data, P[2], 20);
    expect(analysis.schools.map((s) => s.smallSample)).toEqual([false, true, false]);
    // СОШ № 3 fell (5 % → 2,5 %) and is the worst; СОШ № 2 fell too but is a small sample.
    expect(schoolsConcerned(analysis)).toEqual([SCHOOLS[2]]);
  });

  test("a fall concerns a school only while it is no better than the municipality", () => {
    // СОШ № 1 falls 96 % → 90 % and stays far above the municipal 51 %; СОШ № 2 falls 60 % → 50 %, below it.
    const falling = makeDataset(fw, P, SCHOOLS, [
      typed("T.1.01", "num", P[1], 48, SCHOOLS[0]),
      typed("T.1.01", "den", P[1], 50, SCHOOLS[0]),
      typed("T.1.01", "num", P[1], 6, SCHOOLS[1]),
      typed("T.1.01", "den", P[1], 10, SCHOOLS[1]),
      typed("T.1.01", "num", P[1], 1, SCHOOLS[2]),
      typed("T.1.01", "den", P[1], 40, SCHOOLS[2]),
      typed("T.1.01", "num", P[2], 45, SCHOOLS[0]),
      typed("T.1.01", "den", P[2], 50, SCHOOLS[0]),
      typed("T.1.01", "num", P[2], 5, SCHOOLS[1]),
      typed("T.1.01", "den", P[2], 10, SCHOOLS[1]),
      typed("T.1.01", "num", P[2], 1, SCHOOLS[2]),
      typed("T.1.01", "den", P[2], 40, SCHOOLS[2]),
    ]);
    const [analysis] = analyseIndicators(falling, P[2]);
    expect(analysis.values[2].value).toBe(51);
    // Only a school that triggered the finding is named: СОШ № 2 fell to below the municipality. СОШ № 3
    // is the lowest (2,5 %) but unchanged, so a recommendation about a fall does not name it.
    expect(schoolsConcerned(analysis)).toEqual([SCHOOLS[1]]);
  });
});

describe("values", () => {
  const count = makeIndicator("T.1.02", "Количество победителей олимпиад");
  const hours = makeIndicator("T.1.03", "Средний балл ОГЭ по математике", {
    unit: "score",
    computation: { kind: "average", of: "балл" },
    ...perSchool,
  });
  const medals = makeIndicator("T.1.04", "Количество медалистов", perSchool);
  const flag = shareIndicator("T.1.05", "Доля ОО, в которых все обучающиеся достигли базового уровня", {
    computation: { kind: "flagShare", flag: "все достигли", population: "ОО" },
    ...perSchool,
  });
  const fw = makeFramework([makeSystem("1", [count, hours, medals, flag])]);
  const data = makeDataset(fw, P, SCHOOLS, [
    typed("T.1.02", "val", P[0], 12),
    typed("T.1.02", "val", P[1], "не проводилось"),
    typed("T.1.02", "val", P[2], 15),
    typed("T.1.03", "val", P[2], 3.5, SCHOOLS[0]),
    typed("T.1.03", "val", P[2], 4, SCHOOLS[1]),
    typed("T.1.03", "val", P[2], 3.6, SCHOOLS[2]),
    typed("T.1.03", "val", P[1], "не проводилось", SCHOOLS[0]),
    typed("T.1.04", "val", P[2], 3, SCHOOLS[0]),
    typed("T.1.04", "val", P[2], 4, SCHOOLS[2]),
    typed("T.1.05", "val", P[2], "да", SCHOOLS[0]),
    typed("T.1.05", "val", P[2], "нет", SCHOOLS[1]),
    typed("T.1.05", "val", P[2], "не проводилось", SCHOOLS[2]),
  ]);
  const analyses = analyseIndicators(data, P[2]);
  const byCode = (code: string) => analyses.find((a) => a.indicator.code === code)!;

  test("«не проводилось» is kept apart: neither 0 nor blank, and the change skips it", () => {
    const analysis = byCode("T.1.02");
    expect(analysis.values[1]).toEqual({ period: P[1], notHeld: true });
    expect(analysis.values.map((v) => v.value)).toEqual([12, undefined, 15]);
    expect(analysis.change).toMatchObject({
      mode: "relative",
      value: 25,
      from: { period: P[0] },
      to: { period: P[2] },
    });
    expect(analysis.trend).toBeUndefined();
    expect(analysis.verdict).toBe("improved");
    expect(byCode("T.1.03").values[1]).toEqual({ period: P[1], notHeld: true });
  });

  test("school values: mean to one decimal, counts summed, flags as the share of «да» among answers", () => {
    expect(byCode("T.1.03").values[2].value).toBe(3.7);
    expect(byCode("T.1.04").values[2].value).toBe(7);
    expect(byCode("T.1.05").values[2]).toEqual({ period: P[2], value: 50, numerator: 1, denominator: 2 });
    expect(byCode("T.1.05").schools.map((s) => s.value)).toEqual([100, 0]);
  });

  test("one period with values is insufficient, and summarised without a zero", () => {
    for (const code of ["T.1.03", "T.1.04", "T.1.05"]) expect(byCode(code).verdict).toBe("insufficient");
    const conclusions = conclusionsFor(analyses);
    expect(conclusions.map((c) => c.verdict)).toEqual(["improved", "insufficient"]);
    expect(conclusions[1].text).toBe(
      "Недостаточно данных для оценки динамики (значения менее чем за два периода): 3\u00a0показателя.",
    );
    expect(conclusions[1].indicatorCode).toBe("T.1.03, T.1.04, T.1.05");
    expect(conclusions.map((c) => c.text).join(" ")).not.toMatch(/(^|\s)0\s(показател|ОО|школ)/);
  });
});

describe("direction", () => {
  const twos = shareIndicator("T.2.01", "Доля обучающихся, получивших «2»", { direction: "lower" });
  const events = makeIndicator("T.2.02", "Количество мероприятий", { direction: "neutral" });
  const fw = makeFramework([makeSystem("2", [twos, events])]);
  const data = makeDataset(
    fw,
    P,
    [],
    [
      typed("T.2.01", "num", P[1], 40),
      typed("T.2.01", "den", P[1], 200),
      typed("T.2.01", "num", P[2], 30),
      typed("T.2.01", "den", P[2], 200),
      typed("T.2.01", "target", undefined, 10),
      typed("T.2.02", "val", P[1], 10),
      typed("T.2.02", "val", P[2], 20),
    ],
  );
  const analyses = analyseIndicators(data, P[2]);

  test("for «lower is better» a decrease is an improvement; the target is judged the same way", () => {
    const [analysis] = analyses;
    expect(analysis.change).toMatchObject({ mode: "points", value: -5 });
    expect(analysis.verdict).toBe("improved");
    expect(analysis.target).toBe(10);
    expect(analysis.reached).toBe(false);
    expect(conclusionsFor([analysis])[0].text).toBe(
      "Доля обучающихся, получивших «2», снизилась с 20,0\u00a0% до 15,0\u00a0% (\u22125,0\u00a0п.п.) — положительная динамика. Целевое значение 10,0\u00a0% не достигнуто.",
    );
  });

  test("a neutral indicator changes without good or bad", () => {
    expect(analyses[1].verdict).toBe("changed");
    expect(conclusionsFor([analyses[1]])[0].text).toBe("Количество мероприятий выросло с 10 до 20 (+100\u00a0%).");
  });
});

describe("summaries agree with their numbers", () => {
  const stable = (n: number): IndicatorAnalysis[] => {
    const indicators = Array.from({ length: n }, (_, i) => makeIndicator(`T.3.${i + 1}`, `Количество ${i}`));
    const fw = makeFramework([makeSystem("3", indicators)]);
    const data = makeDataset(
      fw,
      P,
      [],
      indicators.flatMap((indicator) => [
        typed(indicator.code, "val", P[1], 100),
        typed(indicator.code, "val", P[2], 100),
      ]),
    );
    return analyseIndicators(data, P[2]);
  };
  test.each([
    [1, "1\u00a0показатель"],
    [2, "2\u00a0показателя"],
    [5, "5\u00a0показателей"],
    [21, "21\u00a0показатель"],
  ])("%i stable", (n, words) => {
    expect(conclusionsFor(stable(n))).toEqual([
      expect.objectContaining({ verdict: "stable", text: `Без существенных изменений: ${words}.`, numbers: [n] }),
    ]);
  });
  test("nothing to say: no conclusions", () => expect(conclusionsFor([])).toEqual([]));
});

describe("buildReport", () => {
  const a = shareIndicator("T.4.01", "Доля выпускников, получивших аттестат", { collectedPer: "school" });
  const b = makeIndicator("T.5.01", "Количество призёров");
  const fw = makeFramework([makeSystem("4", [a]), makeSystem("5", [b])]);
  const data = makeDataset(fw, P, SCHOOLS, [
    ...SCHOOLS.flatMap((school, i) => [
      typed("T.4.01", "num", P[1], 20 - i, school),
      typed("T.4.01", "den", P[1], 20, school),
      typed("T.4.01", "num", P[2], 18 - 4 * i, school),
      typed("T.4.01", "den", P[2], 20, school),
    ]),
    typed("T.5.01", "val", P[2], 4),
  ]);

  test("systems, conclusions, recommendations for what went wrong, assessments", () => {
    const calls: [string, string[]][] = [];
    const report = buildReport({
      dataset: data,
      municipality: "Тестовый район",
      period: P[2],
      bank: [],
      decisions: [],
      recommend: (analysis, system, _bank, schools): Recommendation[] => {
        calls.push([analysis.indicator.code, [...schools]]);
        return [
          {
            actor: "ИМЦ",
            text: `Проанализировать ${system.code}`,
            trigger: analysis.verdict === "declined" ? "declined" : "insufficient",
            indicatorCode: analysis.indicator.code,
            phraseId: "p1",
            schools,
          },
        ];
      },
      assess: (_decisions, analyses, period) => {
        expect(analyses).toHaveLength(2);
        expect(period).toBe(P[2]);
        return [];
      },
    });
    expect(report.periods).toEqual(P);
    expect(report.systems.map((s) => s.system.code)).toEqual(["4", "5"]);
    expect(report.systems[0].indicators[0].verdict).toBe("declined");
    // Every school fell beyond 1 п.п. (to 90, 70 and 50 % against the municipal 70 %); the worst comes
    // first, and СОШ № 1, still above the municipality, is not among those with insufficient results.
    // An indicator with too little data to judge gets no recommendation: only declines, unstable
    // series and missed targets do.
    expect(calls).toEqual([["T.4.01", [SCHOOLS[2], SCHOOLS[1]]]]);
    expect(report.systems[0].conclusions[0].text).toContain("По ОО: снижение в 3\u00a0ОО из 3.");
    expect(report.systems[1].recommendations).toHaveLength(0);
  });
});
