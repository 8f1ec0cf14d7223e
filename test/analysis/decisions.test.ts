import type { Indicator } from "../../src/core/catalog/schema";
import {
  assessDecisions,
  decisionRows,
  decisionsSheetPlan,
  readDecisionRows,
} from "../../src/core/features/analysis/decisions";
import type { Decision, IndicatorAnalysis, PeriodValue } from "../../src/core/features/analysis/model";

/** The register's columns before «Статус» existed: an older version pre-filled them with its suggestions. */
const HEADERS = ["Решение", "Ответственный", "Срок", "Код показателя", "Период принятия", "Значение тогда"];
const accepted = (items: readonly Decision[]) => items.map((item) => ({ ...item, status: "accepted" }));
const plain = (text: string) => text.replace(/\u00a0/g, " ");

function indicator(code: string, overrides: Partial<Indicator> = {}): Indicator {
  return {
    code,
    name: "Доля участников с высокими результатами",
    label: "Доля участников с высокими результатами",
    unit: "percent",
    computation: { kind: "share", numerator: "участники с высокими результатами", denominator: "участники" },
    breakdowns: [],
    direction: "higher",
    collectedPer: "school",
    source: { document: "000_114db9a20a22e4e2.txt", section: "Приложение 1", line: 1 },
    ...overrides,
  };
}

function analysis(ind: Indicator, values: PeriodValue[]): IndicatorAnalysis {
  return { indicator: ind, systemCode: "1", values, verdict: "improved", schools: [] };
}

const decision = (overrides: Partial<Decision> = {}): Decision => ({
  text: "Провести семинары",
  responsible: "ИМЦ",
  deadline: "01.09.2025",
  indicatorCode: "TST.1",
  period: "2023/2024",
  ...overrides,
});

const NOW = "2024/2025";

/** Assesses one decision on a share (or the given indicator) that moved from `then` to `now`. */
function assessOne(then: number, now: number, ind: Indicator = indicator("TST.1"), valueThen?: number) {
  const values = [
    { period: "2023/2024", value: then },
    { period: NOW, value: now },
  ];
  const [result] = assessDecisions([decision({ indicatorCode: ind.code, valueThen })], [analysis(ind, values)], NOW);
  return result;
}

