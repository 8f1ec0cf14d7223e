import { ru } from "../../src/core/base/i18n/ru";
import { riskRulesText } from "../../src/core/base/i18n/riskRules";
import type { PlannedCell } from "../../src/core/base/plan/types";
import { DEFAULT_RESULT_SETTINGS, ResultRow } from "../../src/core/base/model/results";
import {
  changedSettings,
  readResultSettings,
  resultSettingRefs,
  resultSettingsSheetPlan,
} from "../../src/core/sheets/resultSettingsSheet";
import { RESULTS_HEADER_ROW, resultsSheetPlan } from "../../src/core/sheets/resultsSheet";
import { typedValue } from "../../src/core/base/plan/sheetLines";
import { engineWithPlans } from "../helpers/formulaEngine";

const t = ru.resultSettings;
const cellsOf = (plan = resultSettingsSheetPlan()) => plan.blocks[0].cells.map((row) => [...row]);
const rowOf = (cells: PlannedCell[][], label: string) => cells.findIndex((row) => row[0] === label);

/** The sheet as a methodologist left it after typing into «Значение». */
function edited(values: Partial<Record<keyof typeof t.labels, PlannedCell>>): PlannedCell[][] {
  const cells = cellsOf();
  for (const [key, value] of Object.entries(values)) {
    cells[rowOf(cells, t.labels[key as keyof typeof t.labels])][1] = value ?? null;
  }
  return cells;
}

describe("«Пороги результатов»", () => {
  test("a fresh sheet shows every parameter with its default and reads back as the defaults", () => {
    const plan = resultSettingsSheetPlan();
    expect(plan.name).toBe("Пороги результатов");
    expect(plan.role).toBe("resultSettings");
    const cells = cellsOf(plan);
    expect(cells[rowOf(cells, t.labels.egeHighFrom)].slice(1, 3)).toEqual([81, 81]);
    expect(cells[rowOf(cells, t.labels.riskCombination)].slice(1, 3)).toEqual([t.either, t.either]);
    expect(cells[rowOf(cells, t.labels.medallistMinScore)][3]).toMatch(/Абинский район/);
    expect(readResultSettings(cells)).toMatchObject({ settings: DEFAULT_RESULT_SETTINGS, problems: [] });
  });

  test("choices are offered as lists and numbers within their ranges", () => {
    const plan = resultSettingsSheetPlan();
    const cells = cellsOf(plan);
    const rule = (key: keyof typeof t.labels) =>
      plan.validations.find((v) => v.range.row === rowOf(cells, t.labels[key]) && v.range.col === 1)?.rule;
    expect(rule("egeHighFrom")).toEqual({ kind: "list", items: ["81", "80", "61"] });
    expect(rule("riskNoTopMarks")).toEqual({ kind: "list", items: ["да", "нет"] });
    expect(rule("riskShareOfTwos")).toEqual({ kind: "decimal", min: 0, max: 100 });
    expect(rule("riskYears")).toEqual({ kind: "wholeNumber", min: 1, max: 10 });
  });

  test("typed values are read, text numbers with a decimal comma included; blanks fall back to the defaults", () => {
    const read = readResultSettings(
      edited({
        egeHighFrom: "61",
        riskShareOfTwos: "30,5",
        riskNoTopMarks: "Нет",
        riskCombination: t.both,
        riskYears: 3,
        unconfirmedAbove: null,
        medallistMinScore: 60,
      }),
    );
    expect(read.problems).toEqual([]);
    expect(read.settings).toEqual({
      ...DEFAULT_RESULT_SETTINGS,
      egeHighFrom: 61,
      riskShareOfTwos: 30.5,
      riskNoTopMarks: false,
      riskCombination: "both",
      riskYears: 3,
      medallistMinScore: 60,
    });
    expect(changedSettings(read.settings)).toBe(6);
  });

  test.each([
    ["riskShareOfTwos", "двадцать", /«двадцать» — не число. Взято значение по умолчанию — 20/],
    ["riskShareOfTwos", 100.5, /100,5 вне допустимого диапазона от 0 до 100/],
    ["riskYears", 1.5, /1,5 — не целое число/],
    ["egeHighFrom", 70, /«70» — допустимо: 81, 80, 61/],
    ["riskCombination", "всегда", /«всегда» — допустимо: «любое из условий», «оба условия сразу»/],
    ["medallistMinBaseMark", 2, /2 вне допустимого диапазона от 3 до 5/],
  ] as const)("%s = %p is reported with its row and replaced by the default", (key, value, message) => {
    const cells = edited({ [key]: value });
    const read = readResultSettings(cells);
    expect(read.settings).toEqual(DEFAULT_RESULT_SETTINGS);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ row: rowOf(cells, t.labels[key]), col: 1 });
    expect(read.problems[0].message).toMatch(message);
    expect(read.problems[0].message).toMatch(new RegExp(`строка ${rowOf(cells, t.labels[key]) + 1}`));
    // What was typed is kept for the rebuild, so the user sees and fixes it.
    expect(read.typed.get(key)).toBe(value);
    expect(cellsOf(resultSettingsSheetPlan(read.settings, read.typed))[rowOf(cells, t.labels[key])][1]).toBe(value);
  });

  test("more risk years than the window is reported and capped at the window", () => {
    const read = readResultSettings(edited({ riskYears: 4, riskWindow: 3 }));
    expect(read.settings).toMatchObject({ riskYears: 3, riskWindow: 3 });
    expect(read.problems.map((p) => p.message)).toEqual([t.yearsOverWindow(4, 3)]);
  });

  test("a parameter whose row is gone is reported and takes the default", () => {
    const cells = cellsOf().filter((row) => row[0] !== t.labels.smallSample);
    const read = readResultSettings(cells);
    expect(read.settings.smallSample).toBe(10);
    expect(read.problems.map((p) => p.message)).toEqual([t.notFound(t.labels.smallSample)]);
  });
});

