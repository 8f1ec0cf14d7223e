import { builtInCatalog } from "../../src/core/catalog";
import type { CycleStage } from "../../src/core/catalog/methodologySchema";
import { contradictions } from "../../src/core/features/selfAssessment/contradictions";

const methodology = builtInCatalog().methodology;
const sub11 = methodology.blocks[0].subsystems[0];
const codesOf = (stage: CycleStage) => sub11.positions.filter((p) => p.stage === stage).map((p) => p.code);
const scored = (entries: [string, number][]) => new Map(entries);

describe("contradictions", () => {
  test("consistent scores give none", () => {
    const all = new Map(sub11.positions.map((p) => [p.code, p.maxScore]));
    expect(contradictions(methodology, all)).toEqual([]);
    expect(contradictions(methodology, new Map())).toEqual([]);
  });

  test("indicators matching the goal while the goals stage scores 0", () => {
    const found = contradictions(
      methodology,
      scored([
        ["FED.1.1.2.01", 2],
        ["FED.1.1.2.02", 1],
      ]),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ subsystem: "1.1", stage: "indicators" });
    expect(found[0].codes).toEqual(["FED.1.1.2.01", "FED.1.1.2.02", ...codesOf("goals")]);
    expect(found[0].message).toBe(
      "«1.1 Система оценки качества подготовки обучающихся», этап «Показатели и методы сбора информации»: " +
        "показатели (FED.1.1.2.01, FED.1.1.2.02) оценены как соответствующие обоснованной цели, " +
        "а этап «Цели» — 0 баллов (FED.1.1.1.01–FED.1.1.1.06).",
    );
    // One goal scored: no warning.
    expect(
      contradictions(
        methodology,
        scored([
          ["FED.1.1.2.01", 2],
          ["FED.1.1.1.04", 1],
        ]),
      ),
    ).toEqual([]);
  });

  test("monitoring scored while the penalty row says indicators are ineffective", () => {
    const monitoring = codesOf("monitoring");
    const found = contradictions(
      methodology,
      scored([
        ["FED.1.1.1.04", 1],
        ["FED.1.1.2.05", -1],
        [monitoring[0], 1],
      ]),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ subsystem: "1.1", stage: "monitoring", codes: [monitoring[0], "FED.1.1.2.05"] });
    expect(found[0].message).toMatch(
      /этап «Мониторинг»: мониторинг оценён \(FED\.1\.1\.3\.01\), а строка FED\.1\.1\.2\.05/,
    );
    // The penalty alone, or a penalty of 0, is no contradiction.
    expect(contradictions(methodology, scored([["FED.1.1.2.05", -1]]))).toEqual([]);
    expect(
      contradictions(
        methodology,
        scored([
          ["FED.1.1.2.05", 0],
          [monitoring[0], 1],
        ]),
      ),
    ).toEqual([]);
  });

  test("analysis or measures scored while monitoring is 0", () => {
    const [analysis] = codesOf("analysis");
    const [measure] = codesOf("measures");
    const found = contradictions(
      methodology,
      scored([
        [analysis, 2],
        [measure, 1],
      ]),
    );
    expect(found.map((item) => [item.stage, item.codes[0]])).toEqual([
      ["analysis", analysis],
      ["measures", measure],
    ]);
    expect(found[0].message).toBe(
      `«1.1 Система оценки качества подготовки обучающихся», этап «Анализ и адресные рекомендации»: оценены ${analysis}, ` +
        "а этап «Мониторинг» — 0 баллов (FED.1.1.3.01–FED.1.1.3.04): анализировать и принимать меры не по чему.",
    );
    expect(found[1].codes).toEqual([measure, ...codesOf("monitoring")]);
    expect(
      contradictions(
        methodology,
        scored([
          [analysis, 2],
          ["FED.1.1.3.02", 1],
        ]),
      ),
    ).toEqual([]);
  });

  test("effectiveness scored while measures are 0, in another subsystem too", () => {
    const sub25 = methodology.blocks[1].subsystems[4];
    const effect = sub25.positions.find((p) => p.stage === "effectiveness")?.code as string;
    const measures = sub25.positions.filter((p) => p.stage === "measures").map((p) => p.code);
    const found = contradictions(methodology, scored([[effect, 1]]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ subsystem: "2.5", stage: "effectiveness", codes: [effect, ...measures] });
    expect(found[0].message).toContain("«2.5 Система организации воспитания и социализации обучающихся»");
    expect(found[0].message).toContain(
      `этап «Меры и управленческие решения» — 0 баллов (${measures[0]}–${measures.at(-1)})`,
    );
    // With a measure scored the warning goes (and the measure without monitoring gets its own).
    const withMeasure = contradictions(
      methodology,
      scored([
        [effect, 1],
        [measures[2], 1],
      ]),
    );
    expect(withMeasure.map((item) => item.stage)).toEqual(["measures"]);
  });
});
