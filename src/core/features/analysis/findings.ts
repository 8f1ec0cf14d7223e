import type { Indicator } from "../../catalog/schema";
import { reportTexts } from "../../base/i18n/report";
import { ru } from "../../base/i18n/ru";
import { NOT_HELD } from "../../base/cells/input";
import { clean, roundHalfUp } from "../../base/math/rounding";
import { isImprovement } from "../../base/math/status";
import { agree, capitalise, closesClause } from "../../base/text/grammar";
import { countOf, formatNumber, formatPercent, formatPoints, formatSigned, pluralShown } from "../../base/text/format";
import { entryOf } from "../../workbook/entry";
import type { IndicatorAnalysis, PeriodValue } from "./model";
import { asShown, scaleOf, stepOf } from "./significance";
import { type SignificanceRule, DEFAULT_SIGNIFICANCE } from "../../base/model/results";

/**
 * What one indicator's numbers say, in the words of the справка: values as shown in its unit, shares
 * of organisations with their count («15 из 18 ОО (83,3 %)»), the change in п.п., percent or points,
 * and «не изменился» where the shown values are equal. Used by the summary, the systems' text and
 * the grounds of recommendations, so all three say the same.
 */

const t = reportTexts.findings;
const NBSP = "\u00a0";

const ORGANISATIONS =
  /^доля\s+(?:ОО|ДОО|ОУ|ДОУ|школ|(?:обще|дошкольных\s+)?образовательных\s+организаций|организаций|учреждений)\b/i;

/** Whether the indicator is a share of organisations, so its value reads «15 из 18 ОО (83,3 %)». */
export function isShareOfOrganisations(indicator: Indicator): boolean {
  if (indicator.unit !== "percent") return false;
  return entryOf(indicator).inputs === "flag" || ORGANISATIONS.test(indicator.label.trim());
}

/** Decimal places a value is shown with. */
export function digitsOf(indicator: Indicator, value: number): number {
  if (indicator.unit === "percent") return 1;
  if (indicator.unit === "ratio") return 2;
  if (indicator.unit === "count") return Number.isInteger(value) ? 0 : 1;
  return 1;
}

/** A value as the text shows it: «83,3 %», «15 из 18 ОО (83,3 %)», «4,2 балла», «12», «да». */
export function valueText(indicator: Indicator, value: PeriodValue | number): string {
  const pv = typeof value === "number" ? { period: "", value } : value;
  if (pv.notHeld) return NOT_HELD;
  const v = pv.value;
  if (v === undefined) return "—";
  if (indicator.unit === "yesno") return v ? ru.layout.yes : ru.layout.no;
  if (indicator.unit === "percent") {
    const percent = formatPercent(v);
    if (isShareOfOrganisations(indicator) && pv.numerator !== undefined && pv.denominator !== undefined) {
      return t.ofOrganisations(formatNumber(pv.numerator, 0), formatNumber(pv.denominator, 0), percent);
    }
    return percent;
  }
  const number = formatNumber(v, digitsOf(indicator, v));
  if (indicator.unit === "score") return `${number}${NBSP}${pluralShown(v, digitsOf(indicator, v), ru.nouns.балл)}`;
  return number;
}

/** The change between two values in the indicator's unit: «−5,6 п.п.», «+12 %», «−0,4 балла», «+3». */
export function changeText(indicator: Indicator, from: number, to: number): string {
  const scale = scaleOf(indicator);
  const [a, b] = [asShown(scale, from, indicator.unit), asShown(scale, to, indicator.unit)];
  if (scale === "points") return formatPoints(clean(b - a));
  if (scale === "count") {
    if (a === b) return "0";
    if (a === 0) return formatSigned(clean(b - a), Number.isInteger(b - a) ? 0 : 1);
    return `${formatSigned(((b - a) * 100) / Math.abs(a), 0)}${NBSP}%`;
  }
  const digits = indicator.unit === "ratio" ? 2 : 1;
  const delta = roundHalfUp(clean(b - a), digits);
  const signed = formatSigned(delta, digits);
  return indicator.unit === "score" ? `${signed}${NBSP}${pluralShown(delta, digits, ru.nouns.балл)}` : signed;
}

/**
 * The indicator's label as the subject of a sentence: capitalised, an open participial clause
 * closed by a comma before the verb; before a colon (`close` false) no comma is needed.
 */
export function subjectOf(indicator: Indicator, close = true): string {
  const label = capitalise(
    indicator.label
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^[=+\-@\s]+/, "")
      .replace(/[.;:,]+$/, ""),
  );
  return close ? closesClause(label) : label;
}

/** The two values the latest change is between. */
export function lastTwo(analysis: IndicatorAnalysis): [PeriodValue, PeriodValue] | undefined {
  const present = analysis.values.filter((value) => value.value !== undefined);
  if (present.length < 2) return undefined;
  const [from, to] = present.slice(-2);
  return [from, to];
}

/** Whether the latest change is good, bad or neither for the indicator. */
function goodness(analysis: IndicatorAnalysis, sign: number): "better" | "worse" | undefined {
  const good = isImprovement(sign, analysis.indicator.direction);
  return good === undefined ? undefined : good ? "better" : "worse";
}

/**
 * «Доля … снизилась с 16 из 18 ОО (88,9 %) до 15 из 18 ОО (83,3 %), −5,6 п.п.» — the latest change
 * as a sentence; equal shown values give «не изменилась и составляет …».
 */
