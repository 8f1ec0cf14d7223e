import type { Finding } from "../features/validation/findings";
import { validateDataset } from "../features/validation/checks";
import { CheckMarks, checkMarks } from "../features/validation/marks";
import type { ExistingSheet } from "../workbook/existing";
import { checkedData } from "./status";

export interface CheckedWorkbook {
  readonly findings: Finding[];
  /** How many values and result rows the check looked at. */
  readonly values: number;
  /** The cells to mark: inputs back to their fill, each finding's cell by severity. */
  readonly marks: CheckMarks;
}

/** «Проверить данные» and `msoko validate`: the findings over the workbook's own catalog and periods. */
export function checkWorkbook(existing: readonly ExistingSheet[]): CheckedWorkbook {
  const { dataset, values } = checkedData(existing);
  const findings = validateDataset(dataset);
  return { findings, values, marks: checkMarks(dataset, findings) };
}
