import type { Framework, Indicator } from "../../src/core/catalog/schema";
import { tulaTables } from "../fixtures/tulaTables";
import { makeIndicator } from "./analysisFixture";
import { analyseIndicators } from "../../src/core/features/analysis/analyse";
import { conclusionsFor } from "../../src/core/features/analysis/conclusions";
import type { Dataset } from "../../src/core/sheets/dataset";
import type { CellValue } from "../../src/core/base/plan/types";
import type { InputKey, ScannedCell } from "../../src/core/workbook/inputs";

const SOURCE = { document: "004_01284385d8a2a410.txt", section: "2.4.2", line: 565 };

const indicator = (code: string, label: string, over: Partial<Indicator>): Indicator =>
  makeIndicator(code, label, { source: SOURCE, ...over });

function framework(indicators: Indicator[]): Framework {
  return {
    id: "tula",
    municipality: "г. Тула",
    title: "Тула",
    document: SOURCE.document,
    systems: [
      {
        code: "3.1",
        name: "Система оценки качества подготовки обучающихся",
        label: "Качество подготовки обучающихся",
        sheetName: "3.1",
        goals: [],
        tasks: [],
        criteria: [{ code: "1", name: "", label: "", indicators }],
        source: SOURCE,
      },
    ],
  };
}

/** A dataset with one municipal entry sheet holding the given typed values. */
function dataset(fw: Framework, periods: string[], typed: [InputKey, CellValue][]): Dataset {
  const cells: ScannedCell[] = typed.map(([key, value], i) => ({ key, value, row: i + 1, col: 6 }));
  const codes = [...new Set(typed.map(([key]) => key.code))];
  return {
    framework: fw,
    indicators: new Map(fw.systems.flatMap((s) => s.criteria.flatMap((c) => c.indicators)).map((i) => [i.code, i])),
    periods,
    schools: [],
    sheets: [
      {
        name: "3.1",
        perSchool: false,
        scan: {
          headerRow: 0,
          rows: codes.map((code, i) => ({ row: i + 1, code })),
          cells,
          periods,
          columns: new Map(),
        },
      },
    ],
  };
}

const table = (id: string) => tulaTables.find((t) => t.id === id)!;
const val = (code: string, period: string, value: CellValue): [InputKey, CellValue] => [
  { code, field: "val", period },
  value,
];

describe("Tula's numbers, table 2.4.2 (ГИА-9)", () => {
  const t = table("2.4.2");
  const periods = ["2017/2018", "2018/2019", "2019/2020"];
  // «730 получили оценку «5»» and «940 …»: the counts behind the text's «+29 %».
  const fives = (cell: CellValue) => Number(String(cell).match(/^\d+/)![0]);
  const fw = framework([
    indicator("TUL.GIA.RU5", "Количество выпускников, получивших «5» по русскому языку", {}),
    indicator("TUL.GIA.HON", "Количество выпускников, получивших аттестаты с отличием", {}),
    indicator("TUL.GIA.NAD", "Число выпускников, не допущенных к итоговой аттестации", { direction: "lower" }),
  ]);
  const data = dataset(fw, periods, [
    val("TUL.GIA.RU5", periods[0], fives(t.rows[0].values[0])),
    val("TUL.GIA.RU5", periods[1], fives(t.rows[1].values[0])),
    ...t.rows.map((row, i) => val("TUL.GIA.HON", periods[i], row.values[2])),
    val("TUL.GIA.NAD", periods[0], t.rows[0].values[3]),
    val("TUL.GIA.NAD", periods[1], t.rows[1].values[3]),
  ]);

  test("a count is described with its relative change: 730 → 940 is +29 %", () => {
    const [ru5] = analyseIndicators(data, "2018/2019");
    expect(ru5.values.map((v) => v.value)).toEqual([730, 940]);
    expect(ru5.change).toMatchObject({ mode: "relative", value: 28.8 });
    expect(ru5.verdict).toBe("improved");
    const text = conclusionsFor([ru5])[0].text;
    expect(text).toBe(
      "Количество выпускников, получивших «5» по русскому языку, выросло с 730 до 940 (+29\u00a0%) — положительная динамика.",
    );
    expect(text).not.toMatch(/п\.п\./);
    expect(conclusionsFor([ru5])[0].numbers).toEqual([730, 940, 29]);
  });

  test("fewer pupils not admitted is an improvement: 30 → 19 is −37 %, as the text says", () => {
    const analyses = analyseIndicators(data, "2018/2019");
    const nad = analyses.find((a) => a.indicator.code === "TUL.GIA.NAD")!;
    expect(nad.verdict).toBe("improved");
    const conclusion = conclusionsFor([nad])[0];
    expect(conclusion.text).toContain("с 30 до 19 (\u221237\u00a0%) — положительная динамика");
  });

  test("honours diplomas 390 → 465 is +19 %; three periods rising", () => {
    const hon = analyseIndicators(data, "2019/2020").find((a) => a.indicator.code === "TUL.GIA.HON")!;
    expect(hon.values.map((v) => v.value)).toEqual([381, 390, 465]);
    expect(hon.trend).toBe("rise");
    expect(conclusionsFor([hon])[0].text).toContain("с 390 до 465 (+19\u00a0%)");
  });
});

