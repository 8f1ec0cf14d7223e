import { findFramework } from "../../src/core/catalog";
import { mergeFiokoList } from "../../src/core/features/import/fiokoList";
import {
  fiokoListIndicatorValues,
  fiokoListSheetPlan,
  FiokoListRow,
  readFiokoList,
} from "../../src/core/sheets/fiokoListSheet";
import { keyOf } from "../../src/core/workbook/inputs";
import type { PlannedCell } from "../../src/core/base/plan/types";

const schools = ["СОШ № 1", "СОШ № 2", "СОШ № 3"];
const source = "ФИОКО, список ОО с признаками необъективности";
const list = (period: string, listed: Record<string, string[]>) => ({
  period,
  source,
  schools: new Map(Object.entries(listed).map(([school, works]) => [school, { works, markers: works.length }])),
});

/** The plan's cells as a shell would read them back. */
function cellsOf(rows: readonly FiokoListRow[]): PlannedCell[][] {
  const plan = fiokoListSheetPlan(rows, schools);
  const grid: PlannedCell[][] = [];
  for (const block of plan.blocks) {
    block.cells.forEach((line, r) => line.forEach((cell, c) => ((grid[block.row + r] ??= [])[block.col + c] = cell)));
  }
  return Array.from(grid, (line) => Array.from(line ?? [], (cell) => cell ?? null));
}

describe("«Список ФИОКО»", () => {
  test("a list gives every school of the period a row: «да» with the works for those on it, «нет» for the others", () => {
    const merged = mergeFiokoList([], [list("2024/2025", { "СОШ № 2": ["4 РУ", "5 МА"] })], schools);
    expect(merged).toMatchObject({ added: 3, completed: 0, unchanged: 0 });
    expect(merged.rows.map((r) => [r.school, r.listed, r.works ?? ""])).toEqual([
      ["СОШ № 1", false, ""],
      ["СОШ № 2", true, "4 РУ, 5 МА"],
      ["СОШ № 3", false, ""],
    ]);
  });

  test("written and read back it is the same; importing again changes nothing; a second list of the year only adds", () => {
    const first = mergeFiokoList([], [list("2024/2025", { "СОШ № 2": ["4 РУ"] })], schools).rows;
    const read = readFiokoList(cellsOf(first));
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => ({ ...row, row: undefined }))).toEqual(
      first.map((row) => ({ ...row, row: undefined })),
    );

    const again = mergeFiokoList(read.rows, [list("2024/2025", { "СОШ № 2": ["4 РУ"] })], schools);
    expect(again).toMatchObject({ added: 0, completed: 0, unchanged: 3 });

    // Another list of the same year (a ГИА list, say) names another school: nobody leaves the list.
    const second = mergeFiokoList(read.rows, [list("2024/2025", { "СОШ № 3": ["ОГЭ МА"] })], schools);
    expect(second).toMatchObject({ added: 0, completed: 1, unchanged: 2 });
    expect(second.rows.filter((r) => r.listed).map((r) => r.school)).toEqual(["СОШ № 2", "СОШ № 3"]);
  });

  test("a row it cannot read is reported in Russian and kept out of the values", () => {
    const cells = cellsOf([{ period: "2024/2025", school: "СОШ № 1", listed: true }]);
    const header = cells.findIndex((line) => line.includes("В списке ФИОКО"));
    cells[header + 1][2] = "возможно";
    const read = readFiokoList(cells);
    expect(read.rows).toEqual([]);
    expect(read.problems[0].message).toBe(
      `Лист «Список ФИОКО», строка ${header + 2}: в «В списке ФИОКО» ожидается «да» или «нет», а введено «возможно».`,
    );
    expect(read.problems[0].cells?.slice(0, 3)).toEqual(["2024/2025", "СОШ № 1", "возможно"]);
  });

  test("it feeds Asino's share of listed schools as a flag per school and period; frameworks without it get nothing", () => {
    const rows = mergeFiokoList([], [list("2024/2025", { "СОШ № 1": ["4 РУ"] })], schools).rows;
    const asino = fiokoListIndicatorValues(findFramework("asino")!, rows);
    expect(asino.codes).toEqual(["ASN.1.06.02"]);
    const flag = (school: string) =>
      asino.values.get(keyOf({ code: "ASN.1.06.02", field: "val", period: "2024/2025", school }));
    expect(schools.map(flag)).toEqual(["да", "нет", "нет"]);
    expect(fiokoListIndicatorValues(findFramework("tula")!, rows).values.size).toBe(0);
  });
});
