import { ru } from "../../base/i18n/ru";
import { clean } from "../../base/math/rounding";
import { DEFAULT_RESULT_SETTINGS, Procedure, ResultRow, ResultSettings } from "../../base/model/results";
import { riskFlags, shareOf, sumBy } from "./risk";

/** Periods a school must stay above the municipality in to count as stable. */
export const STABLE_PERIODS = 3;

export interface StablePeriod {
  readonly period: string;
  readonly participants: number;
  /** Quality, or the ЕГЭ high-result share, in percent. */
  readonly value: number;
  readonly municipal: number;
  /** п.п. */
  readonly difference: number;
}

export interface StableGoodSchool {
  readonly school: string;
  readonly procedure: Procedure;
  readonly measure: "quality" | "highShare";
  readonly periods: readonly StablePeriod[];
  readonly sentence: string;
}

const SEP = "\u0000";

/**
 * Schools above the pooled municipality on quality (ЕГЭ: share of high results) in each of the
 * last three of `periods`, per procedure, with enough participants every time and no ШНОР flag:
 * candidates for sharing experience.
 */
export function stableGoodSchools(
  rows: readonly ResultRow[],
  periods: readonly string[],
  settings: ResultSettings = DEFAULT_RESULT_SETTINGS,
): StableGoodSchool[] {
  const window = periods.slice(-STABLE_PERIODS);
  if (window.length < STABLE_PERIODS) return [];
  const flagged = new Set(riskFlags(rows, periods, settings).flatMap((f) => (f.kind === "risk" ? [f.school] : [])));
  const bySchool = sumBy(rows, settings, (r) => [r.school, r.procedure, r.period].join(SEP));
  const byMunicipality = sumBy(rows, settings, (r) => [r.procedure, r.period].join(SEP));
  const groups = new Map<string, { school: string; procedure: Procedure }>();
  for (const row of rows) groups.set(row.school + SEP + row.procedure, row);
  const found: StableGoodSchool[] = [];
  for (const { school, procedure } of groups.values()) {
    if (flagged.has(school)) continue;
    const stable: StablePeriod[] = [];
    for (const period of window) {
      const own = bySchool.get([school, procedure, period].join(SEP));
      const municipality = byMunicipality.get([procedure, period].join(SEP));
      if (!own || !municipality || own.total < settings.smallSample || own.total === 0) break;
      const value = shareOf(own.good, own.total);
      const municipal = shareOf(municipality.good, municipality.total);
      if (value <= municipal) break;
      stable.push({ period, participants: own.total, value, municipal, difference: clean(value - municipal) });
    }
    if (stable.length < STABLE_PERIODS) continue;
    const ege = procedure === "ЕГЭ";
    const years = stable.map((p) => ru.risk.stableYear(p.period, p.value, p.municipal)).join("; ");
    const measure = ru.risk.examMeasure(ege, settings.egeHighFrom);
    found.push({
      school,
      procedure,
      measure: ege ? "highShare" : "quality",
      periods: stable,
      sentence: ru.risk.stable(school, procedure, measure, STABLE_PERIODS, years),
    });
  }
  return found;
}