describe("the results sheet follows «Пороги результатов» in a formula engine", () => {
  const row: ResultRow = {
    period: "2024/2025",
    school: "СОШ № 1",
    procedure: "ЕГЭ",
    subject: "Русский язык",
    grade: "11",
    participants: 40,
    distribution: { kind: "bands", belowMinimum: 2, upTo60: 10, from61to80: 16, from81to99: 10, hundred: 2 },
  };
  const refs = resultSettingRefs(t.sheetName);
  const results = resultsSheetPlan([row], ["СОШ № 1"], ["2024/2025"], refs.egeHighFrom);
  const highCol = (results.blocks[0].cells[RESULTS_HEADER_ROW] as string[]).indexOf(ru.results.highShare);

  test.each([
    [81, 30], // (10 + 2) / 40
    [80, 30], // 80 sits in the 61–80 band: counted as from 81
    [61, 70], // (16 + 10 + 2) / 40
  ])("ЕГЭ high from %i gives a high share of %i %%", (from, share) => {
    const settings = resultSettingsSheetPlan({ ...DEFAULT_RESULT_SETTINGS, egeHighFrom: from as 81 | 80 | 61 });
    const { engine, value } = engineWithPlans([settings, results]);
    expect(value(results.name, RESULTS_HEADER_ROW + 1, highCol)).toBe(share);
    engine.destroy();
  });

  test("the reference points at the value cell of its parameter", () => {
    const cells = cellsOf();
    expect(refs.egeHighFrom).toBe(`'Пороги результатов'!$B$${rowOf(cells, t.labels.egeHighFrom) + 1}`);
    expect(refs.medallistMinScore).toBe(`'Пороги результатов'!$B$${rowOf(cells, t.labels.medallistMinScore) + 1}`);
  });
});

describe("MSOKO.RISK following «Пороги результатов», as the help suggests", () => {
  const help = ru.taskpane.functions.find((fn) => fn.name === "RISK")!;
  const refs = resultSettingRefs(t.sheetName);

  test("the help's example points at the share-of-«2» and risk-years cells", () => {
    expect(help.example).toBe(`=MSOKO.RISK(D5:F5;${refs.riskShareOfTwos};${refs.riskYears})`);
  });

  test.each([
    [20, 2, "риск"],
    [30, 2, "нет риска"],
    [20, 3, "нет риска"],
  ])("threshold %i %%, %i years: shares 25, 10, 25 give «%s»", (threshold, years, expected) => {
    const settings = resultSettingsSheetPlan({
      ...DEFAULT_RESULT_SETTINGS,
      riskShareOfTwos: threshold,
      riskYears: years,
    });
    const formula = help.example.replace(/;/g, ",");
    const data = {
      ...settings,
      name: "Данные",
      blocks: [{ row: 0, col: 0, cells: [[], [], [], [], [null, null, null, 25, 10, 25, formula]] }],
    };
    const { engine, value } = engineWithPlans([settings, data]);
    expect(value("Данные", 4, 6)).toBe(expected);
    engine.destroy();
  });
});

describe("«Пороги результатов»: the ШНОР rule as a table by procedure and grade", () => {
  const r = riskRulesText;
  const lineRow = (cells: PlannedCell[][], id: keyof typeof r.labels) => rowOf(cells, r.labels[id]);
  const valueOf = (cell: PlannedCell | undefined) => typedValue(cell ?? null);

  test("the criteria's numbers are the defaults, each line says where they come from", () => {
    const cells = cellsOf();
    const numbers = (id: keyof typeof r.labels) => cells[lineRow(cells, id)].slice(1, 5).map(valueOf);
    expect(numbers("vpr4")).toEqual([20, 1, 2, 3]);
    expect(numbers("vpr56")).toEqual([30, 2, 2, 2]);
    expect(numbers("oge")).toEqual([30, 1, 2, 3]);
    expect(numbers("ege")).toEqual([30, 1, 2, 3]);
    expect(String(valueOf(cells[lineRow(cells, "vpr56")][5]))).toMatch(/по двум и более проверочным работам/);
  });

  test("an edited line is read back and counted as changed; a wrong cell is reported and keeps the default", () => {
    const cells = cellsOf();
    cells[lineRow(cells, "vpr4")][1] = 25;
    cells[lineRow(cells, "ege")][3] = "два";
    const read = readResultSettings(cells);
    expect(read.settings.riskRules.find((rule) => rule.id === "vpr4")?.shareOfTwos).toBe(25);
    expect(read.settings.riskRules.find((rule) => rule.id === "ege")?.years).toBe(2);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0].message).toMatch(/ЕГЭ, русский язык и математика.*«два» — не число/);
    expect(changedSettings(read.settings)).toBe(1);
    // A rebuild writes back what was typed, the unreadable cell included.
    const again = resultSettingsSheetPlan(read.settings, read.typed).blocks[0].cells;
    expect(valueOf(again[lineRow(cells, "ege")][3])).toBe("два");
    expect(valueOf(again[lineRow(cells, "vpr4")][1])).toBe(25);
  });

  test("a sheet written before the table existed reads as the defaults, without a complaint", () => {
    const cells = cellsOf().filter(
      (row) => !(Object.values(r.labels) as string[]).includes(row[0] as string) && row[0] !== r.tableTitle,
    );
    const read = readResultSettings(cells);
    expect(read.problems).toEqual([]);
    expect(read.settings.riskRules).toEqual(DEFAULT_RESULT_SETTINGS.riskRules);
  });
});
