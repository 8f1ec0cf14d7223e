import type { OutcomeMatrix } from "./matrix";
import * as sheet from "./sheetFunctions";

/** One MSOKO function: its name in a formula (without «MSOKO.») and its implementation over ranges. */
export interface MsokoFunction {
  readonly name: string;
  readonly range: (...args: unknown[]) => OutcomeMatrix;
}

/** The MSOKO functions, in the order the help lists them. */
export const MSOKO_FUNCTIONS: readonly MsokoFunction[] = [
  { name: "SHARE", range: sheet.shareRange },
  { name: "DYNAMICS", range: sheet.dynamicsRange },
  { name: "TREND", range: sheet.trendRange },
  { name: "QUALITY", range: sheet.qualityRange },
  { name: "SUCCESS", range: sheet.successRange },
  { name: "AVGMARK", range: sheet.averageMarkRange },
  { name: "SOU", range: sheet.degreeOfLearningRange },
  { name: "STATUS", range: sheet.statusRange },
  { name: "DESCRIBE", range: sheet.describeRange },
  { name: "RISK", range: sheet.riskRange },
];

export const MSOKO_NAMESPACE = "MSOKO";
