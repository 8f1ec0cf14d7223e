import * as sheetFunctions from "../../core/cells/sheetFunctions";
import type { OutcomeMatrix } from "../../core/cells/matrix";
import { ru } from "../../core/i18n/ru";
import { isError } from "../../core/math/outcome";
import { formatPlain } from "../../core/text/format";
import type { CommandSpec } from "../args";
import { ExitCode, Output, UsageError } from "../io";

const FUNCTIONS: Record<string, (...args: unknown[]) => OutcomeMatrix> = {
  SHARE: sheetFunctions.shareRange,
  DYNAMICS: sheetFunctions.dynamicsRange,
  TREND: (...values: unknown[]) => sheetFunctions.trendRange([values]),
  RISK: (...values: unknown[]) => sheetFunctions.riskRange([values]),
  QUALITY: sheetFunctions.qualityRange,
  SUCCESS: sheetFunctions.successRange,
  AVGMARK: sheetFunctions.averageMarkRange,
  SOU: sheetFunctions.degreeOfLearningRange,
  STATUS: sheetFunctions.statusRange,
  DESCRIBE: sheetFunctions.describeRange,
};

/** calc reads its words itself: a negative number («-5») is an argument, not an option. */
export const calcSpec: CommandSpec = { name: "calc", options: {}, positionals: true };

/** Command-line words are text; the functions read numbers in text as a spreadsheet does. */
export function calcCommand(args: string[], output: Output): ExitCode {
  const [name = "", ...rest] = args;
  const fn = FUNCTIONS[name.toUpperCase().replace(/^MSOKO\./, "")];
  if (!fn) throw new UsageError(ru.cli.unknownFunction(name, Object.keys(FUNCTIONS).join(", ")));
  const result = fn(...rest)[0][0];
  if (isError(result)) {
    output.err(result.message);
    return 1;
  }
  output.out(typeof result === "number" ? formatPlain(result) : result);
  return 0;
}
