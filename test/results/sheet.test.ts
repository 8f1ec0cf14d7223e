import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ru } from "../../src/core/base/i18n/ru";
import type { CellValue } from "../../src/core/base/plan/types";
import { marksAddUp, rowMetrics } from "../../src/core/features/results/metrics";
import type { ResultRow } from "../../src/core/base/model/results";
import { keptAsTyped } from "../../src/core/base/plan/sheetLines";
import { readResults, RESULTS_HEADER_ROW, resultsSheetPlan } from "../../src/core/sheets/resultsSheet";
import { schoolsSheetPlan } from "../../src/core/sheets/simpleSheets";
import { readSheetCells, readSheetGrid } from "../../src/xlsx/readWorkbook";
import { loadWorkbook } from "../../src/xlsx/loadFile";
import { writePlanToFile } from "../../src/xlsx/writeFile";
import { recalculateWithLibreOffice } from "../helpers/libreoffice";

const t = ru.results;
const P = "2023/2024";
const schools = ["СОШ № 1", "СОШ № 2"];
const rows: ResultRow[] = [
  {
    period: P,
    school: "СОШ № 1",
    procedure: "РКР",
    subject: "Математика",
    grade: "8",
    participants: 3800,
    distribution: { kind: "marks", n5: 1125, n4: 1694, n3: 843, n2: 138 },
  },
  {
    period: P,
    school: "СОШ № 1",
    procedure: "ЕГЭ",
    subject: "Русский язык",
    grade: "11",
    participants: 40,
    distribution: { kind: "bands", belowMinimum: 2, upTo60: 10, from61to80: 16, from81to99: 10, hundred: 2 },
  },
  {
    period: P,
    school: "СОШ № 2",
    procedure: "ВПР",
    subject: "История",
    grade: "6",
    participants: 23,
    distribution: { kind: "marks", n5: 3, n4: 7, n3: 9, n2: 4 },
    confirmation: { lowered: 5, confirmed: 16, raised: 2 },
  },
  {
    period: P,
    school: "СОШ № 2",
    procedure: "ОГЭ",
    subject: "Химия",
    grade: "9",
    participants: 13,
    distribution: { kind: "marks", n5: 2, n4: 5, n3: 4, n2: 1 },
  },
  { period: P, school: "СОШ № 2", procedure: "ГВЭ", subject: "Математика", grade: "9", notHeld: true },
];
const plan = resultsSheetPlan(rows, schools, [P]);
const header = plan.blocks[0].cells[RESULTS_HEADER_ROW] as string[];
const col = (name: string) => header.indexOf(name);
const first = RESULTS_HEADER_ROW + 1;

describe("the results sheet plan", () => {
  test("is named, tagged, and has the agreed columns", () => {
    expect(plan.name).toBe("Результаты процедур");
    expect(plan.role).toBe("results");
    expect(header.slice(0, 6)).toEqual(["Период", "ОО", "Процедура", "Предмет", "Класс", "Участники"]);
    expect(header.slice(-14, -8)).toEqual([t.quality, t.success, t.averageMark, t.sou, t.highShare, t.addsUp]);
    expect(header.slice(-8)).toEqual([
      "Уровень",
      "ЕГЭ: средний тестовый балл",
      "Средний первичный балл",
      "ЕГЭ по источнику: ниже минимума",
      "ЕГЭ по источнику: высокие баллы — диапазон",
      "ЕГЭ по источнику: высокие баллы",
      "ЕГЭ по источнику: 100 баллов",
      "Источник",
    ]);
    expect(plan.blocks[0].cells.length).toBe(first + rows.length + 200);
  });

  test("validates procedures, schools and counts", () => {
    const rule = (c: number) => plan.validations.find((v) => v.range.col === c && v.range.row === first)?.rule;
    expect(rule(col(t.procedure))).toEqual({
      kind: "list",
      items: ["ВПР", "ОГЭ", "ЕГЭ", "ГВЭ", "РКР", "Диагностическая работа"],
    });
    expect(rule(col(t.school))).toEqual({ kind: "list", items: schools });
    expect(rule(col(t.mark5))).toEqual({ kind: "wholeNumber", min: 0 });
    const many = resultsSheetPlan(
      [],
      Array.from({ length: 40 }, (_, i) => `Муниципальное общеобразовательное учреждение ${i}`),
      [P],
    );
    const schoolRule = many.validations.find((v) => v.range.col === col(t.school))?.rule;
    expect(schoolRule).toEqual({ kind: "listFromRange", source: "='ОО'!$B$5:$B$1004" });
  });

  test("uses native formulas only", () => {
    const formulas = plan.blocks[0].cells
      .flat()
      .filter((c): c is { formula: string } => typeof c === "object" && c !== null);
    expect(formulas.length).toBe((rows.length + 200) * 6);
    formulas.forEach((f) => expect(f.formula).not.toMatch(/MSOKO/));
  });
});

