/**
 * Rounds half away from zero to `digits` decimals, the way the regulations' tables round
 * (74,25 → 74,3). toPrecision(15) first removes binary noise such as 1.005 * 100 = 100.49999….
 */
export function roundHalfUp(value: number, digits: number): number {
  const scale = 10 ** digits;
  const scaled = Number((Math.abs(value) * scale).toPrecision(15));
  const rounded = Math.floor(scaled + 0.5) / scale;
  return value < 0 ? -rounded : rounded;
}

/** Drops floating-point noise (39.0 - 34.2 = 4.799999…) without visible rounding. */
export function clean(value: number): number {
  return Number(value.toPrecision(12));
}