describe("Tula's numbers, tables 2.5.x (ЕГЭ)", () => {
  const periods = ["2018", "2019", "2020"];
  const shareOver80 = table("2.5.2");
  const results = table("2.5.4");
  const fw = framework([
    indicator("TUL.EGE.RU80", "Доля участников ЕГЭ по русскому языку, набравших более 80 баллов", {
      unit: "percent",
      computation: { kind: "share", numerator: "набравшие более 80 баллов", denominator: "участники ЕГЭ" },
    }),
    indicator("TUL.EGE.MA80", "Доля участников ЕГЭ по математике, набравших более 80 баллов", {
      unit: "percent",
      computation: { kind: "share", numerator: "набравшие более 80 баллов", denominator: "участники ЕГЭ" },
    }),
    indicator("TUL.EGE.100", "Число стобалльных результатов по предметам", {}),
    indicator("TUL.EGE.PHY", "Средний балл ЕГЭ по физике", {
      unit: "score",
      computation: { kind: "average", of: "балл" },
    }),
  ]);
  // The shares are entered as numerator and denominator over 1000 participants: 36,3 % is 363 of 1000.
  const asNumDen = (code: string, row: number): [InputKey, CellValue][] =>
    shareOver80.rows[row].values.flatMap((value, i) => [
      [{ code, field: "num", period: periods[i] }, Math.round((value as number) * 10)] as [InputKey, CellValue],
      [{ code, field: "den", period: periods[i] }, 1000] as [InputKey, CellValue],
    ]);
  const data = dataset(fw, periods, [
    ...asNumDen("TUL.EGE.RU80", 0),
    ...asNumDen("TUL.EGE.MA80", 1),
    ...results.rows[1].values.map((value, i) => val("TUL.EGE.100", periods[i], value)),
    ...table("2.5.1").rows[2].values.map((value, i) => val("TUL.EGE.PHY", periods[i], value)),
    [{ code: "TUL.EGE.RU80", field: "target" }, 40] as [InputKey, CellValue],
  ]);

  test("a share's change is in п.п.: 36,3 % → 38,3 % is +2,0 п.п.", () => {
    const [ru80] = analyseIndicators(data, "2019");
    expect(ru80.values.map((v) => v.value)).toEqual([36.3, 38.3]);
    expect(ru80.change).toMatchObject({ mode: "points", value: 2 });
    expect(ru80.verdict).toBe("improved");
    expect(ru80.reached).toBe(false);
    const conclusion = conclusionsFor([ru80])[0];
    expect(conclusion.verdict).toBe("notReached");
    expect(conclusion.text).toBe(
      "Доля участников ЕГЭ по русскому языку, набравших более 80 баллов, выросла с 36,3\u00a0% до 38,3\u00a0% (+2,0\u00a0п.п.) — положительная динамика. Целевое значение 40,0\u00a0% не достигнуто.",
    );
    expect(conclusion.numbers).toEqual([36.3, 38.3, 2, 40]);
  });

  test("38,3 % → 38,2 % is within the tolerance: stable, summarised", () => {
    const analyses = analyseIndicators(data, "2020");
    expect(analyses[0].verdict).toBe("stable");
    const withoutTarget = { ...analyses[0], target: undefined, reached: undefined };
    expect(conclusionsFor([withoutTarget])).toEqual([
      {
        verdict: "stable",
        indicatorCode: "TUL.EGE.RU80",
        text: "Без существенных изменений: 1\u00a0показатель.",
        numbers: [1],
      },
    ]);
  });

  test("33 → 50 → 33 is unstable, not yearly growth", () => {
    const hundred = analyseIndicators(data, "2020").find((a) => a.indicator.code === "TUL.EGE.100")!;
    expect(hundred.trend).toBe("unstable");
    expect(hundred.verdict).toBe("unstable");
    const { text, numbers } = conclusionsFor([hundred])[0];
    expect(text).toBe(
      "Число стобалльных результатов по предметам: 33 → 50 → 33 — нестабильно, направление изменений менялось.",
    );
    expect(text).not.toMatch(/ежегодно|увеличива|вырос/);
    expect(numbers).toEqual([33, 50, 33]);
  });

  test("3,1 % → 14,8 % → 9,6 % is unstable too; the conclusions come in order", () => {
    const analyses = analyseIndicators(data, "2020");
    const conclusions = conclusionsFor(analyses);
    expect(conclusions.map((c) => c.verdict)).toEqual(["unstable", "unstable", "unstable", "notReached"]);
    expect(conclusions[0].text).toContain("3,1\u00a0% → 14,8\u00a0% → 9,6\u00a0%");
    expect(conclusions[2].text).toBe(
      "Средний балл ЕГЭ по физике: 51,6 → 55,2 → 52,2 — нестабильно, направление изменений менялось.",
    );
    expect(conclusions[3].text).toBe(
      "Доля участников ЕГЭ по русскому языку, набравших более 80 баллов, составила 38,2\u00a0%, без существенных изменений. Целевое значение 40,0\u00a0% не достигнуто.",
    );
  });

  test("a score changes by its plain difference", () => {
    const phy = analyseIndicators(data, "2019").find((a) => a.indicator.code === "TUL.EGE.PHY")!;
    expect(phy.change).toMatchObject({ mode: "absolute", value: 3.6 });
    expect(conclusionsFor([phy])[0].text).toBe(
      "Средний балл ЕГЭ по физике вырос с 51,6 до 55,2 (+3,6) — положительная динамика.",
    );
  });
});
