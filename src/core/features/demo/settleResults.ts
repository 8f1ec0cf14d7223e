import { settleShares, SettleLimits, ShareSeries } from "./settle";

/** One generated result row before it is written: its counts may still be nudged. */
export interface DraftCounts {
  readonly school: string;
  readonly period: string;
  /** The group indicators pool the row into: «ВПР 4», «ОГЭ русский язык», … */
  readonly family: string;
  /** Counts from the lowest category («2», below the minimum) to the highest; nudged in place. */
  readonly counts: number[];
  /** A designed case: its numbers are the point of the demo and stay as drawn. */
  readonly fixed: boolean;
}

type Measure = "satisfactory" | "high";

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Categories counted by a measure: everything above the lowest, or the high results from `highFrom` on. */
const firstOf = (measure: Measure, highFrom: number) => (measure === "high" ? highFrom : 1);

/**
 * Moves `delta` results across the measure's boundary, from the nearest categories first and the
 * largest rows first: «4» → «5» (or back) for high results, «2» → «3» (or back) for satisfactory
 * ones, so quality (5 + 4) and the other measure stay as they were wherever the counts allow.
 */
function move(rows: readonly DraftCounts[], first: number, delta: number): void {
  let left = Math.abs(delta);
  const sorted = [...rows].sort((a, b) => sum(b.counts) - sum(a.counts));
  for (const row of sorted) {
    const c = row.counts;
    // Raising takes from below the boundary, nearest first; lowering takes from above it, nearest first.
    const from = delta > 0 ? Array.from({ length: first }, (_, i) => first - 1 - i) : c.map((_, i) => i).slice(first);
    const to = delta > 0 ? first : first - 1;
    for (const k of from) {
      const taken = Math.min(left, c[k]);
      c[k] -= taken;
      c[to] += taken;
      left -= taken;
    }
    if (left === 0) return;
  }
}

/**
 * Nudges generated counts so that the shares indicators pool from them (satisfactory and high
 * results per family, school and period) read as clean data: no jump beyond `limits.step`, no
 * school further than `limits.reach` robust deviations from the others. Fixed rows count towards
 * the median but keep their numbers. Mutates the drafts' counts.
 */
export function settleResults(
  drafts: readonly DraftCounts[],
  periods: readonly string[],
  highFrom: number,
  limits: SettleLimits,
): void {
  const families = new Map<string, Map<string, DraftCounts[][]>>();
  for (const draft of drafts) {
    const p = periods.indexOf(draft.period);
    if (p < 0) continue;
    const schools = families.get(draft.family) ?? new Map<string, DraftCounts[][]>();
    families.set(draft.family, schools);
    const byPeriod = schools.get(draft.school) ?? periods.map(() => []);
    schools.set(draft.school, byPeriod);
    byPeriod[p].push(draft);
  }
  for (const schools of families.values()) {
    for (const measure of ["satisfactory", "high"] as const) {
      const first = firstOf(measure, highFrom);
      const places = [...schools.values()];
      const series: ShareSeries[] = places.map((byPeriod) => ({
        num: byPeriod.map((rows) => (rows.length ? sum(rows.map((r) => sum(r.counts.slice(first)))) : undefined)),
        den: byPeriod.map((rows) => (rows.length ? sum(rows.map((r) => sum(r.counts))) : undefined)),
      }));
      const before = series.map((item) => [...item.num]);
      settleShares(series, periods.length, limits);
      places.forEach((byPeriod, i) => {
        byPeriod.forEach((rows, p) => {
          const delta = (series[i].num[p] ?? 0) - (before[i][p] ?? 0);
          if (delta !== 0 && !rows.some((row) => row.fixed)) move(rows, first, delta);
        });
      });
    }
  }
}
