/** One place's share over the periods: numerator and denominator per period, undefined where nothing was filled. */
export interface ShareSeries {
  readonly num: (number | undefined)[];
  readonly den: (number | undefined)[];
}

export interface SettleLimits {
  /** Largest change of a share between neighbouring periods, п.п. */
  readonly step: number;
  /** Largest robust distance (median and MAD) of a place from the others in one period. */
  readonly reach: number;
  /** The robust distance is kept only among at least this many places. */
  readonly minPlaces: number;
}

const shareOf = (num: number, den: number) => (num * 100) / den;

/** The whole count nearest to `num` whose share of `den` lies within [lo, hi] %, or undefined when none does. */
export function nearestWithin(num: number, den: number, lo: number, hi: number): number | undefined {
  const least = Math.max(0, Math.ceil((den * lo) / 100 - 1e-9));
  const most = Math.min(den, Math.floor((den * hi) / 100 + 1e-9));
  return least > most ? undefined : Math.min(most, Math.max(least, num));
}

/**
 * Where no whole count meets both ranges (a small denominator moves its share in big steps), the count
 * whose share lies least outside them, nearest to `num` among equals.
 */
function leastOutside(num: number, den: number, ...ranges: readonly [number, number][]): number {
  const outside = (share: number) => ranges.reduce((total, [lo, hi]) => total + Math.max(0, lo - share, share - hi), 0);
  let best = num;
  for (let candidate = 0; candidate <= den; candidate++) {
    const [a, b] = [outside(shareOf(candidate, den)), outside(shareOf(best, den))];
    if (a < b - 1e-9 || (Math.abs(a - b) <= 1e-9 && Math.abs(candidate - num) < Math.abs(best - num))) best = candidate;
  }
  return best;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Nudges generated numerators, period by period, so that clean demo data reads as clean: no share moves
 * more than `step` п.п. from the period before, and no place stands further than `reach` robust deviations
 * from the others. Returns how many numerators it moved.
 */
export function settleShares(series: readonly ShareSeries[], periods: number, limits: SettleLimits): number {
  let moved = 0;
  const set = (item: ShareSeries, p: number, num: number | undefined) => {
    if (num === undefined || num === item.num[p]) return;
    item.num[p] = num;
    moved++;
  };
  const stepRange = (item: ShareSeries, p: number): [number, number] => {
    const [num, den] = [item.num[p - 1], item.den[p - 1]];
    if (p === 0 || num === undefined || den === undefined || den === 0) return [0, 100];
    const before = shareOf(num, den);
    return [before - limits.step, before + limits.step];
  };
  for (let p = 0; p < periods; p++) {
    const filled = series.filter((item) => item.num[p] !== undefined && (item.den[p] ?? 0) > 0);
    for (const item of filled) {
      const [lo, hi] = stepRange(item, p);
      set(item, p, nearestWithin(item.num[p]!, item.den[p]!, lo, hi));
    }
    if (filled.length < limits.minPlaces) continue;
    // Moving a place moves the median and the spread: settle again until nothing moves (a few rounds at most).
    for (let round = 0; round < 5; round++) {
      const before = moved;
      const shares = filled.map((item) => shareOf(item.num[p]!, item.den[p]!));
      const center = median(shares);
      const spread = 1.4826 * median(shares.map((share) => Math.abs(share - center)));
      if (spread === 0) break;
      const [far, near] = [center - limits.reach * spread, center + limits.reach * spread];
      for (const item of filled) {
        const [num, den] = [item.num[p]!, item.den[p]!];
        const [lo, hi] = stepRange(item, p);
        set(
          item,
          p,
          nearestWithin(num, den, Math.max(far, lo), Math.min(near, hi)) ??
            leastOutside(nearestWithin(num, den, lo, hi) ?? num, den, [lo, hi], [far, near]),
        );
      }
      if (moved === before) break;
    }
  }
  return moved;
}
