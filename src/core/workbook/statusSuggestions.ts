import { DEFAULT_RESULT_SETTINGS, ResultRow, ResultSettings } from "../results/model";
import { riskFlags } from "../results/risk";

/**
 * Schools the risk rule («Пороги результатов») suggests as ШНОР over the book's periods, in the order
 * the results name them. A suggestion only: the status is the methodologist's mark on «ОО».
 */
export function suggestedStatuses(
  rows: readonly ResultRow[],
  periods: readonly string[],
  settings: ResultSettings = DEFAULT_RESULT_SETTINGS,
): string[] {
  const flagged = riskFlags(rows, periods, settings).flatMap((flag) => (flag.kind === "risk" ? [flag.school] : []));
  return [...new Set(flagged)];
}
