import { ru } from "../i18n/ru";
import { isError } from "../math/outcome";
import { share } from "../math/share";
import { DEFAULT_RESULT_SETTINGS, Procedure, ResultRow, ResultSettings } from "./model";

/**
 * ШНОР risk (Tula): per school and procedure, a period is a risk year when the share of «2» (below the
 * ЕГЭ minimum) reaches the threshold and/or nobody got «5» (81+ on ЕГЭ); a school is flagged with
 * enough risk years among the last periods. Thresholds and the combination come from the settings.
 */

/** A school's results in one period and procedure, summed over subjects and grades. */
export interface Totals {
  readonly total: number;
  /** «2», or below the ЕГЭ minimum. */
  readonly low: number;
  /** «5», or ЕГЭ results from `egeHighFrom`. */
  readonly top: number;
  /** «5» + «4» (quality), or ЕГЭ results from `egeHighFrom`. */
  readonly good: number;
}

const isEge = (procedure: Procedure) => procedure === "ЕГЭ";

/** The counts one row adds; undefined when the row holds no numbers. */
export function totalsOf(row: ResultRow, settings: ResultSettings): Totals | undefined {
  const d = row.distribution;
  if (row.notHeld || !d) return undefined;
  if (d.kind === "marks") {
    return { total: d.n5 + d.n4 + d.n3 + d.n2, low: d.n2, top: d.n5, good: d.n5 + d.n4 };
  }
  // The 61–80 band holds 80 too: «от 80» cannot be told apart from «от 81» in bands.
  const high = d.from81to99 + d.hundred + (settings.egeHighFrom === 61 ? d.from61to80 : 0);
  return {
    total: d.belowMinimum + d.upTo60 + d.from61to80 + d.from81to99 + d.hundred,
    low: d.belowMinimum,
    top: high,
    good: high,
  };
}

export function addTotals(a: Totals, b: Totals): Totals {
  return { total: a.total + b.total, low: a.low + b.low, top: a.top + b.top, good: a.good + b.good };
}

/** Sums rows under the key `key` gives them; rows without numbers are left out. */
export function sumBy(
  rows: readonly ResultRow[],
  settings: ResultSettings,
  key: (row: ResultRow) => string,
): Map<string, Totals> {
  const sums = new Map<string, Totals>();
  for (const row of rows) {
    const totals = totalsOf(row, settings);
    if (!totals) continue;
    const k = key(row);
    const before = sums.get(k);
    sums.set(k, before ? addTotals(before, totals) : totals);
  }
  return sums;
}

/** A share as the tables show it (one decimal, half-up); 0 when nobody took part. */
export function shareOf(part: number, whole: number): number {
  const value = share(part, whole);
  return isError(value) ? 0 : value;
}

export interface RiskYear {
  readonly period: string;
  readonly participants: number;
  readonly twos: number;
  /** Share of «2» (below the ЕГЭ minimum), in percent, one decimal. */
  readonly shareOfTwos: number;
  /** Count of «5» (ЕГЭ results from `egeHighFrom`). */
  readonly top: number;
  readonly twosFired: boolean;
  readonly noTopFired: boolean;
  readonly risky: boolean;
}

export type RiskCondition = "shareOfTwos" | "noTopMarks";

export interface RiskFlagBase {
  readonly school: string;
  readonly procedure: Procedure;
  readonly sentence: string;
}

export interface RiskFlagged extends RiskFlagBase {
  readonly kind: "risk";
  /** The rule as configured, naming its thresholds and whether they are the defaults. */
  readonly rule: string;
  readonly isDefaultRule: boolean;
  /** Conditions that held in at least one risk year. */
  readonly conditions: readonly RiskCondition[];
  /** The risk years, chronological. */
  readonly periods: readonly string[];
  /** Every evaluated year of the window, with the numbers behind it. */
  readonly years: readonly RiskYear[];
}

/** Not flagged because some periods had too few participants: said, not silently dropped. */
export interface RiskSmallSample extends RiskFlagBase {
  readonly kind: "smallSample";
  readonly periods: readonly string[];
  readonly participants: readonly number[];
}

export type RiskFlag = RiskFlagged | RiskSmallSample;

export function isDefaultRiskRule(settings: ResultSettings): boolean {
  const d = DEFAULT_RESULT_SETTINGS;
  return (
    settings.riskShareOfTwos === d.riskShareOfTwos &&
    settings.riskNoTopMarks === d.riskNoTopMarks &&
    settings.riskCombination === d.riskCombination &&
    settings.riskYears === d.riskYears &&
    settings.riskWindow === d.riskWindow
  );
}

