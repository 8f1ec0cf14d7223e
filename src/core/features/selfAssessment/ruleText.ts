import type { PointRule } from "../../catalog/methodologySchema";
import { ru } from "../../base/i18n/ru";
import type { ValidationRule } from "../../base/plan/types";

/** Penalty cells accept down to this many points: the methodology states no floor (a default). */
export const PENALTY_FLOOR = -100;

/** The point rule in Russian, the source's words where it has them; a rule we supplied says it is a default. */
export function ruleText(rule: PointRule): string {
  const r = ru.selfAssessment.rules;
  switch (rule.kind) {
    case "presence":
      return rule.verbatim ? r.presenceVerbatim(rule.verbatim) : r.presence;
    case "perItem":
      return r.perItem(
        rule.verbatim ?? r.perItemDefault(rule.pointsPerItem),
        rule.items.join(", "),
        rule.items.length * rule.pointsPerItem,
      );
    case "goalMatch":
      return r.goalMatch(rule.verbatim ?? r.goalMatchDefault(rule.matching, rule.notMatching));
    case "graded":
      return r.graded(rule.min, rule.max, rule.verbatim ?? rule.grades.join("; "));
    case "penalty":
      return rule.verbatim ? r.penalty(rule.verbatim) : r.penaltyDefault(rule.pointsPerItem);
  }
}

export interface ScoreGuard {
  readonly rule: ValidationRule;
  readonly errorMessage: string;
}

/**
 * Data validation of a score cell: numbers within the rule's range (whole numbers where the rule's
 * steps are whole). Equal rules give equal guards, so a run of them becomes one validation.
 */
export function scoreGuard(rule: PointRule, maximum: number): ScoreGuard {
  const v = ru.selfAssessment.validation;
  const whole = (min: number, max: number, errorMessage: string): ScoreGuard => ({
    rule: { kind: "wholeNumber", min, max },
    errorMessage,
  });
  const range = (top: number, steps: readonly number[]): ScoreGuard => {
    const max = Math.max(0, Math.min(top, maximum));
    return steps.every(Number.isInteger)
      ? whole(0, Math.floor(max), v.range(0, Math.floor(max)))
      : { rule: { kind: "decimal", min: 0, max }, errorMessage: v.range(0, max) };
  };
  switch (rule.kind) {
    case "presence":
      return maximum >= 1 ? whole(0, 1, v.presence) : whole(0, 0, v.range(0, 0));
    case "perItem":
      return range(rule.items.length * rule.pointsPerItem, [rule.pointsPerItem]);
    case "goalMatch":
      return range(maximum, [rule.matching, rule.notMatching]);
    case "graded":
      return range(rule.max, [rule.min, rule.max]);
    case "penalty":
      return Number.isInteger(rule.pointsPerItem)
        ? whole(PENALTY_FLOOR, 0, v.penalty)
        : { rule: { kind: "decimal", min: PENALTY_FLOOR, max: 0 }, errorMessage: v.penalty };
  }
}
