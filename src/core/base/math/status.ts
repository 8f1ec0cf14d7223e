import type { Direction } from "../model/terms";

const DIRECTION_ALIASES: Record<string, Direction> = {
  higher: "higher",
  up: "higher",
  больше: "higher",
  выше: "higher",
  рост: "higher",
  большелучше: "higher",
  "↑": "higher",
  lower: "lower",
  down: "lower",
  меньше: "lower",
  ниже: "lower",
  снижение: "lower",
  меньшелучше: "lower",
  "↓": "lower",
  neutral: "neutral",
  нейтрально: "neutral",
};

/** Reads a direction in English or Russian («выше», «меньше — лучше»), or undefined if unknown. */
export function parseDirection(text: string): Direction | undefined {
  return DIRECTION_ALIASES[text.toLowerCase().replace(/[\s—–-]+/g, "")];
}

/** Whether a value reaches its target; for a neutral indicator, reaching means equalling or exceeding. */
export function isReached(value: number, target: number, direction: Direction): boolean {
  return direction === "lower" ? value <= target : value >= target;
}

/** Whether a change is good news for an indicator of the given direction (undefined: neither). */
export function isImprovement(delta: number, direction: Direction): boolean | undefined {
  if (delta === 0 || direction === "neutral") return undefined;
  return direction === "higher" ? delta > 0 : delta < 0;
}
