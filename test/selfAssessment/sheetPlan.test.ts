import { builtInCatalog } from "../../src/core/catalog";
import type { Position } from "../../src/core/catalog/methodologySchema";
import type { PlannedCell, SheetPlan } from "../../src/core/base/plan/types";
import { readScores } from "../../src/core/features/selfAssessment/readScores";
import { COLUMNS, HEADER_ROW, selfAssessmentSheetPlan } from "../../src/core/features/selfAssessment/sheetPlan";
import { levelMatrix, totals } from "../../src/core/features/selfAssessment/scoring";
import { engineWith } from "../helpers/formulaEngine";

const methodology = builtInCatalog().methodology;
const subsystems = methodology.blocks.flatMap((block) => block.subsystems);
const positions = subsystems.flatMap((subsystem) => subsystem.positions);
const at = (code: string) => positions.find((p) => p.code === code) as Position;

const scores = new Map<string, number>([
  ["FED.1.1.1.01", 2],
  ["FED.1.1.1.04", 1],
  ["FED.1.1.2.01", 2],
  ["FED.1.1.2.05", -1],
  ["FED.1.1.3.01", 1],
  ["FED.1.1.4.01", 3],
  ["FED.2.2.1.01", 1],
  ["FED.2.5.6.01", 1],
]);
const maxima = new Map([["FED.1.1.2.01", 6]]);
const remarks = new Map([["FED.1.1.1.04", "Приказ УО № 12 от 10.01.2025"]]);

const cellsOf = (plan: SheetPlan) => plan.blocks[0].cells;
const formulas = (plan: SheetPlan) =>
  cellsOf(plan)
    .flat()
    .flatMap((cell) => (typeof cell === "object" && cell !== null ? [cell.formula] : []));
const engineCells = (plan: SheetPlan) =>
  cellsOf(plan).map((row) => row.map((cell) => (typeof cell === "object" && cell !== null ? cell.formula : cell)));
const rowOf = (plan: SheetPlan, test: (row: readonly PlannedCell[]) => boolean) => cellsOf(plan).findIndex(test);

