import { MSOKO_FUNCTIONS } from "../core/base/cells/registry";
import { ExcelCell, toExcel } from "./excelResults";

/*
 * Every function takes values or ranges of one shape and returns an array of that shape, so one
 * formula fills a whole column. Names, parameters and descriptions come from the registry
 * (src/core/base/cells/registry.ts), as does functions.json.
 */
type CustomFunction = (...args: unknown[]) => ExcelCell[][];

/** The shipped functions by their JavaScript name («share» for MSOKO.SHARE), for tests and the bench. */
export const customFunctions: Readonly<Record<string, CustomFunction>> = Object.fromEntries(
  MSOKO_FUNCTIONS.map((fn) => [fn.name.toLowerCase(), (...args: unknown[]) => toExcel(fn.range(...args))]),
);

for (const fn of MSOKO_FUNCTIONS) CustomFunctions.associate(fn.name, customFunctions[fn.name.toLowerCase()]);
