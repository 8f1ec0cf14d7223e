import * as ExcelJS from "exceljs";
import type { SheetPlan } from "../../src/core/base/plan/types";
import { applyPlanToWorkbook } from "../../src/xlsx/writePlan";

/**
 * A rerun rewrites our columns and keeps what the user put beside them, as the Office.js shell does: a «Примечание»
 * column right of the plan's footprint, with its formula, look, note and width. Columns our earlier table covered
 * are ours even when the new plan is narrower.
 */

function plan(cols: number, rows: string[][]): SheetPlan {
  return {
    name: "Школы",
    role: "schools:1",
    columnWidths: Array.from({ length: cols }, () => 12),
    blocks: [{ row: 0, col: 0, cells: rows }],
    hyperlinks: [],
    styles: [],
    tables: [{ name: "MsokoTest", range: { row: 0, col: 0, rows: rows.length, cols } }],
    validations: [],
    conditionalFormats: [],
    print: { landscape: false, fitToWidth: false },
  } as unknown as SheetPlan;
}

test("a rerun keeps the user's column beside ours with its formula, note and width", () => {
  const workbook = new ExcelJS.Workbook();
  applyPlanToWorkbook(workbook, {
    sheets: [
      plan(3, [
        ["Код", "ОО", "2024"],
        ["1.1", "СОШ № 1", "10"],
      ]),
    ],
  });
  const sheet = workbook.getWorksheet("Школы")!;
  sheet.getCell("E1").value = "Примечание";
  sheet.getCell("E2").value = { formula: "C2*2", result: 20 } as ExcelJS.CellFormulaValue;
  sheet.getCell("E2").note = "сверить с отчётом";
  sheet.getCell("E2").font = { bold: true };
  sheet.getColumn(5).width = 40;

  applyPlanToWorkbook(workbook, {
    sheets: [
      plan(4, [
        ["Код", "ОО", "2024", "2025"],
        ["1.1", "СОШ № 1", "10", "12"],
      ]),
    ],
  });
  const again = workbook.getWorksheet("Школы")!;
  expect(again.getCell("D1").value).toBe("2025");
  expect(again.getCell("E1").value).toBe("Примечание");
  expect(again.getCell("E2").formula).toBe("C2*2");
  expect(again.getCell("E2").note).toBe("сверить с отчётом");
  expect(again.getCell("E2").font?.bold).toBe(true);
  expect(again.getColumn(5).width).toBe(40);
});

test("columns of our earlier, wider table are not kept as the user's", () => {
  const workbook = new ExcelJS.Workbook();
  applyPlanToWorkbook(workbook, {
    sheets: [
      plan(4, [
        ["Код", "ОО", "2024", "2025"],
        ["1.1", "СОШ № 1", "10", "12"],
      ]),
    ],
  });
  workbook.getWorksheet("Школы")!.getCell("F1").value = "моё";
  applyPlanToWorkbook(workbook, {
    sheets: [
      plan(3, [
        ["Код", "ОО", "2025"],
        ["1.1", "СОШ № 1", "12"],
      ]),
    ],
  });
  const sheet = workbook.getWorksheet("Школы")!;
  expect(sheet.getCell("D1").value).toBeNull();
  expect(sheet.getCell("D2").value).toBeNull();
  expect(sheet.getCell("F1").value).toBe("моё");
});
