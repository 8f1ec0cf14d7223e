/** The direction of a series over three or more periods. */
export type Trend = "rise" | "fall" | "stable" | "unstable";

/** Default tolerance inside which a change counts as no change: 1 unit (1 п.п. for shares). */
export const DEFAULT_TREND_TOLERANCE = 1;

/**
 * Describes a chronological series from its numbers alone. Steps within the tolerance are
 * ignored; steps in both directions make it unstable (33 → 50 → 33 is not growth). Returns
 * undefined when fewer than two values exist.
 */
export function trendOf(values: readonly number[], tolerance = DEFAULT_TREND_TOLERANCE): Trend | undefined {
  if (values.length < 2) return undefined;
  let rises = 0;
  let falls = 0;
  for (let i = 1; i < values.length; i++) {
    const step = values[i] - values[i - 1];
    if (step > tolerance) rises++;
    else if (step < -tolerance) falls++;
  }
  if (rises > 0 && falls > 0) return "unstable";
  if (rises > 0) return "rise";
  if (falls > 0) return "fall";
  // Small steps can still add up to a real change over the whole span.
  const total = values[values.length - 1] - values[0];
  if (total > tolerance) return "rise";
  if (total < -tolerance) return "fall";
  return "stable";
}
