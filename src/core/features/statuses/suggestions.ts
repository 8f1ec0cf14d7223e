import { SOCIAL_SIGN_CODES, SOCIAL_SIGNS_AT_LEAST } from "../../catalog/frameworks/abinskRules";
import type { Framework } from "../../catalog/schema";
import { indicatorsOf } from "../../catalog";
import { ru } from "../../base/i18n/ru";
import type { CellValue } from "../../base/plan/types";
import type { InputKey } from "../../workbook/inputs";
import { DEFAULT_RESULT_SETTINGS, ResultRow, ResultSettings } from "../../base/model/results";
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

/**
 * Schools whose social-condition signs (Абинск, 1.2, Показатели, III: rural, remote, poor district, few
 * resources, poor equipment, staff shortage, difficult pupils) say «да» at least `atLeast` times in a
 * period: suggested as ШНСУ (ШССУ). Frameworks without these signs suggest nobody.
 */
export function socialSuggestions(
  framework: Framework,
  value: (key: InputKey) => CellValue,
  schools: readonly string[],
  period: string,
  atLeast: number = SOCIAL_SIGNS_AT_LEAST,
): string[] {
  const present = new Set(indicatorsOf(framework).map((indicator) => indicator.code));
  const codes = SOCIAL_SIGN_CODES.filter((code) => present.has(code));
  if (codes.length === 0) return [];
  const yes = (cell: CellValue) => typeof cell === "string" && cell.trim().toLowerCase() === ru.layout.yes;
  return schools.filter(
    (school) => codes.filter((code) => yes(value({ code, field: "val", period, school }))).length >= atLeast,
  );
}
