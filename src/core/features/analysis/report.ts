import { fillPhrase } from "./recommend";
import type { System } from "../../catalog/schema";
import { isImprovement } from "../../base/math/status";
import type { Dataset } from "../../sheets/dataset";
import { entryOf } from "../../workbook/entry";
import { analyseIndicators, periodWindow, significantStep } from "./analyse";
import { DEFAULT_SIGNIFICANCE, type SignificanceRule } from "../../base/model/results";
import { conclusionsFor } from "./conclusions";
import type {
  AnalysisReport,
  Decision,
  DecisionAssessment,
  IndicatorAnalysis,
  Phrase,
  Recommendation,
  SchoolValue,
} from "./model";

export type Recommend = (
  analysis: IndicatorAnalysis,
  system: System,
  bank: readonly Phrase[],
  schoolsConcerned: readonly string[],
) => Recommendation[];

export type Assess = (
  decisions: readonly Decision[],
  analyses: readonly IndicatorAnalysis[],
  period: string,
  rule?: SignificanceRule,
) => DecisionAssessment[];

export interface ReportArgs {
  readonly dataset: Dataset;
  readonly municipality: string;
  readonly period: string;
  readonly bank: readonly Phrase[];
  readonly decisions: readonly Decision[];
  readonly recommend: Recommend;
  readonly assess: Assess;
  /** Fewer participants than this: a small sample, never ranked (10 by default). */
  readonly smallSample?: number;
  /** When a change counts as one (the defaults of «Пороги результатов» when absent). */
  readonly significance?: SignificanceRule;
}

/** Whether an indicator's finding calls for recommendations. */
export function needsRecommendation(analysis: IndicatorAnalysis): boolean {
  const { verdict } = analysis;
  return verdict === "declined" || verdict === "unstable" || analysis.reached === false;
}

/**
 * The schools a recommendation is addressed to, worst first: only those that triggered it, whose
 * value moved the bad way by a significant change and is no better than the municipality's. A
 * school still above the municipality after a fall is not one with «недостаточные результаты».
 * Small samples are never ranked; an indicator with no good direction has none.
 */
export function schoolsConcerned(analysis: IndicatorAnalysis, rule: SignificanceRule = DEFAULT_SIGNIFICANCE): string[] {
  const { direction } = analysis.indicator;
  if (direction === "neutral") return [];
  const ranked = analysis.schools.filter(
    (school): school is SchoolValue & { value: number } => !school.smallSample && school.value !== undefined,
  );
  const worseFirst = [...ranked].sort((x, y) => (direction === "higher" ? x.value - y.value : y.value - x.value));
  const concerned = new Set<string>();
  const mode = entryOf(analysis.indicator).change;
  const municipal = analysis.values.at(-1)?.value;
  const betterThanMunicipality = (value: number) =>
    municipal !== undefined && (direction === "higher" ? value > municipal : value < municipal);
  if (mode) {
    for (const school of ranked) {
      if (school.previous === undefined || betterThanMunicipality(school.value)) continue;
      const sign = significantStep(analysis.indicator, school.previous, school.value, rule);
      if (sign !== 0 && isImprovement(sign, direction) === false) concerned.add(school.school);
    }
  }
  return worseFirst.filter((school) => concerned.has(school.school)).map((school) => school.school);
}

/**
 * One recommendation per measure and actor within a system: the same phrase triggered by several
 * indicators is said once, for the first of them, with the others listed and the schools joined.
 */
export function consolidate(
  recommendations: readonly Recommendation[],
  bank: readonly Phrase[],
  labelOf: (code: string) => string,
): Recommendation[] {
  const groups = new Map<string, Recommendation[]>();
  for (const item of recommendations) {
    const key = `${item.phraseId}|${item.actor}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()].map((group) => {
    const [first, ...others] = group;
    if (others.length === 0) return first;
    const schools = [...new Set(group.flatMap((item) => item.schools))];
    const phrase = bank.find((candidate) => candidate.id === first.phraseId);
    return {
      ...first,
      text: phrase ? fillPhrase(phrase.text, labelOf(first.indicatorCode), schools) : first.text,
      schools,
      alsoFor: others.map((item) => item.indicatorCode),
    };
  });
}

/** The analytical report for one period: per system its numbers, conclusions and recommendations; decisions assessed. */
export function buildReport(args: ReportArgs): AnalysisReport {
  const { dataset, period, bank } = args;
  const rule = args.significance ?? DEFAULT_SIGNIFICANCE;
  const analyses = analyseIndicators(dataset, period, args.smallSample, rule);
  const systems = dataset.framework.systems.map((system) => {
    const indicators = analyses.filter((analysis) => analysis.systemCode === system.code);
    const labelOf = (code: string) => indicators.find((item) => item.indicator.code === code)?.indicator.label ?? code;
    const recommendations = consolidate(
      indicators
        .filter(needsRecommendation)
        .flatMap((analysis) => args.recommend(analysis, system, bank, schoolsConcerned(analysis, rule))),
      bank,
      labelOf,
    );
    return { system, indicators, conclusions: conclusionsFor(indicators, rule), recommendations };
  });
  return {
    municipality: args.municipality,
    period,
    periods: periodWindow(dataset.periods, period),
    systems,
    assessments: args.assess(args.decisions, analyses, period, rule),
    significance: rule,
  };
}
