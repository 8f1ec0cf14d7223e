import { ru } from "../../base/i18n/ru";
import { isError } from "../../base/math/outcome";
import { share } from "../../base/cells/share";
import { riskRulesText } from "../../base/i18n/riskRules";
import {
  DEFAULT_RESULT_SETTINGS,
  Procedure,
  ResultRow,
  ResultSettings,
  RiskRule,
  RiskRuleId,
  RiskYear,
} from "../../base/model/results";

/**
 * ШНОР risk (Tula, criteria of ШНОР): per school, rule line (procedure and grades) and subject, a period
 * is a risk year when the share of «2» (below the ЕГЭ minimum) reaches the line's threshold and/or
 * nobody got «5» (81+ on ЕГЭ); a school is flagged with enough risk years among the line's last
 * periods. The lines, thresholds and the combination come from the settings.
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

export type RiskCondition = "shareOfTwos" | "noTopMarks";

/** A line of the rule table, or «other» for results no line covers (the general parameters). */
export type RiskLineId = RiskRuleId | "other";

export interface RiskFlagBase {
  readonly school: string;
  readonly procedure: Procedure;
  /** The rule line the results were read under. */
  readonly line: RiskLineId;
  /** The subject that fired; empty where a line counts works over its subjects together. */
  readonly subject: string;
  readonly sentence: string;
}

