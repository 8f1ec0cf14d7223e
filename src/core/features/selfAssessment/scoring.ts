import { cycleStageSchema } from "../../catalog/methodologySchema";
import type { CycleStage, Methodology, PointRule, Position } from "../../catalog/methodologySchema";
import { ru } from "../../base/i18n/ru";
import { clean, roundHalfUp } from "../../base/math/rounding";

/** The six stages of the management cycle, in order. */
export const CYCLE_STAGES: readonly CycleStage[] = cycleStageSchema.options;

/** A stage (or subsystem, block) is «полный» from this percent of its maximum on: a default the user can change. */
export const FULL_THRESHOLD = 75;

/** Scores a methodology position may take: a list, or a range of multiples of `step` (penalties have no floor). */
export type AllowedScores = readonly number[] | { readonly min: number; readonly max: number; readonly step: number };

const EPSILON = 1e-9;
const isMultiple = (value: number, step: number) => Math.abs(value / step - Math.round(value / step)) < EPSILON;
/** Beyond this many sums a goalMatch list is not spelled out (checkScore still decides exactly). */
const MAX_LISTED = 1000;

/** Sums a × matching + b × notMatching (a, b ≥ 0) not above `maximum`, ascending. */
function goalMatchSums(matching: number, notMatching: number, maximum: number): number[] {
  const sums = new Set<number>([0]);
  for (let a = 0; a * matching <= maximum + EPSILON && sums.size < MAX_LISTED; a++) {
    if (notMatching <= 0) {
      sums.add(clean(a * matching));
      continue;
    }
    for (let b = 0; a * matching + b * notMatching <= maximum + EPSILON && sums.size < MAX_LISTED; b++) {
      sums.add(clean(a * matching + b * notMatching));
    }
  }
  return [...sums].sort((x, y) => x - y);
}

/**
 * The scores a rule allows. presence: 0 or 1; perItem: multiples of the points per item up to all
 * items; goalMatch: 0, «не соответствует» or «соответствует» for one indicator — with `maximum`,
 * every sum over several indicators up to it; graded: 0 or min..max; penalty: 0 or below, in steps.
 */
export function allowedScores(rule: PointRule, maximum?: number): AllowedScores {
  switch (rule.kind) {
    case "presence":
      return [0, 1];
    case "perItem":
      return Array.from({ length: rule.items.length + 1 }, (_, i) => clean(i * rule.pointsPerItem));
    case "goalMatch":
      return maximum === undefined
        ? [...new Set([0, rule.notMatching, rule.matching])].sort((x, y) => x - y)
        : goalMatchSums(rule.matching, rule.notMatching, maximum);
    case "graded":
      return [...new Set([0, ...Array.from({ length: rule.max - rule.min + 1 }, (_, i) => rule.min + i)])].sort(
        (x, y) => x - y,
      );
    case "penalty":
      return { min: Number.NEGATIVE_INFINITY, max: 0, step: Math.abs(rule.pointsPerItem) };
  }
}

/** Whether `value` is a sum of matching and notMatching points. */
function isGoalMatchSum(value: number, matching: number, notMatching: number): boolean {
  for (let a = 0; a * matching <= value + EPSILON; a++) {
    const rest = value - a * matching;
    if (Math.abs(rest) < EPSILON) return true;
    if (notMatching > 0 && isMultiple(rest, notMatching)) return true;
  }
  return false;
}

/**
 * Why a typed score breaks the position's rule (in Russian), or undefined when it is allowed.
 * `maximum` is the position's maximum as the user set it (by default the methodology's).
 */
export function checkScore(position: Position, value: number, maximum = position.maxScore): string | undefined {
  const c = ru.selfAssessment.checks;
  const { code, rule } = position;
  if (!Number.isFinite(value)) return c.notNumber(code);
  if (rule.kind === "penalty") {
    const step = Math.abs(rule.pointsPerItem);
    return value > 0 || !isMultiple(value, step) ? c.penalty(code, value, step) : undefined;
  }
  let broken: string | undefined;
  switch (rule.kind) {
    case "presence":
      if (value !== 0 && value !== 1) broken = c.presence(code, value);
      break;
    case "perItem": {
      const top = clean(rule.items.length * rule.pointsPerItem);
      if (value < 0 || value > top + EPSILON || !isMultiple(value, rule.pointsPerItem)) {
        broken = c.perItem(code, value, rule.pointsPerItem, top);
      }
      break;
    }
    case "goalMatch":
      if (value < 0 || !isGoalMatchSum(value, rule.matching, rule.notMatching)) {
        broken = c.goalMatch(code, value, rule.matching, rule.notMatching, maximum);
      }
      break;
    case "graded":
      if (value !== 0 && !(Number.isInteger(value) && value >= rule.min && value <= rule.max)) {
        broken = c.graded(code, value, rule.min, rule.max);
      }
      break;
  }
  if (broken) return broken;
  return value > maximum + EPSILON ? c.aboveMaximum(code, value, maximum) : undefined;
}

