import { builtInCatalog } from "../../src/core/catalog";
import { federalMethodology } from "../../src/core/catalog/frameworks/federal";
import type { Methodology, PointRule, Position } from "../../src/core/catalog/methodologySchema";
import {
  allowedScores,
  checkScore,
  CYCLE_STAGES,
  FULL_THRESHOLD,
  levelMatrix,
  levelOf,
  totals,
} from "../../src/core/features/selfAssessment/scoring";

const methodology: Methodology = builtInCatalog().methodology;
const positions = methodology.blocks.flatMap((block) => block.subsystems.flatMap((s) => s.positions));
const byCode = new Map(positions.map((position) => [position.code, position]));
const at = (code: string) => byCode.get(code) as Position;

const position = (rule: PointRule, maxScore: number): Position => ({
  code: "FED.9.9.1.01",
  name: "n",
  label: "l",
  stage: "goals",
  rule,
  maxScore,
  maxReconstructed: true,
  source: { document: "003_c2f9cc6eb99b76b2.txt", section: "x", line: 1 },
});

describe("allowedScores", () => {
  test("each rule kind", () => {
    expect(allowedScores({ kind: "presence" })).toEqual([0, 1]);
    expect(allowedScores({ kind: "perItem", pointsPerItem: 1, items: ["a", "b"] })).toEqual([0, 1, 2]);
    expect(allowedScores({ kind: "perItem", pointsPerItem: 2, items: ["a", "b", "c"] })).toEqual([0, 2, 4, 6]);
    expect(allowedScores({ kind: "goalMatch", matching: 2, notMatching: 1 })).toEqual([0, 1, 2]);
    expect(allowedScores({ kind: "goalMatch", matching: 2, notMatching: 1 }, 5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(allowedScores({ kind: "goalMatch", matching: 3, notMatching: 0 }, 7)).toEqual([0, 3, 6]);
    expect(allowedScores({ kind: "graded", min: 1, max: 4, grades: [] })).toEqual([0, 1, 2, 3, 4]);
    expect(allowedScores({ kind: "graded", min: 2, max: 3, grades: [] })).toEqual([0, 2, 3]);
    expect(allowedScores({ kind: "penalty", pointsPerItem: -1 })).toEqual({
      min: Number.NEGATIVE_INFINITY,
      max: 0,
      step: 1,
    });
  });
});

describe("checkScore at the edges of every rule", () => {
  test("presence: 0 and 1 only", () => {
    const p = at("FED.1.1.1.04");
    expect(p.rule.kind).toBe("presence");
    expect(checkScore(p, 0)).toBeUndefined();
    expect(checkScore(p, 1)).toBeUndefined();
    expect(checkScore(p, 2)).toBe("Позиция FED.1.1.1.04: балл 2 не по правилу — допустимо 0 или 1.");
    expect(checkScore(p, -1)).toMatch(/допустимо 0 или 1/);
    expect(checkScore(p, 0.5)).toMatch(/балл 0,5 не по правилу/);
    expect(checkScore(p, Number.NaN)).toBe("Позиция FED.1.1.1.04: балл должен быть числом.");
    // A maximum the user lowered to 0 (not applicable) refuses 1.
    expect(checkScore(p, 1, 0)).toBe("Позиция FED.1.1.1.04: балл 1 больше максимума 0.");
  });

  test("perItem: multiples of the points per item up to all items", () => {
    const p = at("FED.1.1.1.01");
    expect(p.rule.kind).toBe("perItem");
    for (const ok of [0, 1, 2]) expect(checkScore(p, ok)).toBeUndefined();
    expect(checkScore(p, 3)).toBe(
      "Позиция FED.1.1.1.01: балл 3 не по правилу — допустимо от 0 до 2, кратно 1 (по 1 за каждый пункт).",
    );
    expect(checkScore(p, 1.5)).toMatch(/кратно 1/);
    expect(checkScore(p, -1)).toMatch(/не по правилу/);
    const two = position({ kind: "perItem", pointsPerItem: 2, items: ["a", "b"] }, 4);
    expect(checkScore(two, 4)).toBeUndefined();
    expect(checkScore(two, 3)).toMatch(/кратно 2/);
    expect(checkScore(two, 6)).toMatch(/от 0 до 4/);
  });

  test("goalMatch: 0, not matching or matching per indicator, additive up to the maximum", () => {
    const p = at("FED.1.1.2.01");
    expect(p.rule).toMatchObject({ kind: "goalMatch", matching: 2, notMatching: 1 });
    expect(p.maxScore).toBe(2);
    for (const ok of [0, 1, 2]) expect(checkScore(p, ok)).toBeUndefined();
    expect(checkScore(p, 3)).toBe("Позиция FED.1.1.2.01: балл 3 больше максимума 2.");
    // Three indicators: the user raises the maximum to 6.
    for (const ok of [3, 4, 5, 6]) expect(checkScore(p, ok, 6)).toBeUndefined();
    expect(checkScore(p, 7, 6)).toMatch(/больше максимума 6/);
    expect(checkScore(p, -1)).toMatch(
      /допустимо 0 или сумма баллов за показатели \(2 — соответствует цели, 1 — не соответствует\) не больше 2/,
    );
    expect(checkScore(p, 1.5)).toMatch(/не по правилу/);
    const strict = position({ kind: "goalMatch", matching: 2, notMatching: 0 }, 6);
    expect(checkScore(strict, 4)).toBeUndefined();
    expect(checkScore(strict, 3)).toMatch(/не по правилу/);
  });

  test("graded: 0 or min..max", () => {
    const p = at("FED.1.1.4.01");
    expect(p.rule).toMatchObject({ kind: "graded", min: 1, max: 4 });
    for (const ok of [0, 1, 4]) expect(checkScore(p, ok)).toBeUndefined();
    expect(checkScore(p, 5)).toBe("Позиция FED.1.1.4.01: балл 5 не по правилу — допустимо 0 или целое от 1 до 4.");
    expect(checkScore(p, 2.5)).toMatch(/целое от 1 до 4/);
    expect(checkScore(p, -1)).toMatch(/целое от 1 до 4/);
    const fromTwo = position({ kind: "graded", min: 2, max: 3, grades: [] }, 3);
    expect(checkScore(fromTwo, 1)).toMatch(/от 2 до 3/);
    expect(checkScore(fromTwo, 0)).toBeUndefined();
  });

  test("penalty rows: 0 or negative multiples, never above 0", () => {
    const penalties = positions.filter((p) => p.rule.kind === "penalty");
    expect(penalties).toHaveLength(9); // one per subsystem
    for (const p of penalties) {
      expect(p.stage).toBe("indicators");
      expect(p.maxScore).toBe(0);
    }
    const p = at("FED.1.1.2.05");
    for (const ok of [0, -1, -5]) expect(checkScore(p, ok)).toBeUndefined();
    expect(checkScore(p, 1)).toBe(
      "Позиция FED.1.1.2.05: штраф 1 не по правилу — допустимо 0 или отрицательное число, кратное 1.",
    );
    expect(checkScore(p, -0.5)).toMatch(/кратное 1/);
    const two = position({ kind: "penalty", pointsPerItem: -2 }, 0);
    expect(checkScore(two, -4)).toBeUndefined();
    expect(checkScore(two, -3)).toMatch(/кратное 2/);
  });

  test("every position accepts 0 and its own maximum, and refuses its maximum + 1", () => {
    for (const p of positions) {
      expect(checkScore(p, 0)).toBeUndefined();
      expect(checkScore(p, p.maxScore)).toBeUndefined();
      expect(checkScore(p, p.maxScore + 1)).toBeDefined();
    }
  });
});

/** Counted from the raw data by code prefix («FED.<block>.<subsystem>.<stage>.<n>»), not through the parsed tree. */
function independentCounts() {
  const count = new Map<string, { positions: number; maximum: number }>();
  const ruleMaximum = (rule: PointRule) => {
    if (rule.kind === "presence") return 1;
    if (rule.kind === "perItem") return rule.items.length * rule.pointsPerItem;
    if (rule.kind === "goalMatch") return rule.matching;
    if (rule.kind === "graded") return rule.max;
    return 0;
  };
  const raw = JSON.stringify(federalMethodology);
  const codes = [...raw.matchAll(/"code":"(FED\.\d+\.\d+\.\d+\.\d+)"/g)].map((m) => m[1]);
  for (const code of codes) {
    const [, block, sub, stage] = code.split(".");
    for (const key of [`${block}.${sub}`, `${block}`, `stage${stage}`, "all"]) {
      const entry = count.get(key) ?? { positions: 0, maximum: 0 };
      entry.positions++;
      entry.maximum += ruleMaximum(at(code).rule);
      count.set(key, entry);
    }
  }
  return { count, codes };
}

describe("totals", () => {
  const { count, codes } = independentCounts();
  const empty = totals(methodology, new Map(), new Map());

  test("positions and maxima per subsystem, block and stage match a count by code prefix", () => {
    expect(codes).toHaveLength(284);
    expect(new Set(codes).size).toBe(284);
    for (const block of empty.blocks) {
      expect(block.positions).toBe(count.get(block.code)?.positions);
      expect(block.maximum).toBe(count.get(block.code)?.maximum);
      for (const subsystem of block.subsystems) {
        expect(subsystem.positions).toBe(count.get(subsystem.code)?.positions);
        expect(subsystem.maximum).toBe(count.get(subsystem.code)?.maximum);
        expect(subsystem.stages.reduce((sum, stage) => sum + stage.positions, 0)).toBe(subsystem.positions);
      }
    }
    empty.stages.forEach((stage, i) => {
      expect(stage.stage).toBe(CYCLE_STAGES[i]);
      expect(stage.positions).toBe(count.get(`stage${i + 1}`)?.positions);
      expect(stage.maximum).toBe(count.get(`stage${i + 1}`)?.maximum);
    });
    expect(empty.overall.positions).toBe(284);
  });

  test("subsystem maxima are those stated in the data's notes (34, 25, 43, 42, 31, 57, 37, 27, 40; 336)", () => {
    const maxima = empty.blocks.flatMap((block) => block.subsystems.map((s) => [s.code, s.maximum]));
    expect(Object.fromEntries(maxima)).toEqual({
      "1.1": 34,
      "1.2": 25,
      "1.3": 43,
      "1.4": 42,
      "2.1": 31,
      "2.2": 57,
      "2.3": 37,
      "2.4": 27,
      "2.5": 40,
    });
    expect(empty.overall.maximum).toBe(336);
  });

  test("no scores: 0 points, 0 %, every cell «отсутствует»", () => {
    expect(empty.overall).toMatchObject({ points: 0, percent: 0, level: "absent", scored: 0 });
    for (const row of levelMatrix(empty)) expect(row.words).toEqual(Array(6).fill("отсутствует"));
  });

  test("every position at its maximum: 100 % and «полный»", () => {
    const full = new Map(positions.map((p) => [p.code, p.maxScore]));
    const result = totals(methodology, full, new Map());
    expect(result.overall).toMatchObject({ points: 336, maximum: 336, percent: 100, level: "full", scored: 284 });
    for (const row of levelMatrix(result)) expect(row.levels).toEqual(Array(6).fill("full"));
  });

  test("percent half-up to one decimal, penalties subtract, maxima the user changed count", () => {
    // 1.2 goals: 5 positions, maximum 6 (one graded 1–2).
    const goals = methodology.blocks[0].subsystems[1].positions.filter((p) => p.stage === "goals");
    expect(goals.map((p) => p.maxScore).reduce((a, b) => a + b)).toBe(6);
    const scores = new Map([[goals[0].code, 1]]);
    const cell = totals(methodology, scores).blocks[0].subsystems[1].stages[0];
    expect(cell).toMatchObject({ points: 1, maximum: 6, percent: 16.7, level: "partial", scored: 1 });
    // 1 of 8 = 12.5 exactly; with a maximum raised to 8 through maxima.
    const presence = goals.find((p, i) => i > 0 && p.rule.kind === "presence") as Position;
    const raised = totals(methodology, scores, new Map([[presence.code, 3]])).blocks[0].subsystems[1].stages[0];
    expect(raised).toMatchObject({ maximum: 8, percent: 12.5 });
    const penalty = totals(
      methodology,
      new Map([
        ["FED.1.1.2.05", -1],
        ["FED.1.1.2.01", 2],
      ]),
    ).blocks[0].subsystems[0].stages[1];
    expect(penalty.points).toBe(1);
    const negative = totals(methodology, new Map([["FED.1.1.2.05", -2]])).blocks[0].subsystems[0].stages[1];
    expect(negative).toMatchObject({ points: -2, level: "absent" });
  });

  test("levels: «полный» from 75 % (default), «частичный» above 0, a maximum of 0 has no percent", () => {
    expect(FULL_THRESHOLD).toBe(75);
    expect(levelOf(3, 75)).toBe("full");
    expect(levelOf(3, 74.9)).toBe("partial");
    expect(levelOf(3, 60, 60)).toBe("full");
    expect(levelOf(0, 0)).toBe("absent");
    expect(levelOf(1, undefined)).toBe("partial");
    const zero = totals(methodology, new Map(), new Map(positions.map((p) => [p.code, 0])));
    expect(zero.overall.percent).toBeUndefined();
    expect(zero.overall.level).toBe("absent");
    // 7 of 9 goal points in 1.1 (three perItem rows of 2 and three presence rows): 77.8 %.
    const sub = methodology.blocks[0].subsystems[0];
    const goalCodes = sub.positions.filter((p) => p.stage === "goals").map((p) => p.code);
    const seven = new Map(goalCodes.slice(0, 3).map((code) => [code, 2] as [string, number]));
    seven.set(goalCodes[3], 1);
    const stage = totals(methodology, seven).blocks[0].subsystems[0].stages[0];
    expect(stage).toMatchObject({ points: 7, maximum: 9, percent: 77.8, level: "full" });
    expect(totals(methodology, seven, new Map(), 80).blocks[0].subsystems[0].stages[0].level).toBe("partial");
  });
});