describe("register «Управленческие решения»", () => {
  const decisions: Decision[] = [
    decision({ valueThen: 34.2 }),
    decision({
      text: "Закрепить кураторов за ОО",
      responsible: "управление образования",
      deadline: "ежегодно, сентябрь",
      indicatorCode: "TST.2",
      period: "2024",
    }),
  ];

  it("round-trips through its rows and through the planned sheet", () => {
    const read = { decisions: accepted(decisions), proposed: [], problems: [] };
    expect(readDecisionRows(decisionRows(decisions))).toEqual(read);
    const plan = decisionsSheetPlan(decisions);
    expect(plan.role).toBe("decisions");
    expect(plan.name).toBe("Управленческие решения");
    expect(readDecisionRows(plan.blocks[0].cells as unknown[][])).toEqual(read);
    const headerRow = plan.blocks[0].cells.findIndex((row) => row[0] === "Решение");
    expect(plan.blocks[0].cells[headerRow]).toEqual([...HEADERS, "Статус"]);
    expect(plan.tables).toEqual([{ name: expect.any(String), range: { row: headerRow, col: 0, rows: 3, cols: 7 } }]);
  });

  it("is pre-filled with proposals marked «предложено» only while it is empty; proposals are not decisions", () => {
    const suggested = [decision({ text: "Предложенное решение", status: "proposed" })];
    const empty = decisionsSheetPlan([], suggested);
    const read = readDecisionRows(empty.blocks[0].cells as unknown[][]);
    expect(read.decisions).toEqual([]);
    expect(read.proposed).toEqual(suggested);
    expect(empty.blocks[0].cells.flat()).toContain("предложено");
    expect(empty.blocks[0].cells.flat().join(" ")).toContain("Строки предложены");
    const filled = decisionsSheetPlan(decisions, suggested);
    expect(readDecisionRows(filled.blocks[0].cells as unknown[][]).decisions).toEqual(accepted(decisions));
    const blank = decisionsSheetPlan([]);
    expect(blank.tables[0].range.rows).toBe(2);
    expect(readDecisionRows(blank.blocks[0].cells as unknown[][])).toEqual({
      decisions: [],
      proposed: [],
      problems: [],
    });
  });

  it("counts as decisions only the rows marked «принято» once the register has a status column", () => {
    const rows = [
      [...HEADERS, "Статус"],
      ["Решение А", "ИМЦ", "01.09.2025", "TST.1", "2024/2025", null, "принято"],
      ["Решение Б", "ИМЦ", "01.09.2025", "TST.1", "2024/2025", null, "предложено"],
      ["Решение В", "ИМЦ", "01.09.2025", "TST.1", "2024/2025", null, "Отклонено"],
      ["Решение Г", "ИМЦ", "01.09.2025", "TST.1", "2024/2025", null, ""],
    ];
    const read = readDecisionRows(rows);
    expect(read.decisions.map((item) => item.text)).toEqual(["Решение А"]);
    expect(read.proposed.map((item) => [item.text, item.status])).toEqual([
      ["Решение Б", "proposed"],
      ["Решение В", "rejected"],
      ["Решение Г", "proposed"],
    ]);
  });

  it("takes a register kept before «Статус» existed as proposals, the self-assessment's rule too", () => {
    const rows = [HEADERS, ["Решение А", "ИМЦ", "01.09.2025", "TST.1", "2024/2025", null]];
    const read = readDecisionRows(rows);
    expect(read.decisions).toEqual([]);
    expect(read.proposed.map((item) => [item.text, item.status])).toEqual([["Решение А", "proposed"]]);
  });

  it("reads what people type: dates, periods in any spelling, values with a comma", () => {
    const rows = [
      [...HEADERS, "Статус"],
      ["Решение А", "ИМЦ", 45901, "TST.1", "2023-2024", "34,2 %", "Принято"],
    ];
    expect(readDecisionRows(rows).decisions).toEqual([
      {
        text: "Решение А",
        responsible: "ИМЦ",
        deadline: "01.09.2025",
        indicatorCode: "TST.1",
        period: "2023/2024",
        valueThen: 34.2,
        status: "accepted",
      },
    ]);
  });

  it("reports broken rows in Russian: drops what can't be assessed, keeps what is only incomplete", () => {
    const rows: unknown[][] = [
      ["Управленческие решения"],
      [...HEADERS, "Статус"],
      ["", "ИМЦ", "01.09.2025", "TST.1", "2023/2024", null, "принято"],
      ["Решение Б", "ИМЦ", "01.09.2025", "", "2023/2024", null, "принято"],
      ["Решение В", "ИМЦ", "01.09.2025", "TST.1", "прошлый год", null, "принято"],
      ["Решение Г", "", "", "TST.1", "2023/2024", "много", "принято"],
      [null, null, null, null, null, null, null],
      ["Решение Д", "ИМЦ", "01.09.2025", "TST.1", "", null, "принято"],
    ];
    const { decisions: read, problems } = readDecisionRows(rows);
    expect(read).toEqual([
      {
        text: "Решение Г",
        responsible: "",
        deadline: "",
        indicatorCode: "TST.1",
        period: "2023/2024",
        status: "accepted",
      },
    ]);
    expect(problems.map((problem) => problem.message)).toEqual([
      "Управленческие решения, строка 3: не указано решение — строка не учитывается.",
      "Управленческие решения, строка 4: не указан код показателя — эффект решения не оценить, строка не учитывается.",
      "Управленческие решения, строка 5: период принятия «прошлый год» не читается (нужно «2023/2024» или «2024») — строка не учитывается.",
      "Управленческие решения, строка 6: не указан ответственный — решение учтено, но укажите его.",
      "Управленческие решения, строка 6: не указан срок — решение учтено, но укажите его.",
      "Управленческие решения, строка 6: «много» в столбце «Значение тогда» — не число; значение возьмётся из данных книги.",
      "Управленческие решения, строка 8: не указан период принятия — строка не учитывается.",
    ]);
  });
});

