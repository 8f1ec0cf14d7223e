import { roundHalfUp } from "../math/rounding";

/** Whether rows that should add up to a stated total do (Tula 2.7.1: rows sum to 233, «итого» says 228). */
export function sumMismatch(parts: readonly number[], total: number): { sum: number; total: number } | undefined {
  const sum = parts.reduce((a, b) => a + b, 0);
  return sum === total ? undefined : { sum, total };
}

/**
 * Whether a printed percentage can come from some whole count out of `total` at the printed precision:
 * 41,0 % of 12 cannot (5 of 12 is 41,7 %), so a typo in the share or in the total shows.
 */
export function isPossiblePercent(percent: number, total: number, digits = 1): boolean {
  if (total <= 0) return percent === 0;
  const guess = Math.round((percent * total) / 100);
  return [guess - 1, guess, guess + 1].some(
    (count) =>
      count >= 0 && count <= total && roundHalfUp((count * 100) / total, digits) === roundHalfUp(percent, digits),
  );
}