/** «Риск низких результатов (ШНОР): доля «2» не ниже 20 % (порог по умолчанию; …) или нет ни одной «5» — …». */
export function riskRuleText(settings: ResultSettings, ege: boolean): string {
  const threshold = settings.riskShareOfTwos;
  const note =
    threshold === DEFAULT_RESULT_SETTINGS.riskShareOfTwos
      ? ru.risk.twosDefault
      : threshold === 30
        ? ru.risk.twosStrict
        : ru.risk.twosUser;
  let conditions = `${ru.risk.twos(threshold, ege)} (${note})`;
  if (settings.riskNoTopMarks) {
    const joint = settings.riskCombination === "both" ? ru.risk.both : ru.risk.either;
    conditions += joint + ru.risk.noTop(ege, settings.egeHighFrom);
  }
  return ru.risk.rule(conditions, settings.riskYears, settings.riskWindow, isDefaultRiskRule(settings));
}

export function riskYear(period: string, totals: Totals, settings: ResultSettings): RiskYear {
  const shareOfTwos = shareOf(totals.low, totals.total);
  // Compared as shown: a share printed as 20,0 % meets a 20 % threshold.
  const twosFired = shareOfTwos >= settings.riskShareOfTwos;
  const noTopFired = settings.riskNoTopMarks && totals.top === 0;
  const risky = !settings.riskNoTopMarks
    ? twosFired
    : settings.riskCombination === "both"
      ? twosFired && noTopFired
      : twosFired || noTopFired;
  return {
    period,
    participants: totals.total,
    twos: totals.low,
    shareOfTwos,
    top: totals.top,
    twosFired,
    noTopFired,
    risky,
  };
}

const SEP = "\u0000";

/**
 * ШНОР flags per school and procedure over the last `settings.riskWindow` of `periods`
 * (chronological). Periods with fewer participants than `settings.smallSample` are not evaluated;
 * when they leave a school unflagged, a «мало участников» note says so.
 */
export function riskFlags(
  rows: readonly ResultRow[],
  periods: readonly string[],
  settings: ResultSettings = DEFAULT_RESULT_SETTINGS,
): RiskFlag[] {
  const window = periods.slice(-settings.riskWindow);
  const inWindow = new Set(window);
  const sums = sumBy(
    rows.filter((row) => inWindow.has(row.period)),
    settings,
    (row) => [row.school, row.procedure, row.period].join(SEP),
  );
  const groups = new Map<string, { school: string; procedure: Procedure }>();
  for (const row of rows) {
    if (inWindow.has(row.period)) groups.set(row.school + SEP + row.procedure, row);
  }
  const flags: RiskFlag[] = [];
  for (const { school, procedure } of groups.values()) {
    const ege = isEge(procedure);
    const years: RiskYear[] = [];
    const small: { period: string; participants: number }[] = [];
    for (const period of window) {
      const totals = sums.get([school, procedure, period].join(SEP));
      if (!totals || totals.total === 0) continue;
      if (totals.total < settings.smallSample) small.push({ period, participants: totals.total });
      else years.push(riskYear(period, totals, settings));
    }
    const risky = years.filter((year) => year.risky);
    if (risky.length >= settings.riskYears && risky.length > 0) {
      const conditions: RiskCondition[] = [];
      if (risky.some((year) => year.twosFired)) conditions.push("shareOfTwos");
      if (risky.some((year) => year.noTopFired)) conditions.push("noTopMarks");
      const details = years
        .map((y) => ru.risk.year(y.period, ege, y.shareOfTwos, y.twos, y.participants, y.top, settings.egeHighFrom))
        .join("; ");
      flags.push({
        kind: "risk",
        school,
        procedure,
        rule: riskRuleText(settings, ege),
        isDefaultRule: isDefaultRiskRule(settings),
        conditions,
        periods: risky.map((year) => year.period),
        years,
        sentence: ru.risk.flag(school, procedure, risky.length, window.length, details),
      });
    } else if (small.length > 0) {
      const list = small.map((s) => ru.risk.smallPeriod(s.period, s.participants)).join(", ");
      flags.push({
        kind: "smallSample",
        school,
        procedure,
        periods: small.map((s) => s.period),
        participants: small.map((s) => s.participants),
        sentence: ru.risk.smallSample(school, procedure, list, settings.smallSample),
      });
    }
  }
  return flags;
}