/** «полный», «частичный», «отсутствует». */
export type Level = "full" | "partial" | "absent";

export interface Total {
  readonly points: number;
  readonly maximum: number;
  /** Points as a percent of the maximum, one decimal, half-up; absent when the maximum is 0. */
  readonly percent?: number;
  readonly level: Level;
  /** Positions summed, and how many of them carry a score. */
  readonly positions: number;
  readonly scored: number;
}

export interface StageTotal extends Total {
  readonly stage: CycleStage;
}

export interface SubsystemTotal extends Total {
  readonly code: string;
  readonly label: string;
  readonly block: string;
  /** One per stage, in cycle order: the row of the matrix subsystems × stages. */
  readonly stages: readonly StageTotal[];
}

export interface BlockTotal extends Total {
  readonly code: string;
  readonly name: string;
  readonly subsystems: readonly SubsystemTotal[];
}

export interface Totals {
  readonly blocks: readonly BlockTotal[];
  /** Each stage over all subsystems. */
  readonly stages: readonly StageTotal[];
  readonly overall: Total;
  readonly threshold: number;
}

/** The level of a total: «полный» from the threshold percent on, «частичный» with any points, else «отсутствует». */
export function levelOf(points: number, percent: number | undefined, threshold = FULL_THRESHOLD): Level {
  if (percent !== undefined && percent >= threshold) return "full";
  return points > 0 ? "partial" : "absent";
}

export const levelWord = (level: Level): string => ru.selfAssessment.levels[level];

export const percentOf = (points: number, maximum: number): number | undefined =>
  maximum > 0 ? roundHalfUp((points / maximum) * 100, 1) : undefined;

/** The maximum of a position: the user's where set, else the methodology's. */
export const maximumOf = (position: Position, maxima: ReadonlyMap<string, number>): number =>
  maxima.get(position.code) ?? position.maxScore;

function totalOf(
  positions: readonly Position[],
  scores: ReadonlyMap<string, number>,
  maxima: ReadonlyMap<string, number>,
  threshold: number,
): Total {
  let points = 0;
  let maximum = 0;
  let scored = 0;
  for (const position of positions) {
    const score = scores.get(position.code);
    if (score !== undefined) {
      points += score;
      scored++;
    }
    maximum += maximumOf(position, maxima);
  }
  points = clean(points);
  maximum = clean(maximum);
  const percent = percentOf(points, maximum);
  return {
    points,
    maximum,
    ...(percent === undefined ? {} : { percent }),
    level: levelOf(points, percent, threshold),
    positions: positions.length,
    scored,
  };
}

/**
 * Points, maximum, percent of maximum and level per stage of each subsystem, per subsystem, per
 * block, per stage over all subsystems and overall. A position with no score counts 0; penalty
 * rows subtract. `maxima` holds the maxima the user changed.
 */
export function totals(
  methodology: Methodology,
  scores: ReadonlyMap<string, number>,
  maxima: ReadonlyMap<string, number> = new Map(),
  threshold = FULL_THRESHOLD,
): Totals {
  const sum = (positions: readonly Position[]) => totalOf(positions, scores, maxima, threshold);
  const blocks = methodology.blocks.map((block): BlockTotal => {
    const subsystems = block.subsystems.map((subsystem): SubsystemTotal => ({
      code: subsystem.code,
      label: subsystem.label,
      block: block.code,
      ...sum(subsystem.positions),
      stages: CYCLE_STAGES.map((stage) => ({
        stage,
        ...sum(subsystem.positions.filter((position) => position.stage === stage)),
      })),
    }));
    return { code: block.code, name: block.name, ...sum(block.subsystems.flatMap((s) => s.positions)), subsystems };
  });
  const all = methodology.blocks.flatMap((block) => block.subsystems.flatMap((s) => s.positions));
  return {
    blocks,
    stages: CYCLE_STAGES.map((stage) => ({ stage, ...sum(all.filter((position) => position.stage === stage)) })),
    overall: sum(all),
    threshold,
  };
}

/** The matrix subsystems × stages with the level words, row by row. */
export function levelMatrix(result: Totals): { code: string; label: string; words: string[]; levels: Level[] }[] {
  return result.blocks.flatMap((block) =>
    block.subsystems.map((subsystem) => ({
      code: subsystem.code,
      label: subsystem.label,
      levels: subsystem.stages.map((stage) => stage.level),
      words: subsystem.stages.map((stage) => levelWord(stage.level)),
    })),
  );
}
