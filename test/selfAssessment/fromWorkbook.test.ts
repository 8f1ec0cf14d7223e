import { taimyrFramework } from "../../src/core/catalog/frameworks/taimyr";
import { frameworkSchema, type Framework, type Indicator } from "../../src/core/catalog/schema";
import { decisionHeaders } from "../../src/core/features/analysis/decisions";
import type { PlannedCell } from "../../src/core/base/plan/types";
import { cycleFromWorkbook } from "../../src/core/features/selfAssessment/fromWorkbook";
import type { ExistingSheet } from "../../src/core/workbook/existing";
import { contentsRole } from "../../src/core/workbook/settings";

/** The Положение as it is: goals and tasks, no indicators (the built-in one is completed from the library). */
const base: Framework = frameworkSchema.parse(taimyrFramework);

const indicator = (code: string): Indicator => ({
  code,
  name: `Показатель ${code}`,
  label: `Показатель ${code}`,
  unit: "percent",
  computation: { kind: "share", numerator: "a", denominator: "b" },
  breakdowns: [],
  direction: "higher",
  collectedPer: "municipality",
  source: { document: "001_8394eba6cc65d5b0.txt", section: "7.1.1", line: 272 },
});

/** Таймыр completed from the library for 7.1.1; 7.2.3 keeps tasks only, 7.2.4 has neither goals nor tasks. */
const framework: Framework = {
  ...base,
  systems: base.systems.map((system) => {
    if (system.code === "7.1.1") {
      return {
        ...system,
        criteria: [{ code: "1", name: "", label: "", indicators: ["TMR.1.01", "TMR.1.02"].map(indicator) }],
      };
    }
    if (system.code === "7.2.3") return { ...system, goals: [] };
    if (system.code === "7.2.4") return { ...system, goals: [], tasks: [] };
    return system;
  }),
};

const PERIODS = ["2023/2024", "2024/2025"];
const systemSheet = (rows: [string, PlannedCell, PlannedCell][]): PlannedCell[][] => [
  ["title"],
  [],
  [],
  [],
  ["№", "Код", "Значение 2023/2024", "Значение 2024/2025", "Цель"],
  ...rows.map(([code, older, newer], i) => [i + 1, code, older, newer, 90]),
];

const existing: ExistingSheet[] = [
  {
    name: "Содержание",
    role: contentsRole({ framework: "taimyr", periods: PERIODS, municipality: "Таймыр", flavour: "portable" }),
    cells: [],
  },
  {
    name: "7.1.1 Подготовка обучающихся",
    role: "system:7.1.1",
    // Codes of the catalog plus two added on the sheet; 3 of 4 with values (75 %).
    cells: systemSheet([
      ["TMR.1.01", 50, 55],
      ["TMR.1.02", null, "не проводилось"],
      ["TMR.1.03", 12, null],
      ["TMR.1.04", null, { formula: "=1" }],
    ]),
  },
  {
    name: "7.1.2 ШНОР и ШНСУ",
    role: "system:7.1.2",
    // Targets alone are not monitoring: 1 of 4 (25 %).
    cells: systemSheet([
      ["TMR.2.01", 5, null],
      ["TMR.2.02", null, null],
      ["TMR.2.03", null, null],
      ["TMR.2.04", null, null],
    ]),
  },
  {
    name: "7.1.3 ОО",
    role: "schools:7.1.3",
    cells: [
      ["title"],
      ["Код", "ОО", "Значение 2024/2025"],
      ["TMR.3.01", "Школа № 1", 7],
      ["TMR.3.02", "Школа № 1", null],
    ],
  },
  {
    name: "Анализ 2024-2025",
    role: "analysis:2024/2025",
    cells: [["Аналитическая справка"], ["1. Система оценки качества подготовки обучающихся"], ["Цели"]],
  },
  {
    name: "Управленческие решения",
    role: "decisions",
    cells: [
      ["Управленческие решения"],
      [],
      [],
      decisionHeaders(),
      ["Провести семинар", "ИМЦ", "01.09.2024", "TMR.1.01", "2023/2024", 50, "принято"],
      ["Обновить план", "УО", "01.09.2025", "TMR.1.03", "2024/2025", null, "Принято"],
      // A suggestion of the book, never confirmed: not evidence.
      ["Решение по ШНОР", "УО", "01.09.2025", "TMR.2.01", "2024/2025", null, ""],
    ],
  },
];

