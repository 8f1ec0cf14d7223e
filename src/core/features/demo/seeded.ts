/** Deterministic pseudo-randomness for the demo: the same key always gives the same number. */

const SEED = 20240901;

/** A number in [0, 1) fixed by its key: FNV-1a of the key seeds one mulberry32 step, so order never matters. */
export function seeded(...parts: readonly (string | number)[]): number {
  let hash = 0x811c9dc5 ^ SEED;
  for (const char of parts.join("\u001f")) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  let t = (hash + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** A number in [lo, hi) fixed by its key. */
export const between = (lo: number, hi: number, ...key: readonly (string | number)[]) =>
  lo + (hi - lo) * seeded(...key);
