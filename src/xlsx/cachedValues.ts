import * as ExcelJS from "exceljs";
import { MSOKO_FUNCTIONS, MSOKO_NAMESPACE } from "../core/cells/registry";
import { asCustomFunction } from "../core/plan/cachedFunctions";
import { CellSource, createEvaluator, CustomFunction, Scalar, SourceCell, Unknown } from "../core/plan/evaluate";
import type { WorkbookPlan } from "../core/plan/types";

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

/**
 * The written workbook as the evaluator reads it. Cells are read once each: formulas over a school
 * sheet read the same columns for every indicator, and ExcelJS's own lookups are slow.
 */
function workbookSource(workbook: ExcelJS.Workbook): CellSource {
  type Read = { ws?: ExcelJS.Worksheet; rows: (SourceCell | Unknown | undefined)[][] };
  const sheets = new Map<string, Read>();
  let last: { name: string; read: Read } | undefined;
  const sheetOf = (name: string): Read => {
    if (last?.name === name) return last.read;
    let read = sheets.get(name);
    if (!read) sheets.set(name, (read = { ws: workbook.getWorksheet(name), rows: [] }));
    last = { name, read };
    return read;
  };
  return {
    cell(sheet, row, col) {
      const { ws, rows } = sheetOf(sheet);
      if (!ws) throw new Unknown(`no sheet ${sheet}`);
      const line = (rows[row] ??= []);
      let known = line[col];
      if (known === undefined) {
        try {
          known = sourceCell(ws.findCell(row + 1, col + 1)?.value ?? null);
        } catch (error) {
          if (!(error instanceof Unknown)) throw error;
          known = error;
        }
        line[col] = known;
      }
      if (known instanceof Unknown) throw known;
      return known;
    },
    lastRow: (sheet) => {
      const { ws } = sheetOf(sheet);
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
          const cell = ws.getCell(block.row + r + 1, block.col + c + 1);
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