describe("selfAssessmentSheetPlan", () => {
  const plan = selfAssessmentSheetPlan(methodology, scores, maxima, "Тестовый район", { remarks });

  test("sheet, role, header and one row per position", () => {
    expect(plan.name).toBe("Самооценка");
    expect(plan.role).toBe("selfAssessment");
    expect(cellsOf(plan)[HEADER_ROW].slice(0, 10)).toEqual([
      "Код",
      "Блок",
      "Подсистема",
      "Этап",
      "Позиция",
      "Правило",
      "Максимум",
      "Максимум: источник",
      "Балл",
      "Замечание",
    ]);
    const codeRows = cellsOf(plan).filter((row) => typeof row[0] === "string" && row[0].startsWith("FED."));
    expect(codeRows).toHaveLength(284);
    const row = codeRows.find((r) => r[0] === "FED.1.1.1.04") as PlannedCell[];
    expect(row[COLUMNS.rule]).toBe("0/1 (правило по умолчанию)");
    expect(row[COLUMNS.source]).toBe("восстановлен");
    expect(row[COLUMNS.score]).toBe(1);
    expect(row[COLUMNS.remark]).toBe("Приказ УО № 12 от 10.01.2025");
    expect(row[COLUMNS.position]).toBe(at("FED.1.1.1.04").label);
    const changed = codeRows.find((r) => r[0] === "FED.1.1.2.01") as PlannedCell[];
    expect(changed[COLUMNS.maximum]).toBe(6);
    expect(changed[COLUMNS.source]).toBeNull();
    expect(changed[COLUMNS.rule]).toMatch(/^2 балла - соответствующих обоснованной цели/);
    const penalty = codeRows.find((r) => r[0] === "FED.1.1.2.05") as PlannedCell[];
    expect(penalty[COLUMNS.rule]).toMatch(/^штраф: \u22121 за каждый неэффективный показатель \(правило по умолчанию/);
    expect(plan.tables[0].range).toMatchObject({ row: HEADER_ROW, rows: 285, cols: 10 });
  });

  test("formulas use portable native functions only, never MSOKO", () => {
    const all = formulas(plan);
    expect(all.length).toBeGreaterThan(100);
    for (const formula of all) {
      expect(formula).not.toMatch(/MSOKO/i);
      const used = [...formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
      for (const name of used) expect(["SUMIFS", "SUM", "IF", "AND", "ISNUMBER", "ROUND"]).toContain(name);
    }
    for (const rule of plan.conditionalFormats) expect(rule.formula).not.toMatch(/MSOKO/i);
  });

  test("SUMIFS criteria texts are safe: no wildcards, under 255 characters, unique", () => {
    const texts = [
      ...methodology.blocks.map((block) => `${block.code}. ${block.name}`),
      ...subsystems.map((subsystem) => `${subsystem.code} ${subsystem.label}`),
    ];
    for (const text of texts) {
      expect(text).not.toMatch(/[*?~]|^[=<>]/);
      expect(text.length).toBeLessThan(255);
    }
    expect(new Set(texts).size).toBe(texts.length);
  });

  test("score validations follow the rule kinds, one per run of equal rules", () => {
    const scoreRules = plan.validations.filter((v) => v.range.col === COLUMNS.score);
    const covered = scoreRules.reduce((sum, v) => sum + v.range.rows, 0);
    expect(covered).toBe(284);
    // Runs counted independently: a new run wherever the (kind, bounds) of the next row differ.
    const keyOf = (p: Position) => {
      const max = p.code === "FED.1.1.2.01" ? 6 : p.maxScore;
      if (p.rule.kind === "penalty") return "penalty";
      if (p.rule.kind === "presence") return "0..1";
      return `0..${max}`;
    };
    const runs = positions.filter((p, i) => i === 0 || keyOf(p) !== keyOf(positions[i - 1])).length;
    expect(scoreRules).toHaveLength(runs);
    const ruleAt = (code: string) => {
      const row = rowOf(plan, (r) => r[0] === code);
      return scoreRules.find((v) => v.range.row <= row && row < v.range.row + v.range.rows);
    };
    expect(ruleAt("FED.1.1.1.04")?.rule).toEqual({ kind: "wholeNumber", min: 0, max: 1 });
    expect(ruleAt("FED.1.1.1.04")?.errorMessage).toBe("Балл: 0 или 1.");
    expect(ruleAt("FED.1.1.1.01")?.rule).toEqual({ kind: "wholeNumber", min: 0, max: 2 });
    expect(ruleAt("FED.1.1.2.01")?.rule).toEqual({ kind: "wholeNumber", min: 0, max: 6 });
    expect(ruleAt("FED.1.1.4.01")?.rule).toEqual({ kind: "wholeNumber", min: 0, max: 4 });
    expect(ruleAt("FED.1.1.2.05")?.rule).toEqual({ kind: "wholeNumber", min: -100, max: 0 });
    expect(ruleAt("FED.1.1.2.05")?.errorMessage).toMatch(/^Штраф/);
    expect(plan.validations.filter((v) => v.range.col === COLUMNS.maximum).length).toBeGreaterThan(0);
  });

  test("a column chart of percent by subsystem, and coloured levels", () => {
    expect(plan.charts).toHaveLength(1);
    const chart = plan.charts?.[0];
    expect(chart?.type).toBe("columnClustered");
    expect(chart?.seriesBy).toBe("columns");
    expect(chart?.data.rows).toBe(10);
    expect(chart?.data.cols).toBe(2);
    const data = cellsOf(plan).slice(chart?.data.row ?? 0, (chart?.data.row ?? 0) + 10);
    const col = chart?.data.col ?? 0;
    expect(data[0][col + 1]).toBe("% от максимума");
    expect(data.slice(1).map((row) => row[col])).toEqual(subsystems.map((s) => `${s.code} ${s.label}`));
    expect(new Set(plan.conditionalFormats.map((rule) => rule.look))).toEqual(new Set(["good", "flag", "bad"]));
  });

  test("totals and the matrix, computed by a formula engine, equal the core's and follow edits", () => {
    const engine = engineWith(engineCells(plan) as unknown[][]);
    const value = (row: number, col: number) => engine.getCellValue({ sheet: 0, row, col });
    const check = (expected: ReturnType<typeof totals>) => {
      for (const block of expected.blocks) {
        for (const subsystem of block.subsystems) {
          const label = `${subsystem.code} ${subsystem.label}`;
          const row = rowOf(plan, (r) => r[0] === "по подсистеме" && r[2] === label);
          expect([value(row, 5), value(row, 6), value(row, 7) === "" ? undefined : value(row, 7)]).toEqual([
            subsystem.points,
            subsystem.maximum,
            subsystem.percent,
          ]);
          subsystem.stages.forEach((stage, i) => {
            const stageRow = rowOf(plan, (r) => r[0] === "по этапу" && r[2] === label) + i;
            expect([value(stageRow, 5), value(stageRow, 6)]).toEqual([stage.points, stage.maximum]);
            expect(value(stageRow, 7) === "" ? undefined : value(stageRow, 7)).toEqual(stage.percent);
          });
        }
        const blockRow = rowOf(plan, (r) => r[0] === "по блоку" && String(r[1]).startsWith(`${block.code}.`));
        expect([value(blockRow, 5), value(blockRow, 6)]).toEqual([block.points, block.maximum]);
      }
      const allRow = rowOf(plan, (r) => r[0] === "всего");
      expect([value(allRow, 5), value(allRow, 6), value(allRow, 7)]).toEqual([
        expected.overall.points,
        expected.overall.maximum,
        expected.overall.percent,
      ]);
      const matrixHeader = plan.charts?.[0].data.row as number;
      levelMatrix(expected).forEach((row, i) => {
        const words = [4, 5, 6, 7, 8, 9].map((col) => value(matrixHeader + 1 + i, col));
        expect(words).toEqual(row.words);
      });
    };
    check(totals(methodology, scores, maxima));

    // The user fills in 1.1 goals completely, clears a score and changes a maximum.
    const edited = new Map(scores);
    const edits: [string, number | null, number | null][] = [
      ["FED.1.1.1.02", 2, null],
      ["FED.1.1.1.03", 2, null],
      ["FED.1.1.1.05", 1, null],
      ["FED.1.1.4.01", null, null],
      ["FED.2.2.1.01", null, 0],
    ];
    const editedMaxima = new Map(maxima);
    for (const [code, score, maximum] of edits) {
      const row = rowOf(plan, (r) => r[0] === code);
      engine.setCellContents({ sheet: 0, row, col: COLUMNS.score }, [[score]]);
      if (score === null) edited.delete(code);
      else edited.set(code, score);
      if (maximum !== null) {
        engine.setCellContents({ sheet: 0, row, col: COLUMNS.maximum }, [[maximum]]);
        editedMaxima.set(code, maximum);
      }
    }
    check(totals(methodology, edited, editedMaxima));
    // A lower threshold typed on the sheet turns a «частичный» stage into «полный».
    const thresholdRow = rowOf(plan, (r) => String(r[0]).startsWith("Порог уровня"));
    engine.setCellContents({ sheet: 0, row: thresholdRow, col: COLUMNS.maximum }, [[10]]);
    check(totals(methodology, edited, editedMaxima, 10));
    engine.destroy();
  });

  test("recommendations address the education authority; checks list rule breaks and contradictions", () => {
    const texts = cellsOf(plan)
      .map((row) => row[0])
      .filter((cell): cell is string => typeof cell === "string");
    const recommendations = texts.filter((text) => text.startsWith("Управлению образования: "));
    expect(recommendations).toHaveLength(5);
    expect(recommendations[0]).toMatch(/этап «Цели» набрал 0 из \d+ баллов \(0,0\s%\) — обосновать цели/);
    expect(recommendations[0]).toMatch(/В первую очередь: «/);
    const broken = selfAssessmentSheetPlan(
      methodology,
      new Map([
        ["FED.1.1.1.04", 3],
        ["FED.1.1.6.01", 1],
      ]),
      new Map(),
      "Р",
    );
    const brokenTexts = cellsOf(broken).map((row) => row[0]);
    expect(brokenTexts).toContain("Позиция FED.1.1.1.04: балл 3 не по правилу — допустимо 0 или 1.");
    expect(
      brokenTexts.some((text) => typeof text === "string" && text.includes("этап «Анализ эффективности принятых мер»")),
    ).toBe(true);
    const none = selfAssessmentSheetPlan(methodology, new Map(), new Map(), "Р");
    expect(cellsOf(none).map((row) => row[0])).toContain(
      "Баллы не выставлены: заполните столбец «Балл» и запустите самооценку снова.",
    );
  });
});

describe("readScores", () => {
  test("round trip: scores, changed maxima, remarks and threshold come back", () => {
    const plan = selfAssessmentSheetPlan(methodology, scores, maxima, "Тестовый район", { remarks, threshold: 80 });
    const read = readScores(cellsOf(plan), methodology);
    expect(read.scores).toEqual(scores);
    expect(read.maxima).toEqual(maxima);
    expect(read.remarks).toEqual(remarks);
    expect(read.threshold).toBe(80);
    const again = selfAssessmentSheetPlan(methodology, read.scores, read.maxima, "Тестовый район", read);
    expect(cellsOf(again)).toEqual(cellsOf(plan));
  });

  test("by header and code, whatever moved; text numbers read, formulas and blanks skipped", () => {
    const cells: PlannedCell[][] = [
      ["Самооценка"],
      [],
      ["Замечание", "Балл", "Максимум", "Код"],
      ["x", "1,0", 1, "FED.1.1.1.04"],
      ["", "-1", 0, "FED.1.1.2.05"],
      [null, { formula: "=1+1" }, 3, "FED.1.1.1.05"],
      [null, 2, null, "не код"],
      [null, "", null, "FED.1.1.1.06"],
    ];
    const read = readScores(cells);
    expect(read.scores).toEqual(
      new Map([
        ["FED.1.1.1.04", 1],
        ["FED.1.1.2.05", -1],
      ]),
    );
    expect(read.maxima).toEqual(
      new Map([
        ["FED.1.1.1.04", 1],
        ["FED.1.1.2.05", 0],
        ["FED.1.1.1.05", 3],
      ]),
    );
    expect(read.remarks).toEqual(new Map([["FED.1.1.1.04", "x"]]));
    expect(read.threshold).toBeUndefined();
    // With the methodology, maxima equal to its own are dropped.
    expect(readScores(cells, methodology).maxima).toEqual(new Map([["FED.1.1.1.05", 3]]));
    expect(readScores([["нет заголовка"]]).scores.size).toBe(0);
  });
});
