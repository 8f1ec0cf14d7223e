import { valueTexts } from "../i18n/values";
import { fail, NumberOutcome } from "../math/outcome";
import { roundHalfUp } from "../math/rounding";

/** Share in percent units: part ÷ whole × 100, half-up to `digits` decimals (74,2, not 0,742). */
export function share(part: number, whole: number, digits = 1): NumberOutcome {
  if (whole === 0)
    return part === 0
      ? fail("div0", valueTexts.errors.zeroWholeEmpty)
      : fail("div0", valueTexts.errors.zeroWhole(part));
  if (part > whole) return fail("num", valueTexts.errors.partAboveWhole(part, whole));
  return roundHalfUp((part * 100) / whole, digits);
}

/** The municipal share: Σ numerators ÷ Σ denominators, never the mean of school shares. */
export function pooledShare(parts: readonly number[], wholes: readonly number[], digits = 1): NumberOutcome {
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  return share(sum(parts), sum(wholes), digits);
}