describe("cycleFromWorkbook", () => {
  const rows = cycleFromWorkbook(framework, existing);
  const row = (code: string) => rows.find((r) => r.code === code);
  const words = (code: string) => row(code)?.cells.map((cell) => cell.word);

  test("one row per system, six stages in cycle order", () => {
    expect(rows.map((r) => r.code)).toEqual(framework.systems.map((s) => s.code));
    for (const r of rows) {
      expect(r.cells.map((cell) => cell.stage)).toEqual([
        "goals",
        "indicators",
        "monitoring",
        "analysis",
        "measures",
        "effectiveness",
      ]);
    }
  });

  test("a system with indicators, data, analysis and decisions of two periods is complete", () => {
    expect(words("7.1.1")).toEqual(["полный", "полный", "полный", "полный", "полный", "полный"]);
    const cells = row("7.1.1")?.cells ?? [];
    expect(cells.map((cell) => cell.evidence)).toEqual([
      "целей: 1",
      "показателей: 4",
      "данные введены по 3 из 4 показателей",
      "справка на листе «Анализ 2024-2025»",
      "решений с отметкой «принято»: 2",
      "принятых решений до 2024/2025: 1",
    ]);
  });

  test("partial monitoring, no analysis block, a decision never marked «принято» does not count", () => {
    expect(words("7.1.2")).toEqual(["полный", "полный", "частичный", "отсутствует", "отсутствует", "отсутствует"]);
    expect(row("7.1.2")?.cells[2].evidence).toBe("данные введены по 1 из 4 показателей");
    expect(row("7.1.2")?.cells[4].evidence).toMatch(/^решений в реестре: 1, но ни одно не отмечено «принято»/);
  });

  test("a register without a «Статус» column (the book's suggestions) confirms nothing", () => {
    const suggestions = existing.map((sheet) =>
      sheet.role === "decisions" ? { ...sheet, cells: (sheet.cells ?? []).map((r) => r.slice(0, 6)) } : sheet,
    );
    const cells = cycleFromWorkbook(framework, suggestions).find((r) => r.code === "7.1.1")!.cells;
    expect(cells.map((c) => c.word).slice(4)).toEqual(["отсутствует", "отсутствует"]);
  });

  test("an analysis of an earlier period is partial; one of a system without data is no evidence", () => {
    const older = existing.map((sheet) =>
      sheet.role === "analysis:2024/2025" ? { ...sheet, role: "analysis:2023/2024", name: "Анализ 2023-2024" } : sheet,
    );
    const cell = cycleFromWorkbook(framework, older).find((r) => r.code === "7.1.1")!.cells[3];
    expect(cell).toMatchObject({ level: "partial" });
    expect(cell.evidence).toMatch(/за прошлый период, за 2024\/2025 нет/);
    const empty = existing.map((sheet) => (sheet.role === "system:7.1.1" ? { ...sheet, cells: [] } : sheet));
    const bare = cycleFromWorkbook(framework, empty).find((r) => r.code === "7.1.1")!.cells[3];
    expect(bare.level).toBe("absent");
  });

  test("monitoring read from a school sheet", () => {
    expect(row("7.1.3")?.cells[2]).toMatchObject({
      level: "partial",
      evidence: "данные введены по 1 из 2 показателей",
    });
  });

  test("goals only (as the Положение gives them), tasks only, neither", () => {
    expect(words("7.1.4")).toEqual([
      "полный",
      "отсутствует",
      "отсутствует",
      "отсутствует",
      "отсутствует",
      "отсутствует",
    ]);
    expect(row("7.1.4")?.cells[1].evidence).toBe("показатели не выбраны");
    expect(row("7.2.3")?.cells[0]).toMatchObject({
      level: "partial",
      word: "частичный",
      evidence: "указаны только задачи",
    });
    expect(row("7.2.4")?.cells[0]).toMatchObject({ level: "absent", evidence: "цели не указаны" });
  });

  test("an empty workbook has goals only; a lower threshold makes 25 % monitoring complete", () => {
    const bare = cycleFromWorkbook(base, []);
    for (const r of bare) expect(r.cells.map((cell) => cell.level).slice(1)).toEqual(Array(5).fill("absent"));
    expect(cycleFromWorkbook(framework, existing, 25).find((r) => r.code === "7.1.2")?.cells[2].level).toBe("full");
  });
});
