import type { CycleStage, Methodology, Position } from "../../catalog/methodologySchema";
import { ru } from "../../base/i18n/ru";
import { clean } from "../../base/math/rounding";

/** A warning about scores that contradict each other inside one subsystem. */
export interface Contradiction {
  readonly subsystem: string;
  readonly stage: CycleStage;
  /** The positions the warning is about: those scored, then those that contradict them. */
  readonly codes: readonly string[];
  readonly message: string;
}

/** «FED.1.1.1.01–FED.1.1.1.06» for a whole stage, a plain list for a few codes. */
function codeList(codes: readonly string[]): string {
  return codes.length > 3 ? `${codes[0]}–${codes[codes.length - 1]}` : codes.join(", ");
}

/**
 * Scores that can't all be true: indicators matching a goal that scored nothing; monitoring while
 * the penalty row says the indicators are ineffective; analysis or measures without monitoring;
 * effectiveness of measures that scored nothing. Each warning names subsystem, stage and codes.
 */
export function contradictions(methodology: Methodology, scores: ReadonlyMap<string, number>): Contradiction[] {
  const s = ru.selfAssessment;
  const found: Contradiction[] = [];
  for (const subsystem of methodology.blocks.flatMap((block) => block.subsystems)) {
    const name = s.subsystem(subsystem.code, subsystem.label);
    const at = (stage: CycleStage) => subsystem.positions.filter((position) => position.stage === stage);
    const sum = (positions: readonly Position[]) =>
      clean(positions.reduce((total, position) => total + (scores.get(position.code) ?? 0), 0));
    const scored = (positions: readonly Position[]) =>
      positions.filter((position) => (scores.get(position.code) ?? 0) > 0).map((position) => position.code);
    const codes = (positions: readonly Position[]) => positions.map((position) => position.code);
    const add = (stage: CycleStage, listed: readonly string[], message: string) =>
      found.push({ subsystem: subsystem.code, stage, codes: listed, message });

    const goals = at("goals");
    const matching = scored(at("indicators").filter((position) => position.rule.kind === "goalMatch"));
    if (matching.length > 0 && goals.length > 0 && sum(goals) <= 0) {
      add(
        "indicators",
        [...matching, ...codes(goals)],
        s.contradictions.noGoals(
          name,
          s.stages.indicators,
          matching.join(", "),
          s.stages.goals,
          codeList(codes(goals)),
        ),
      );
    }

    const monitoring = at("monitoring");
    const monitored = scored(monitoring);
    const penalties = at("indicators").filter(
      (position) => position.rule.kind === "penalty" && (scores.get(position.code) ?? 0) < 0,
    );
    for (const penalty of penalties) {
      if (monitored.length === 0) break;
      add(
        "monitoring",
        [...monitored, penalty.code],
        s.contradictions.ineffective(name, s.stages.monitoring, monitored.join(", "), penalty.code),
      );
    }

    if (monitoring.length > 0 && sum(monitoring) <= 0) {
      for (const stage of ["analysis", "measures"] as const) {
        const later = scored(at(stage));
        if (later.length === 0) continue;
        add(
          stage,
          [...later, ...codes(monitoring)],
          s.contradictions.noMonitoring(
            name,
            s.stages[stage],
            later.join(", "),
            s.stages.monitoring,
            codeList(codes(monitoring)),
          ),
        );
      }
    }

    const measures = at("measures");
    const assessed = scored(at("effectiveness"));
    if (assessed.length > 0 && measures.length > 0 && sum(measures) <= 0) {
      add(
        "effectiveness",
        [...assessed, ...codes(measures)],
        s.contradictions.noMeasures(
          name,
          s.stages.effectiveness,
          assessed.join(", "),
          s.stages.measures,
          codeList(codes(measures)),
        ),
      );
    }
  }
  return found;
}
