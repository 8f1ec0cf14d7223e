import { findMsokoFunction, MSOKO_FUNCTIONS } from "../../core/base/cells/registry";
import { ru } from "../../core/base/i18n/ru";
import { isError } from "../../core/base/math/outcome";
import { formatPlain } from "../../core/base/text/format";
import type { CommandSpec } from "../args";
import { ExitCode, Output, UsageError } from "../io";

/** calc reads its words itself: a negative number («-5») is an argument, not an option. */
export const calcSpec: CommandSpec = { name: "calc", options: {}, positionals: true };

/** Command-line words are text; the functions read numbers in text as a spreadsheet does. */
export function calcCommand(args: string[], output: Output): ExitCode {
  const [name = "", ...rest] = args;
  const fn = findMsokoFunction(name);
  if (!fn) throw new UsageError(ru.cli.unknownFunction(name, MSOKO_FUNCTIONS.map((f) => f.name).join(", ")));
  // TREND and RISK read a series of periods: the words are one row of it.
  const result = (fn.series ? fn.range([rest]) : fn.range(...rest))[0][0];
  if (isError(result)) {
    output.err(result.message);
    return 1;
  }
  output.out(typeof result === "number" ? formatPlain(result) : result);
  return 0;
}