export function changeSentence(analysis: IndicatorAnalysis, rule: SignificanceRule = DEFAULT_SIGNIFICANCE): string {
  const { indicator } = analysis;
  const subject = subjectOf(indicator);
  const pair = lastTwo(analysis);
  if (!pair) {
    const last = analysis.values.filter((v) => v.value !== undefined).at(-1);
    return last
      ? t.value(subject, agree(subject, ru.describe.was), valueText(indicator, last))
      : t.noData(subjectOf(indicator, false));
  }
  const [from, to] = pair;
  const scale = scaleOf(indicator);
  const [a, b] = [asShown(scale, from.value!, indicator.unit), asShown(scale, to.value!, indicator.unit)];
  if (indicator.unit === "yesno") {
    const bare = subjectOf(indicator, false);
    if (a === b) return t.yesNoSame(bare, valueText(indicator, to));
    return t.yesNo(bare, valueText(indicator, from), valueText(indicator, to));
  }
  if (a === b) return t.unchanged(subject, agree(subject, ru.describe.unchanged), valueText(indicator, to));
  const verb = agree(subject, b > a ? ru.describe.rose : ru.describe.fell);
  const step = stepOf(scale, a, b, rule, indicator.unit);
  const good = step.sign === 0 ? undefined : goodness(analysis, step.sign);
  const how = step.sign === 0 ? t.notSignificant : good === "better" ? t.better : good === "worse" ? t.worse : "";
  const make = isShareOfOrganisations(indicator) && to.denominator !== undefined ? t.changeOfOrganisations : t.change;
  return make(subject, verb, valueText(indicator, from), valueText(indicator, to), changeText(indicator, a, b), how);
}

/**
 * The ground of a recommendation, shorter than the sentence the summary says: «Доля …: снижение с 77,8 % до
 * 66,7 % (−11,1 п.п.); цель 70,0 % не достигнута.» Equal shown values and yes/no give the sentence itself.
 */
export function changeBasis(analysis: IndicatorAnalysis, rule: SignificanceRule = DEFAULT_SIGNIFICANCE): string {
  const { indicator } = analysis;
  const pair = lastTwo(analysis);
  if (!pair || indicator.unit === "yesno") return changeSentence(analysis, rule);
  const [from, to] = pair;
  const scale = scaleOf(indicator);
  const [a, b] = [asShown(scale, from.value!, indicator.unit), asShown(scale, to.value!, indicator.unit)];
  if (a === b) return changeSentence(analysis, rule);
  const target =
    analysis.reached === false && analysis.target !== undefined ? valueText(indicator, analysis.target) : undefined;
  return t.basisChange(
    subjectOf(indicator, false),
    b > a,
    valueText(indicator, from),
    valueText(indicator, to),
    changeText(indicator, a, b),
    target,
  );
}

/** «нестабильно: 33 → 50 → 33» as a sentence. */
export function unstableSentence(analysis: IndicatorAnalysis): string {
  const present = analysis.values.filter((value) => value.value !== undefined);
  return t.unstable(
    subjectOf(analysis.indicator, false),
    present.map((v) => valueText(analysis.indicator, v)).join(" → "),
  );
}

/** «Целевое значение 80,0 % не достигнуто.» */
export function targetSentence(analysis: IndicatorAnalysis): string | undefined {
  if (analysis.reached !== false || analysis.target === undefined) return undefined;
  return t.targetMissed(valueText(analysis.indicator, analysis.target));
}

/** «Доля …: 90,5 % при целевом значении 92,2 %.» — a missed target where the value did not change significantly. */
export function missedTargetSentence(analysis: IndicatorAnalysis): string | undefined {
  if (analysis.reached !== false || analysis.target === undefined) return undefined;
  const last = analysis.values.filter((value) => value.value !== undefined).at(-1);
  if (!last) return undefined;
  return t.missedTarget(
    subjectOf(analysis.indicator, false),
    valueText(analysis.indicator, last),
    valueText(analysis.indicator, analysis.target),
  );
}

/** How many schools moved each way, under the rule: «снижение — в 7 ОО из 25, рост — в 3». */
export function schoolsMoved(
  analysis: IndicatorAnalysis,
  rule: SignificanceRule = DEFAULT_SIGNIFICANCE,
): string | undefined {
  const compared = analysis.schools.filter(
    (school) => !school.smallSample && school.value !== undefined && school.previous !== undefined,
  );
  if (compared.length === 0 || analysis.indicator.unit === "yesno") return undefined;
  const scale = scaleOf(analysis.indicator);
  let [rises, falls] = [0, 0];
  for (const school of compared) {
    const { sign } = stepOf(scale, school.previous!, school.value!, rule, analysis.indicator.unit);
    if (sign > 0) rises++;
    if (sign < 0) falls++;
  }
  if (rises + falls === 0) return undefined;
  const total = formatNumber(compared.length, 0);
  const parts = [
    ...(falls > 0 ? [t.schoolsFall(countOf(falls, ru.nouns.оо), total)] : []),
    ...(rises > 0 ? [t.schoolsRise(countOf(rises, ru.nouns.оо), total)] : []),
  ];
  return t.schools(parts.join(", "));
}

/** How significant the latest change is, in tolerances (0 when it is not): for ranking across units. */
export function weightOf(analysis: IndicatorAnalysis, rule: SignificanceRule = DEFAULT_SIGNIFICANCE): number {
  const pair = lastTwo(analysis);
  if (!pair || analysis.indicator.unit === "yesno") return 0;
  return stepOf(scaleOf(analysis.indicator), pair[0].value!, pair[1].value!, rule, analysis.indicator.unit).weight;
}
