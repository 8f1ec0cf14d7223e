import { LOOKS } from "../../base/plan/looks";
import { verticalRuns } from "../../base/plan/runs";
import type { CellRange } from "../../base/plan/types";
import { columnKey } from "../../workbook/inputs";
import { inputFields } from "./checks";
import type { Dataset } from "../../sheets/dataset";
import type { Finding } from "./findings";

/** Red for errors, orange for warnings: neither is the light yellow of input cells. */
export const MARK_FILLS = { error: "#FF9999", warning: "#F4B183" } as const;

/** The fill that puts an input cell back as it was before a check marked it. */
export const INPUT_FILL = LOOKS.input.fill as string;

/** What a check colours: every input cell back to its fill (in ranges per sheet), then each marked cell. */
export interface CheckMarks {
  readonly inputs: ReadonlyMap<string, readonly CellRange[]>;
  readonly marks: readonly {
    readonly sheet: string;
    readonly row: number;
    readonly col: number;
    readonly fill: string;
  }[];
}

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
 * The marks of a check: input cells get their usual fill back, then each finding's cell is coloured by its
 * worst severity, so marks vanish once a value is fixed and the check runs again.
 */
export function checkMarks(dataset: Dataset, findings: readonly Finding[]): CheckMarks {
  const worst = new Map<string, Finding>();
  for (const finding of findings) {
    const key = `${finding.sheet}!${finding.cell}`;
    if (!worst.has(key) || finding.severity === "error") worst.set(key, finding);
  }
  return {
    inputs: inputCells(dataset),
    marks: [...worst.values()].map((f) => ({ sheet: f.sheet, row: f.row, col: f.col, fill: MARK_FILLS[f.severity] })),
  };
}
