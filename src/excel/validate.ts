import { verticalRuns } from "../core/plan/runs";
import type { CellRange } from "../core/plan/types";
import { inputFields, validateDataset } from "../core/validation/checks";
import type { Dataset } from "../core/validation/dataset";
import type { Finding } from "../core/validation/findings";
import { columnKey } from "../core/workbook/inputs";
import { LOOKS } from "./styles";

// Red for errors, orange for warnings: neither is the light yellow of input cells.
const MARKS = { error: "#FF9999", warning: "#F4B183" } as const;

/** Every input cell of the entry sheets, so last run's marks can be taken off before new ones go on. */
function inputCells(dataset: Dataset): Map<string, CellRange[]> {
  const bySheet = new Map<string, CellRange[]>();
  for (const sheet of dataset.sheets) {
    const cells: { row: number; col: number }[] = [];
    for (const { row, code } of sheet.scan.rows) {
      const indicator = dataset.indicators.get(code);
      if (!indicator) continue;
      for (const field of inputFields(indicator, sheet.perSchool)) {
        for (const period of dataset.periods) {
          const col = sheet.scan.columns.get(columnKey(field, period));
          if (col !== undefined) cells.push({ row, col });
        }
      }
    }
    bySheet.set(sheet.name, verticalRuns(cells));
  }
  return bySheet;
}

/**
 * Checks the data and marks the cells: input cells get their usual fill back, then each finding's
 * cell is coloured by severity, so marks vanish once a value is fixed and the check runs again.
 * One sync, however many findings.
 */
export async function checkAndMark(context: Excel.RequestContext, dataset: Dataset): Promise<Finding[]> {
  const findings = validateDataset(dataset);
  const sheets = context.workbook.worksheets;
  const at = (sheet: string, range: CellRange) =>
    sheets.getItem(sheet).getRangeByIndexes(range.row, range.col, range.rows, range.cols);
  for (const [sheet, ranges] of inputCells(dataset)) {
    for (const range of ranges) at(sheet, range).format.fill.color = LOOKS.input.fill as string;
  }
  const worst = new Map<string, Finding>();
  for (const finding of findings) {
    const key = `${finding.sheet}!${finding.cell}`;
    if (!worst.has(key) || finding.severity === "error") worst.set(key, finding);
  }
  for (const finding of worst.values()) {
    at(finding.sheet, { row: finding.row, col: finding.col, rows: 1, cols: 1 }).format.fill.color =
      MARKS[finding.severity];
  }
  await context.sync();
  return findings;
}

/** Takes the user to a finding's cell. */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  await context.sync();
}