describe("assessDecisions", () => {
  it("writes the effect with both values and the change", () => {
    const result = assessOne(34.2, 39.0);
    expect(result.effect).toBe("positive");
    expect(result.valueNow).toBe(39.0);
    expect(plain(result.text)).toBe(
      "Решение «Провести семинары» (ИМЦ, до 01.09.2025): доля участников с высокими результатами выросла с 34,2 % до 39,0 % (+4,8 п.п.) — эффект положительный.",
    );
  });

  it("judges shares within 1 п.п. as no effect, beyond it by direction", () => {
    expect(assessOne(40, 41).effect).toBe("none");
    expect(assessOne(40, 39).effect).toBe("none");
    expect(assessOne(40, 41.1).effect).toBe("positive");
    expect(assessOne(40, 38.9).effect).toBe("negative");
    expect(plain(assessOne(40, 41).text)).toContain("эффекта нет: изменение не превышает порога значимости");
    const lower = indicator("TST.1", { label: "Доля участников, получивших «2»", direction: "lower" });
    expect(assessOne(20, 18.9, lower).effect).toBe("positive");
    expect(assessOne(20, 21.1, lower).effect).toBe("negative");
    expect(assessOne(20, 21, lower).effect).toBe("none");
  });

  it("judges counts within 5 % as no effect, beyond it by direction", () => {
    const count = indicator("TST.1", {
      label: "Количество участников муниципального этапа ВсОШ",
      unit: "count",
      computation: { kind: "count", of: "участники" },
    });
    expect(assessOne(100, 105, count).effect).toBe("none");
    expect(assessOne(100, 95, count).effect).toBe("none");
    expect(assessOne(100, 106, count).effect).toBe("positive");
    expect(assessOne(100, 94, count).effect).toBe("negative");
    expect(assessOne(0, 3, count).effect).toBe("positive");
    expect(plain(assessOne(100, 106, count).text)).toBe(
      "Решение «Провести семинары» (ИМЦ, до 01.09.2025): количество участников муниципального этапа ВсОШ выросло с 100 до 106 (+6 %) — эффект положительный.",
    );
    expect(plain(assessOne(100, 105, count).text)).toContain("эффекта нет: изменение не превышает порога значимости");
  });

  it("judges yes/no by the answer, and leaves an indicator without direction unjudged", () => {
    const yesNo = indicator("TST.1", {
      label: "Наличие муниципальной программы",
      unit: "yesno",
      computation: { kind: "yesno" },
    });
    const result = assessOne(0, 1, yesNo);
    expect(result.effect).toBe("positive");
    expect(result.text).toContain("«Наличие муниципальной программы»: было «нет», стало «да» — эффект положительный.");
    expect(assessOne(1, 1, yesNo).effect).toBe("none");
    const neutral = indicator("TST.1", { direction: "neutral" });
    expect(assessOne(40, 50, neutral).effect).toBe("unknown");
    expect(assessOne(40, 40.5, neutral).effect).toBe("none");
  });

  it("prefers the value entered in the register to the data of that period", () => {
    expect(assessOne(30, 39, indicator("TST.1"), 38.5).effect).toBe("none");
  });

  it("says plainly when there is nothing to judge", () => {
    const ind = indicator("TST.1");
    const noNow = assessDecisions(
      [decision()],
      [analysis(ind, [{ period: "2023/2024", value: 30 }, { period: NOW }])],
      NOW,
    );
    expect(noNow[0].effect).toBe("unknown");
    expect(noNow[0].text).toBe(
      "Решение «Провести семинары» (ИМЦ, до 01.09.2025): нет значения показателя «Доля участников с высокими результатами» за 2024/2025 — эффект не оценить.",
    );
    const notHeld = assessDecisions(
      [decision()],
      [
        analysis(ind, [
          { period: "2023/2024", value: 30 },
          { period: NOW, notHeld: true },
        ]),
      ],
      NOW,
    );
    expect(notHeld[0]).toMatchObject({ effect: "unknown" });
    expect(notHeld[0].text).toContain("не проводилась");
    const noThen = assessDecisions([decision()], [analysis(ind, [{ period: NOW, value: 30 }])], NOW);
    expect(noThen[0]).toMatchObject({ effect: "unknown", valueNow: 30 });
    expect(noThen[0].text).toContain("за 2023/2024");
    const unknownCode = assessDecisions([decision({ indicatorCode: "TST.404" })], [analysis(ind, [])], NOW);
    expect(unknownCode[0].text).toContain("показателя с кодом TST.404 нет в книге");
  });

  it("lists this period's decisions to be judged next time and leaves out later ones", () => {
    const ind = indicator("TST.1");
    const values = [
      { period: "2023/2024", value: 30 },
      { period: NOW, value: 33 },
    ];
    const result = assessDecisions(
      [decision({ period: NOW }), decision({ period: "2025/2026" }), decision({ period: "2023-2024" })],
      [analysis(ind, values)],
      NOW,
    );
    expect(result.map((item) => [item.decision.period, item.effect])).toEqual([
      [NOW, "unknown"],
      ["2023/2024", "positive"],
    ]);
    expect(result[0].text).toContain("принято в 2024/2025, эффект оценивается по данным следующего периода");
  });

  it("keeps a deadline in words as written and nests quotes", () => {
    const values = [
      { period: "2023/2024", value: 30 },
      { period: NOW, value: 30 },
    ];
    const [result] = assessDecisions(
      [decision({ text: "Реализовать проект «Точка роста».", deadline: "ежегодно, август" })],
      [analysis(indicator("TST.1"), values)],
      NOW,
    );
    expect(result.text.startsWith("Решение «Реализовать проект „Точка роста“» (ИМЦ, ежегодно, август): ")).toBe(true);
  });
});
