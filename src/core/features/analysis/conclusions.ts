import type { Indicator } from "../../catalog/schema";
import { ru } from "../../base/i18n/ru";
import { change as changeOf } from "../../base/cells/dynamics";
import { isError } from "../../base/math/outcome";
import { clean, roundHalfUp } from "../../base/math/rounding";
import { describeChange, DescribedUnit } from "../../base/cells/describe";
import { countOf, formatNumber, formatPercent, formatSigned } from "../../base/text/format";
import { agree, capitalise, closesClause } from "../../base/text/grammar";
import { entryOf } from "../../workbook/entry";
import { significantStep } from "./analyse";
import { DEFAULT_SIGNIFICANCE, type SignificanceRule } from "../../base/model/results";
import type { Conclusion, IndicatorAnalysis, PeriodValue } from "./model";

const a = ru.analysis;

/** The order conclusions come in: what went wrong first, then targets, then good news, then the rest. */
const GROUPS = ["declined", "unstable", "notReached", "improved", "changed", "stable", "insufficient"] as const;
type Group = (typeof GROUPS)[number];

/** Digits a value is shown with: shares to 0,1, ratios to 0,01, whole numbers as they are. */
function digitsOf(indicator: Indicator, value: number): number {
  if (indicator.unit === "percent") return 1;
  if (indicator.unit === "ratio") return 2;
  return Number.isInteger(value) ? 0 : 1;
}

/** A value rounded as the text shows it. */
const shown = (indicator: Indicator, value: number) => roundHalfUp(value, digitsOf(indicator, value));

function formatValue(indicator: Indicator, value: number): string {
  if (indicator.unit === "yesno") return value ? ru.layout.yes : ru.layout.no;
  if (indicator.unit === "percent") return formatPercent(value);
  return formatNumber(value, digitsOf(indicator, value));
}

/** The indicator's label opening a sentence; nothing that a spreadsheet would read as a formula. */
const headingOf = (indicator: Indicator) =>
  capitalise(
    indicator.label
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^[=+\-@\s]+/, ""),
  );

/** The label as the subject of a verb: an open participial clause is closed by a comma first. */
const subjectOf = (indicator: Indicator) => closesClause(headingOf(indicator));

const describedUnit = (indicator: Indicator): DescribedUnit | undefined =>
  indicator.unit === "percent" ? { kind: "percent" } : indicator.unit === "count" ? { kind: "count" } : undefined;

interface Sentence {
  readonly text: string;
  readonly numbers: readonly number[];
}

/** «… выросла с 34,2 % до 39,0 % (+4,8 п.п.) — положительная динамика.»: the change between two values. */
function changeSentence(analysis: IndicatorAnalysis, from: PeriodValue, to: PeriodValue, judged: boolean): Sentence {
  const { indicator } = analysis;
  const [before, now] = [from.value!, to.value!];
  const direction = judged ? indicator.direction : undefined;
  const subject = subjectOf(indicator);
  if (indicator.unit === "yesno") {
    const good = direction === "higher" ? now > before : direction === "lower" ? now < before : undefined;
    const verdict = good === undefined ? "" : a.verdict(good ? ru.describe.better : ru.describe.worse);
    return {
      text: a.yesNoChange(headingOf(indicator), formatValue(indicator, before), formatValue(indicator, now), verdict),
      numbers: [],
    };
  }
  const unit = describedUnit(indicator);
  const [b, n] = [shown(indicator, before), shown(indicator, now)];
  if (unit) {
    const text = describeChange({ name: subject, current: now, previous: before, unit, direction });
    let delta: number;
    if (unit.kind === "percent") delta = roundHalfUp(clean(n - b), 1);
    else {
      // As describeChange words it: relative percent, or the plain difference when counting from zero.
      const relative = changeOf(now, before, "relative", 0);
      const difference = clean(now - before);
      delta = isError(relative) ? roundHalfUp(difference, Number.isInteger(difference) ? 0 : 1) : relative;
    }
    return { text, numbers: [b, n, delta] };
  }
  const digits = Math.max(digitsOf(indicator, before), digitsOf(indicator, now));
  const delta = roundHalfUp(clean(n - b), digits);
  const verb = agree(subject, delta > 0 ? ru.describe.rose : ru.describe.fell);
  const good =
    delta === 0 || direction === undefined || direction === "neutral"
      ? undefined
      : delta > 0 === (direction === "higher");
  const verdict = good === undefined ? "" : a.verdict(good ? ru.describe.better : ru.describe.worse);
  const text = a.absoluteChange(
    subject,
    verb,
    formatValue(indicator, before),
    formatValue(indicator, now),
    formatSigned(delta, digits),
    verdict,
  );
  return { text, numbers: [b, n, delta] };
}

/** «Доля … составила 74,2 %.» */
function valueSentence(analysis: IndicatorAnalysis, value: number, stable: boolean): Sentence {
  const { indicator } = analysis;
  const subject = subjectOf(indicator);
  const verb = agree(subject, ru.describe.was);
  const make = stable ? a.valueNowStable : a.valueNow;
  return { text: make(subject, verb, formatValue(indicator, value)), numbers: [shown(indicator, value)] };
}

