import type { Methodology, Position } from "../../catalog/methodologySchema";
import { ru } from "../../base/i18n/ru";
import { formatPercent } from "../../base/text/format";
import { CYCLE_STAGES, FULL_THRESHOLD, maximumOf, totals } from "./scoring";

/** How many of the weakest stages get a recommendation, by default. */
export const WEAKEST_LIMIT = 5;
/** How many positions short of their maximum a recommendation names. */
const NAMED_POSITIONS = 2;

export interface RecommendationOptions {
  readonly threshold?: number;
  readonly limit?: number;
}

/**
 * Addressed recommendations («Управлению образования: …») for the weakest stages: the stages of
 * subsystems below the «полный» threshold, lowest percent of maximum first and, at equal percent,
 * earlier in the management cycle first (a later stage rests on the earlier ones). Each names the
 * positions to work on first: those furthest below their maximum.
 */
export function selfAssessmentRecommendations(
  methodology: Methodology,
  scores: ReadonlyMap<string, number>,
  maxima: ReadonlyMap<string, number> = new Map(),
  options: RecommendationOptions = {},
): string[] {
  const s = ru.selfAssessment;
  const threshold = options.threshold ?? FULL_THRESHOLD;
  const result = totals(methodology, scores, maxima, threshold);
  if (result.overall.scored === 0) return [s.noScores];
  const subsystems = methodology.blocks.flatMap((block) => block.subsystems);
  const weak = result.blocks
    .flatMap((block) => block.subsystems)
    .flatMap((subsystem, order) =>
      subsystem.stages
        .filter((stage) => stage.maximum > 0 && stage.level !== "full")
        .map((stage) => ({ subsystem, order, stage })),
    )
    .sort(
      (a, b) =>
        (a.stage.percent ?? 0) - (b.stage.percent ?? 0) ||
        CYCLE_STAGES.indexOf(a.stage.stage) - CYCLE_STAGES.indexOf(b.stage.stage) ||
        a.order - b.order,
    )
    .slice(0, options.limit ?? WEAKEST_LIMIT);
  if (weak.length === 0) return [s.allFull(formatPercent(threshold, 0))];
  return weak.map(({ subsystem, order, stage }) => {
    const shortfall = (position: Position) => maximumOf(position, maxima) - (scores.get(position.code) ?? 0);
    const first = subsystems[order].positions
      .filter((position) => position.stage === stage.stage && position.rule.kind !== "penalty")
      .filter((position) => shortfall(position) > 0)
      .sort((a, b) => shortfall(b) - shortfall(a))
      .slice(0, NAMED_POSITIONS)
      .map((position) => position.label);
    const text =
      s.recommendation(
        subsystem.label,
        s.stages[stage.stage],
        stage.points,
        stage.maximum,
        formatPercent(stage.percent ?? 0),
        s.actions[stage.stage],
      ) + (first.length > 0 ? s.firstOf(first) : "");
    return ru.analysisSheet.recommendation(s.actor, text);
  });
}