describe("the results sheet in LibreOffice and back", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "msoko-results-"));
  const file = path.join(tmp, "results.xlsx");
  let grid: CellValue[][] = [];

  beforeAll(async () => {
    // The last row does not add up: 14 participants, 12 marks.
    const broken = resultsSheetPlan([...rows, { ...rows[3], participants: 14, school: "СОШ № 1" }], schools, [P]);
    await writePlanToFile({ sheets: [schoolsSheetPlan(ru.sheets.schools, "Тест", schools), broken] }, file);
    const workbook = await loadWorkbook(await recalculateWithLibreOffice(file));
    grid = readSheetGrid(workbook.getWorksheet(t.sheetName)!);
  }, 180_000);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const blank = (value: CellValue | undefined) => (value === "" || value === undefined ? null : value);

  test("computed columns equal the core's metrics", () => {
    rows.forEach((row, i) => {
      const line = grid[first + i];
      const m = rowMetrics(row);
      const expected = [m.quality, m.success, m.averageMark, m.sou, m.highShare].map((v) => v ?? null);
      const got = [t.quality, t.success, t.averageMark, t.sou, t.highShare].map((name) => blank(line[col(name)]));
      expect(got).toEqual(expected);
    });
    expect(grid[first].slice(col(t.quality), col(t.quality) + 2)).toEqual([74.2, 96.4]);
    expect(blank(grid[first + 1][col(t.highShare)])).toBe(30);
  });

  test("«Сходится» says «да» for rows that add up, «нет» for one that does not, nothing for «не проводилось»", () => {
    const checks = [0, 1, 2, 3, 4, 5].map((i) => blank(grid[first + i][col(t.addsUp)]));
    expect(checks).toEqual(["да", "да", "да", "нет", null, "нет"]);
    // ОГЭ Химия: 13 participants, 12 marks — the core says so too.
    expect(rows.map(marksAddUp)).toEqual([undefined, undefined, undefined, t.marksMismatch(12, 13), undefined]);
  });

  test("readResults gives the rows back and reports a broken row in Russian", async () => {
    const written = await loadWorkbook(file);
    const cells = readSheetCells(written.getWorksheet(t.sheetName)!);
    const back = readResults(cells);
    expect(back.problems).toEqual([]);
    expect(back.rows.map((r) => ({ ...r, row: undefined }))).toEqual([
      ...rows,
      { ...rows[3], participants: 14, school: "СОШ № 1" },
    ]);
    expect(back.rows.map((r) => r.row)).toEqual([0, 1, 2, 3, 4, 5].map((i) => first + i));

    const edited = cells.map((line) => [...line]);
    edited[first + 2][col(t.mark4)] = "семь";
    edited[first + 3][col(t.procedure)] = "ЕГЕ";
    const broken = readResults(edited);
    expect(broken.rows).toHaveLength(4);
    expect(broken.problems.map(({ row, message }) => ({ row, message }))).toEqual([
      { row: first + 2, message: expect.stringMatching(/^Строка 7: .*семь/) },
      {
        row: first + 3,
        message: "Строка 8: процедура «ЕГЕ» не из списка (ВПР, ОГЭ, ЕГЭ, ГВЭ, РКР, диагностическая работа).",
      },
    ]);
    // Each unreadable row keeps its input cells as typed, for a rebuild to write back.
    const inputs = (line: readonly unknown[]) =>
      [...line.slice(0, col(t.quality)), ...line.slice(col(t.addsUp) + 1)].map((v) => (v === undefined ? null : v));
    expect(broken.problems.map((problem) => problem.cells)).toEqual([
      inputs(edited[first + 2]),
      inputs(edited[first + 3]),
    ]);
    expect(broken.problems[0].cells).toContain("семь");
  });
});

describe("a rebuild of the results sheet", () => {
  test("a rebuild writes unreadable rows back as typed, in their places", () => {
    const edited = plan.blocks[0].cells.map((line) => [...line]);
    edited[first + 2][col(t.mark4)] = "семь";
    const broken = readResults(edited);
    const rebuilt = resultsSheetPlan(broken.rows, schools, [P], 81, keptAsTyped(broken.problems)).blocks[0].cells;
    const inputs = (line: readonly unknown[]) =>
      [...line.slice(0, col(t.quality)), ...line.slice(col(t.addsUp) + 1)].map((v) => (v === undefined ? null : v));
    for (let i = 0; i < 6; i++) expect(inputs(rebuilt[first + i])).toEqual(inputs(edited[first + i]));
  });
});
