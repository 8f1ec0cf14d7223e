import * as ExcelJS from "exceljs";
import { MSOKO_FUNCTIONS, MSOKO_NAMESPACE } from "../core/base/cells/registry";
import { asCustomFunction } from "../core/base/plan/cachedFunctions";
import { CellSource, createEvaluator, CustomFunction, Scalar, SourceCell, Unknown } from "../core/base/plan/evaluate";
import type { WorkbookPlan } from "../core/base/plan/types";

const CUSTOM: Record<string, CustomFunction> = Object.fromEntries(
  MSOKO_FUNCTIONS.map((f) => [`${MSOKO_NAMESPACE}.${f.name}`, asCustomFunction(f.range)]),
);

/** A cell of the written workbook as the evaluator reads it. */
function sourceCell(value: ExcelJS.CellValue): SourceCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) throw new Unknown("a date");
  if ("formula" in value && typeof value.formula === "string") return { formula: value.formula };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : null;
  // A shared formula or an error typed in: not computed here.
  throw new Unknown("a cell the evaluator does not read");
}

function workbookSource(workbook: ExcelJS.Workbook): CellSource {
  const sheets = new Map<string, ExcelJS.Worksheet | undefined>();
  const sheetOf = (name: string) => {
    if (!sheets.has(name)) sheets.set(name, workbook.getWorksheet(name));
    return sheets.get(name);
  };
  return {
    cell(sheet, row, col) {
      const ws = sheetOf(sheet);
      if (!ws) throw new Unknown(`no sheet ${sheet}`);
      // By row and column, not by address: the evaluator reads every cell of the ranges it aggregates.
      return sourceCell(ws.findRow(row + 1)?.findCell(col + 1)?.value ?? null);
    },
    lastRow: (sheet) => {
      const ws = sheetOf(sheet);
      return ws ? ws.rowCount - 1 : undefined;
    },
  };
}

function result(value: Scalar): ExcelJS.CellFormulaValue["result"] {
  if (value === null) return "";
  return value as ExcelJS.CellFormulaValue["result"];
}

/**
 * Writes, with every formula of the plan, the value the core computes for it, so the file shows the
 * right numbers where nothing recalculates and never keeps a stale cached value. A formula the core
 * cannot compute (a cell it cannot read, a function it does not know) is written without a value.
 */
export function cacheFormulaResults(workbook: ExcelJS.Workbook, plan: WorkbookPlan): void {
  const evaluator = createEvaluator(workbookSource(workbook), CUSTOM);
  for (const sheet of plan.sheets) {
    const ws = workbook.getWorksheet(sheet.name);
    if (!ws) continue;
    for (const block of sheet.blocks) {
      block.cells.forEach((line, r) =>
        line.forEach((planned, c) => {
          if (planned === null || typeof planned !== "object") return;
          const cell = ws.getRow(block.row + r + 1).getCell(block.col + c + 1);
          const formula = (cell.value as ExcelJS.CellFormulaValue | null)?.formula;
          if (typeof formula !== "string") return;
          try {
            cell.value = { formula, result: result(evaluator.cell(sheet.name, block.row + r, block.col + c)) };
          } catch (error) {
            if (!(error instanceof Unknown)) throw error;
            cell.value = { formula };
          }
        }),
      );
    }
  }
}
