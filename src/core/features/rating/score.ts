import { roundHalfUp } from "../../base/math/rounding";
import type { BandId, RatingBand, RatingLine, RatingRubric, RatingStep } from "./rubric";

/** Values by school, then by line (or item) code; undefined or absent: no data. */
export type RatingValues = ReadonlyMap<string, ReadonlyMap<string, number | undefined>>;

export interface RateOptions {
  /** Item points given directly (typed in «балл» on the workbook's 4.2 sheet), by school and item code. */
  readonly points?: RatingValues;
  /** Municipal averages by line code, for steps bound to «средняя по муниципальному образованию». */
  readonly averages?: ReadonlyMap<string, number>;
}

export interface SchoolRating {
  readonly school: string;
  /** Points per line; undefined where the value is missing or the source gives no points. */
  readonly linePoints: ReadonlyMap<string, number | undefined>;
  /** Points per item: its lines summed, or the points given for it; undefined where no line has points. */
  readonly itemPoints: ReadonlyMap<string, number | undefined>;
  /** Items whose points were given directly rather than computed from values. */
  readonly givenItems: readonly string[];
  /** Sum of all points; undefined when there are none at all. */
  readonly total: number | undefined;
  readonly band: BandId | undefined;
  /** Lines that give points but have no value (and whose item has no given points). */
  readonly missing: readonly string[];
}

const meets = (value: number, step: RatingStep, average: number | undefined): boolean => {
  const bound = step.bound === "average" ? average : step.bound;
  if (bound === undefined) return false;
  return step.when === ">=" ? value >= bound : value > bound;
};

/**
 * The points a line gives for a value, by the source's rule. Yes/no values are 1 (да) and 0 (нет).
 * Undefined when the value is missing or the source attaches no points.
 */
export function scoreItem(line: RatingLine, value: number | undefined, average?: number): number | undefined {
  const { rule } = line;
  if (rule.kind === "none" || value === undefined || !Number.isFinite(value)) return undefined;
  switch (rule.kind) {
    case "yesNo":
      return value === 1 ? rule.yes : value === 0 ? rule.no : undefined;
    case "perUnit":
      return Math.floor(value / rule.per) * rule.points + 0; // + 0 turns −0 into 0
    case "steps":
      return rule.steps.find((step) => meets(value, step, average))?.points ?? rule.otherwise;
  }
}

/** The most points a rule can give: shares stop at 100 %, counts don't. */
export function ruleMaximum(line: RatingLine): number | undefined {
  const { rule } = line;
  switch (rule.kind) {
    case "none":
      return 0;
    case "yesNo":
      return Math.max(rule.yes, rule.no);
    case "steps":
      return Math.max(rule.otherwise, ...rule.steps.map((step) => step.points));
    case "perUnit":
      if (rule.points <= 0) return 0;
      return line.value === "percent" || line.value === "score" ? Math.floor(100 / rule.per) * rule.points : undefined;
  }
}

/** The band a total falls in: the first (highest) band whose lower bound it reaches. */
export function bandOf(total: number | undefined, bands: readonly RatingBand[]): BandId | undefined {
  if (total === undefined) return undefined;
  return bands.find((band) => band.min === undefined || total >= band.min)?.id;
}

const usesAverage = (line: RatingLine) =>
  line.rule.kind === "steps" && line.rule.steps.some((step) => step.bound === "average");

/**
 * Averages for the lines compared with the municipal average: the given one, else the mean of the
 * schools' values (half-up to one decimal), as the sheet's AVERAGE fallback computes it.
 */
export function lineAverages(
  rubric: RatingRubric,
  values: RatingValues,
  options: RateOptions = {},
): Map<string, number> {
  const averages = new Map<string, number>();
  for (const item of rubric.items) {
    for (const line of item.lines.filter(usesAverage)) {
      const given = options.averages?.get(line.code);
      if (given !== undefined) {
        averages.set(line.code, given);
        continue;
      }
      const present = [...values]
        .filter(([school]) => options.points?.get(school)?.get(item.code) === undefined)
        .map(([, bySchool]) => bySchool.get(line.code))
        .filter((value): value is number => value !== undefined && Number.isFinite(value));
      if (present.length > 0) {
        const sum = present.reduce((total, value) => total + value, 0);
        averages.set(line.code, roundHalfUp(sum / present.length, 1));
      }
    }
  }
  return averages;
}

/** Scores every school of `values` on the rubric: line and item points, total, band, lines without data. */
export function rateSchools(rubric: RatingRubric, values: RatingValues, options: RateOptions = {}): SchoolRating[] {
  const averages = lineAverages(rubric, values, options);
  return [...values].map(([school, bySchool]) => {
    const linePoints = new Map<string, number | undefined>();
    const itemPoints = new Map<string, number | undefined>();
    const givenItems: string[] = [];
    const missing: string[] = [];
    for (const item of rubric.items) {
      const given = options.points?.get(school)?.get(item.code);
      if (given !== undefined) {
        givenItems.push(item.code);
        item.lines.forEach((line, index) => linePoints.set(line.code, index === 0 ? given : 0));
        itemPoints.set(item.code, given);
        continue;
      }
      let sum: number | undefined;
      for (const line of item.lines) {
        const points = scoreItem(line, bySchool.get(line.code), averages.get(line.code));
        linePoints.set(line.code, points);
        if (points !== undefined) sum = (sum ?? 0) + points;
        else if (line.rule.kind !== "none") missing.push(line.code);
      }
      itemPoints.set(item.code, sum);
    }
    const scored = [...itemPoints.values()].filter((points): points is number => points !== undefined);
    const total = scored.length > 0 ? scored.reduce((a, b) => a + b, 0) : undefined;
    return { school, linePoints, itemPoints, givenItems, total, band: bandOf(total, rubric.bands), missing };
  });
}
