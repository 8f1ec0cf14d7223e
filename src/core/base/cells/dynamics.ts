import { valueTexts } from "../i18n/values";
import { fail, NumberOutcome } from "../math/outcome";
import { clean, roundHalfUp } from "../math/rounding";

/**
 * How a change is measured: percentage points for shares, relative percent for counts,
 * or the plain difference. Never mixed: a share's change is not a percent.
 */
export type ChangeMode = "points" | "relative" | "absolute";

const MODE_ALIASES: Record<string, ChangeMode> = {
  pp: "points",
  "п.п.": "points",
  "п.п": "points",
  пп: "points",
  points: "points",
  доля: "points",
  "%": "relative",
  percent: "relative",
  relative: "relative",
  отн: "relative",
  "отн.": "relative",
  относительное: "relative",
  процент: "relative",
  абс: "absolute",
  "абс.": "absolute",
  абсолютное: "absolute",
  разность: "absolute",
  разница: "absolute",
  absolute: "absolute",
  abs: "absolute",
};

/** Reads a mode in English or Russian («п.п.», «%», «абс»), or undefined if unknown. */
export function parseChangeMode(text: string): ChangeMode | undefined {
  return MODE_ALIASES[text.trim().toLowerCase().replace(/\s+/g, "")];
}

/** The change from `previous` to `current`, measured by `mode`, half-up to `digits`. */
export function change(current: number, previous: number, mode: ChangeMode, digits = 1): NumberOutcome {
  switch (mode) {
    case "points":
      for (const [what, value] of [
        [valueTexts.args.current, current],
        [valueTexts.args.previous, previous],
      ] as const) {
        if (value < 0 || value > 100) return fail("num", valueTexts.errors.shareOutOfRange(what, value));
      }
      return roundHalfUp(clean(current - previous), digits);
    case "relative":
      if (previous === 0) return fail("div0", valueTexts.errors.relativeFromZero);
      return roundHalfUp(((current - previous) * 100) / Math.abs(previous), digits);
    case "absolute":
      return roundHalfUp(clean(current - previous), digits);
  }
}