/** «Целевое значение 80,0 % не достигнуто.» */
function targetSentence(analysis: IndicatorAnalysis): Sentence | undefined {
  if (analysis.reached !== false || analysis.target === undefined) return undefined;
  const { indicator, target } = analysis;
  return { text: a.targetNotReached(formatValue(indicator, target)), numbers: [shown(indicator, target)] };
}

/** «По ОО: снижение в 7 ОО из 25, рост — в 3 ОО.» Small samples are left out; nothing is said of zero schools. */
function schoolsSentence(analysis: IndicatorAnalysis, rule: SignificanceRule): Sentence | undefined {
  const mode = entryOf(analysis.indicator).change;
  if (!analysis.change || !mode || analysis.schools.length === 0) return undefined;
  const compared = analysis.schools.filter(
    (school) => !school.smallSample && school.value !== undefined && school.previous !== undefined,
  );
  let [rises, falls] = [0, 0];
  for (const school of compared) {
    const sign = significantStep(analysis.indicator, school.previous!, school.value!, rule);
    if (sign === 0) continue;
    if (sign > 0) rises++;
    else falls++;
  }
  const up: [string, number] = [a.rise, rises];
  const down: [string, number] = [a.fall, falls];
  const parts = (analysis.change.value > 0 ? [up, down] : [down, up]).filter(([, count]) => count > 0);
  if (parts.length === 0) return undefined;
  const noun = ru.nouns.оо;
  const total = compared.length;
  const texts = parts.map(([word, count], i) =>
    i === 0
      ? a.schoolsFirst(word, countOf(count, noun), formatNumber(total, 0))
      : a.schoolsMore(word, countOf(count, noun)),
  );
  return {
    text: a.schools(texts.join(", ")),
    numbers: [...parts.flatMap(([, count], i) => (i === 0 ? [count, total] : [count]))],
  };
}

function groupOf(analysis: IndicatorAnalysis): Group {
  const { verdict } = analysis;
  if (verdict === "declined" || verdict === "unstable") return verdict;
  if (analysis.reached === false && analysis.values.some((value) => value.value !== undefined)) return "notReached";
  return verdict;
}

function conclusionOf(analysis: IndicatorAnalysis, group: Group, rule: SignificanceRule): Conclusion {
  const sentences: (Sentence | undefined)[] = [];
  const present = analysis.values.filter((value) => value.value !== undefined);
  const [from, to] = present.slice(-2);
  const { indicator } = analysis;
  if (group === "unstable") {
    const series = present.map((value) => formatValue(indicator, value.value!)).join(a.arrow);
    const numbers = present.map((value) => shown(indicator, value.value!));
    sentences.push({ text: a.unstable(headingOf(indicator), series), numbers });
  } else if (analysis.verdict === "declined" || analysis.verdict === "improved" || analysis.verdict === "changed") {
    sentences.push(changeSentence(analysis, from, to, analysis.verdict !== "changed"));
    if (analysis.verdict !== "changed") sentences.push(schoolsSentence(analysis, rule));
  } else {
    const last = present[present.length - 1];
    sentences.push(valueSentence(analysis, last.value!, analysis.verdict === "stable"));
  }
  sentences.push(targetSentence(analysis));
  const said = sentences.filter((sentence): sentence is Sentence => sentence !== undefined);
  return {
    verdict: group,
    indicatorCode: indicator.code,
    text: tidy(said.map((sentence) => sentence.text).join(" ")),
    numbers: said.flatMap((sentence) => sentence.numbers),
  };
}

/** One sentence for many indicators: «Без существенных изменений: 5 показателей.» Codes are joined. */
function summaryOf(group: "stable" | "insufficient", analyses: readonly IndicatorAnalysis[]): Conclusion {
  const count = countOf(analyses.length, a.indicatorNoun);
  return {
    verdict: group,
    indicatorCode: analyses.map((analysis) => analysis.indicator.code).join(", "),
    text: tidy(group === "stable" ? a.stableSummary(count) : a.insufficientSummary(count)),
    numbers: [analyses.length],
  };
}

const tidy = (text: string) => text.replace(/[ \t]{2,}/g, " ").trim();

/**
 * The conclusions of the analytical report, in Russian, each citing its numbers: declines first,
 * then unstable series, unreached targets, improvements and neutral changes, one indicator each;
 * then one sentence for the stable indicators and one for those with too little data.
 */
export function conclusionsFor(
  analyses: readonly IndicatorAnalysis[],
  rule: SignificanceRule = DEFAULT_SIGNIFICANCE,
): Conclusion[] {
  const grouped = new Map<Group, IndicatorAnalysis[]>(GROUPS.map((group) => [group, []]));
  for (const analysis of analyses) grouped.get(groupOf(analysis))!.push(analysis);
  return GROUPS.flatMap((group) => {
    const members = grouped.get(group)!;
    if (members.length === 0) return [];
    if (group === "stable" || group === "insufficient") return [summaryOf(group, members)];
    return members.map((analysis) => conclusionOf(analysis, group, rule));
  });
}