export interface RiskFlagged extends RiskFlagBase {
  readonly kind: "risk";
  /** The rule line as configured, naming its thresholds. */
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

const sameRule = (a: RiskRule, b: RiskRule): boolean =>
  a.id === b.id &&
  a.shareOfTwos === b.shareOfTwos &&
  a.minWorks === b.minWorks &&
  a.years === b.years &&
  a.window === b.window;

export function isDefaultRiskRule(settings: ResultSettings): boolean {
  const d = DEFAULT_RESULT_SETTINGS;
  return (
    settings.riskShareOfTwos === d.riskShareOfTwos &&
    settings.riskNoTopMarks === d.riskNoTopMarks &&
    settings.riskCombination === d.riskCombination &&
    settings.riskYears === d.riskYears &&
    settings.riskWindow === d.riskWindow &&
    settings.riskRules.length === d.riskRules.length &&
    settings.riskRules.every((rule, i) => sameRule(rule, d.riskRules[i]))
  );
}

/** The line for results no rule line covers, from the general parameters. */
function otherLine(settings: ResultSettings, procedure: Procedure): Omit<RiskRule, "id"> {
  return {
    procedure,
    subjects: "all",
    shareOfTwos: settings.riskShareOfTwos,
    minWorks: 1,
    years: settings.riskYears,
    window: settings.riskWindow,
  };
}

interface Line {
  readonly id: RiskLineId;
  readonly rule: Omit<RiskRule, "id">;
  readonly label: string;
  /** How a flag names the line: «ВПР, 4 класс», «ЕГЭ», «РКР». */
  readonly short: string;
}

const RUSSIAN_OR_MATH = /русск|математ/i;

function fits(rule: RiskRule, row: ResultRow): boolean {
  if (row.procedure !== rule.procedure) return false;
  if (rule.subjects === "russianMath" && !RUSSIAN_OR_MATH.test(row.subject)) return false;
  if (!rule.grades) return true;
  const grade = Number.parseInt(row.grade, 10);
  return Number.isFinite(grade) && grade >= rule.grades[0] && grade <= rule.grades[1];
}

/**
 * The rule line a row is read under: the first line of the table that covers it; the general one for a
 * procedure the table has no line for (РКР, ГВЭ, diagnostics); none for the grades and subjects the
 * criteria leave out of a procedure they do name (ВПР 7–8, elective ОГЭ and ЕГЭ subjects).
 */
export function riskLineOf(row: ResultRow, settings: ResultSettings): Line | undefined {
  const rule = settings.riskRules.find((candidate) => fits(candidate, row));
  if (rule) return { id: rule.id, rule, label: riskRulesText.labels[rule.id], short: riskRulesText.short[rule.id] };
  if (settings.riskRules.some((candidate) => candidate.procedure === row.procedure)) return undefined;
  const label = `${row.procedure}, ${riskRulesText.other}`;
  return { id: "other", rule: otherLine(settings, row.procedure), label, short: row.procedure };
}

const noTopText = (settings: ResultSettings, ege: boolean): string | undefined =>
  settings.riskNoTopMarks
    ? (settings.riskCombination === "both" ? ru.risk.both : ru.risk.either) + ru.risk.noTop(ege, settings.egeHighFrom)
    : undefined;

const lineText = (line: Line, settings: ResultSettings): string =>
  riskRulesText.rule(
    line.label,
    line.rule.shareOfTwos,
    line.rule.minWorks,
    noTopText(settings, line.rule.procedure === "ЕГЭ"),
    line.rule.years,
    line.rule.window,
  );

/**
 * «Риск низких результатов (ШНОР): ВПР, 4 класс…: доля «2» не ниже 20 % или нет ни одной «5» — не
 * менее чем в 2 из 3 последних периодов; …» — every line of the table, or only ЕГЭ's, and the general one.
 */
export function riskRuleText(settings: ResultSettings, egeOnly = false): string {
  const lines = settings.riskRules
    .filter((rule) => !egeOnly || rule.procedure === "ЕГЭ")
    .map((rule) => lineText({ id: rule.id, rule, label: riskRulesText.labels[rule.id], short: "" }, settings));
  if (!egeOnly) {
    const other = otherLine(settings, "ВПР");
    lines.push(lineText({ id: "other", rule: other, label: riskRulesText.other, short: "" }, settings));
  }
  return ru.risk.rule(lines.join("; "), isDefaultRiskRule(settings));
}

export function riskYear(period: string, totals: Totals, settings: ResultSettings, threshold?: number): RiskYear {
  const shareOfTwos = shareOf(totals.low, totals.total);
  // Compared as shown: a share printed as 20,0 % meets a 20 % threshold.
  const twosFired = shareOfTwos >= (threshold ?? settings.riskShareOfTwos);
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

interface Group {
  readonly school: string;
  readonly line: Line;
  readonly subject: string;
}

/** A year of a group: its works evaluated, small ones set aside. */
function groupYear(
  period: string,
  works: readonly Totals[],
  line: Line,
  settings: ResultSettings,
): RiskYear | { small: number } | undefined {
  const evaluated = works.filter((work) => work.total >= settings.smallSample);
  const all = works.reduce(addTotals, { total: 0, low: 0, top: 0, good: 0 });
  if (all.total === 0) return undefined;
  if (evaluated.length === 0 || (line.rule.minWorks > 1 && evaluated.length < line.rule.minWorks)) {
    return { small: all.total };
  }
  const years = evaluated.map((work) => riskYear(period, work, settings, line.rule.shareOfTwos));
  const summed = riskYear(period, evaluated.reduce(addTotals), settings, line.rule.shareOfTwos);
  if (line.rule.minWorks <= 1) return summed;
  const marked = years.filter((year) => year.risky);
  return {
    ...summed,
    twosFired: marked.some((year) => year.twosFired),
    noTopFired: marked.some((year) => year.noTopFired),
    risky: marked.length >= line.rule.minWorks,
    works: { marked: marked.length, total: years.length },
  };
}

/**
 * ШНОР flags per school, rule line and subject, each line over its own last periods (the table on
 * «Пороги результатов»). Lines needing one work read each subject apart (its grades summed); lines
 * needing several («по двум и более работам») count the marked works (subject × grade) of a year.
 * Works with fewer participants than `settings.smallSample` are not evaluated; when that leaves a
 * school unflagged, a «мало участников» note says so.
 */
export function riskFlags(
  rows: readonly ResultRow[],
  periods: readonly string[],
  settings: ResultSettings = DEFAULT_RESULT_SETTINGS,
): RiskFlag[] {
  const groups = new Map<string, Group>();
  const works = new Map<string, Map<string, Totals>>();
  for (const row of rows) {
    const line = riskLineOf(row, settings);
    if (!line || !periods.slice(-line.rule.window).includes(row.period)) continue;
    const totals = totalsOf(row, settings);
    if (!totals) continue;
    const subject = line.rule.minWorks > 1 ? "" : row.subject;
    const groupKey = [row.school, line.id, row.procedure, subject].join(SEP);
    if (!groups.has(groupKey)) groups.set(groupKey, { school: row.school, line, subject });
    const work = line.rule.minWorks > 1 ? `${row.subject}${SEP}${row.grade}` : "";
    const yearKey = groupKey + SEP + row.period;
    const byWork = works.get(yearKey) ?? new Map<string, Totals>();
    const before = byWork.get(work);
    byWork.set(work, before ? addTotals(before, totals) : totals);
    works.set(yearKey, byWork);
  }
  const flags: RiskFlag[] = [];
  for (const [groupKey, { school, line, subject }] of groups) {
    const window = periods.slice(-line.rule.window);
    const ege = isEge(line.rule.procedure);
    const years: RiskYear[] = [];
    const small: { period: string; participants: number }[] = [];
    for (const period of window) {
      const year = groupYear(period, [...(works.get(groupKey + SEP + period)?.values() ?? [])], line, settings);
      if (!year) continue;
      if ("small" in year) small.push({ period, participants: year.small });
      else years.push(year);
    }
    const procedure = line.rule.procedure;
    const base = { school, procedure, line: line.id, subject };
    const risky = years.filter((year) => year.risky);
    if (risky.length >= line.rule.years && risky.length > 0) {
      const conditions: RiskCondition[] = [];
      if (risky.some((year) => year.twosFired)) conditions.push("shareOfTwos");
      if (risky.some((year) => year.noTopFired)) conditions.push("noTopMarks");
      const details = years
        .map((y) => {
          const text = ru.risk.year(y.period, ege, y.shareOfTwos, y.twos, y.participants, y.top, settings.egeHighFrom);
          return y.works ? `${text}, ${riskRulesText.works(y.works.marked, y.works.total)}` : text;
        })
        .join("; ");
      flags.push({
        kind: "risk",
        ...base,
        rule: ru.risk.rule(lineText(line, settings), isDefaultRiskRule(settings)),
        isDefaultRule: isDefaultRiskRule(settings),
        conditions,
        periods: risky.map((year) => year.period),
        years,
        sentence: riskRulesText.flag(school, line.short, subject, risky.length, window.length, details),
      });
    } else if (small.length > 0) {
      const list = small.map((s) => ru.risk.smallPeriod(s.period, s.participants)).join(", ");
      flags.push({
        kind: "smallSample",
        ...base,
        periods: small.map((s) => s.period),
        participants: small.map((s) => s.participants),
        sentence: ru.risk.smallSample(school, riskRulesText.where(line.short, subject), list, settings.smallSample),
      });
    }
  }
  return flags;
}
