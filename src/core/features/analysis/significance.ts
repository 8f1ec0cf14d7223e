import { DEFAULT_SIGNIFICANCE, type SignificanceRule } from "../../base/model/results";
import type { Indicator } from "../../catalog/schema";
import { clean, roundHalfUp } from "../../base/math/rounding";
import type { Trend } from "../../base/math/trend";

/** How an indicator's change is measured and weighed. */
export type Scale = "points" | "count" | "score" | "yesno";

export function scaleOf(indicator: Pick<Indicator, "unit">): Scale {
  switch (indicator.unit) {
    case "percent":
      return "points";
    case "count":
      return "count";
    case "yesno":
      return "yesno";
    default:
      return "score";
  }
}

/** Values as the справка shows them: shares and averages to 0,1, ratios to 0,01, counts whole. */
export function asShown(scale: Scale, value: number, unit?: Indicator["unit"]): number {
  if (scale === "points") return roundHalfUp(value, 1);
  if (scale === "score") return roundHalfUp(value, unit === "ratio" ? 2 : 1);
  return value;
}

/**
 * −1, 0 or +1: whether `to` differs from `from` beyond the rule, compared as shown. `weight` is how
 * many tolerances the change spans (0 when not significant), for ranking changes across units.
 */
export interface Step {
  readonly sign: -1 | 0 | 1;
  readonly weight: number;
}

export function stepOf(
  scale: Scale,
  from: number,
  to: number,
  rule: SignificanceRule = DEFAULT_SIGNIFICANCE,
  unit?: Indicator["unit"],
): Step {
  const [a, b] = [asShown(scale, from, unit), asShown(scale, to, unit)];
  const delta = clean(b - a);
  const sign = (delta > 0 ? 1 : delta < 0 ? -1 : 0) as -1 | 0 | 1;
  if (sign === 0) return { sign: 0, weight: 0 };
  switch (scale) {
    case "yesno":
      return { sign, weight: 1 };
    case "points": {
      const size = Math.abs(roundHalfUp(delta, 1));
      return size > rule.sharePoints
        ? { sign, weight: size / Math.max(rule.sharePoints, 0.1) }
        : { sign: 0, weight: 0 };
    }
    case "score": {
      const size = Math.abs(delta);
      return size > rule.scorePoints + 1e-9
        ? { sign, weight: size / Math.max(rule.scorePoints, 0.01) }
        : { sign: 0, weight: 0 };
    }
    case "count": {
      const size = Math.abs(delta);
      if (size < rule.countMinimum) return { sign: 0, weight: 0 };
      if (a === 0) return { sign, weight: size / Math.max(rule.countMinimum, 1) };
      const relative = (size * 100) / Math.abs(a);
      return relative > rule.countPercent
        ? { sign, weight: relative / Math.max(rule.countPercent, 1) }
        : { sign: 0, weight: 0 };
    }
  }
}

/** Whether a change from `from` to `to` is significant under the rule. */
export function isSignificant(
  scale: Scale,
  from: number,
  to: number,
  rule: SignificanceRule = DEFAULT_SIGNIFICANCE,
  unit?: Indicator["unit"],
): boolean {
  return stepOf(scale, from, to, rule, unit).sign !== 0;
}

/**
 * The trend of a series of two or more values under the rule: steps that are not significant are
 * ignored; significant steps both ways make it unstable (33 → 50 → 33); small steps that add up to a
 * significant change over the whole span still make a rise or a fall.
 */
export function trendUnder(
  scale: Scale,
  values: readonly number[],
  rule: SignificanceRule = DEFAULT_SIGNIFICANCE,
  unit?: Indicator["unit"],
): Trend | undefined {
  if (values.length < 2) return undefined;
  let [rises, falls] = [0, 0];
  for (let i = 1; i < values.length; i++) {
    const { sign } = stepOf(scale, values[i - 1], values[i], rule, unit);
    if (sign > 0) rises++;
    if (sign < 0) falls++;
  }
  if (rises > 0 && falls > 0) return "unstable";
  if (rises > 0) return "rise";
  if (falls > 0) return "fall";
  const whole = stepOf(scale, values[0], values[values.length - 1], rule, unit).sign;
  return whole > 0 ? "rise" : whole < 0 ? "fall" : "stable";
}
