import type { Actor } from "../../base/model/terms";
import type { Indicator, System } from "../../catalog/schema";
import type { ChangeMode } from "../../base/cells/dynamics";
import type { Trend } from "../../base/math/trend";
import type { SignificanceRule } from "../../base/model/results";
import type { ProcedureResults } from "./procedureResults";
import type { SchoolFindings } from "./attention";

/**
 * The analytical report as data: what the numbers show per system, conclusions, addressed
 * recommendations and the decisions register. Computed from the workbook's data by the core;
 * laid out as the sheet «Анализ <период>» by the planner; nothing here knows about cells.
 */

/** One period's municipal value of an indicator, with what it was computed from. */
export interface PeriodValue {
  readonly period: string;
  /** The value in the indicator's unit (percent units for shares); absent when not filled. */
  readonly value?: number;
  readonly numerator?: number;
  readonly denominator?: number;
  /** «не проводилось»: the procedure did not take place, which is neither 0 nor missing. */
  readonly notHeld?: boolean;
}

/** What the latest change means for an indicator of its direction. */
export type Verdict =
  | "improved" // changed in the good direction
  | "declined" // changed in the bad direction
  | "stable" // within the tolerance
  | "unstable" // direction changed over the periods (33 → 50 → 33)
  | "changed" // changed, but the indicator has no good direction
  | "insufficient"; // too little data to judge

export interface Change {
  readonly mode: ChangeMode; // points for shares, relative for counts
  readonly value: number;
  readonly from: PeriodValue;
  readonly to: PeriodValue;
}

/** One school's value in the chosen period (and the one before), where school data exist. */
export interface SchoolValue {
  readonly school: string;
  readonly value?: number;
  readonly previous?: number;
  readonly numerator?: number;
  readonly denominator?: number;
  /** Fewer participants than the small-sample threshold: shown, never ranked. */
  readonly smallSample: boolean;
}

export interface IndicatorAnalysis {
  readonly indicator: Indicator;
  readonly systemCode: string;
  /** Up to three periods ending with the chosen one, oldest first. */
  readonly values: readonly PeriodValue[];
  readonly change?: Change;
  readonly trend?: Trend;
  readonly target?: number;
  readonly reached?: boolean;
  readonly verdict: Verdict;
  readonly schools: readonly SchoolValue[];
}

/** A conclusion sentence and the numbers it cites (each must be a number of the data). */
export interface Conclusion {
  readonly verdict: Verdict | "notReached";
  readonly indicatorCode: string;
  readonly text: string;
  readonly numbers: readonly number[];
}

/** What makes a recommendation apply. */
export type Trigger = "declined" | "unstable" | "notReached" | "insufficient" | "lowSchools" | "improved";

/**
 * A phrase of the recommendation bank: wording taken from the measures and decisions of the source
 * documents, addressed to an actor, for a trigger, optionally for one system only. The text may hold
 * {показатель} (indicator label) and {ОО} (the schools concerned). Users edit the bank on its sheet.
 */
export interface Phrase {
  readonly id: string;
  readonly trigger: Trigger;
  readonly actor: Actor;
  /** A system code of the framework, or absent for any system. Matched by the system's label words too. */
  readonly systemCode?: string;
  readonly text: string;
  /** Where the wording comes from, e.g. «000_…txt, 6.4, стр. 301». */
  readonly source: string;
}

export interface Recommendation {
  readonly actor: Actor;
  readonly text: string;
  readonly trigger: Trigger;
  /** The finding it answers. */
  readonly indicatorCode: string;
  /** Other indicators of the same system that call for the same measure, merged into this one. */
  readonly alsoFor?: readonly string[];
  readonly phraseId: string;
  /** Schools concerned, where school data exist (worst first, small samples left out). */
  readonly schools: readonly string[];
}

/** A management decision from the register «Управленческие решения». */
export interface Decision {
  readonly text: string;
  readonly responsible: string;
  readonly deadline: string;
  readonly indicatorCode: string;
  /** The period in which it was taken, and the indicator's value then. */
  readonly period: string;
  readonly valueThen?: number;
  /** «предложено», «принято», «отклонено» on the register; absent means «принято». */
  readonly status?: "proposed" | "accepted" | "rejected";
}

export type Effect = "positive" | "negative" | "none" | "unknown";

export interface DecisionAssessment {
  readonly decision: Decision;
  readonly valueNow?: number;
  readonly effect: Effect;
  readonly text: string;
}

export interface SystemAnalysis {
  readonly system: System;
  readonly indicators: readonly IndicatorAnalysis[];
  readonly conclusions: readonly Conclusion[];
  readonly recommendations: readonly Recommendation[];
}

export interface AnalysisReport {
  readonly municipality: string;
  readonly period: string;
  readonly periods: readonly string[];
  readonly systems: readonly SystemAnalysis[];
  /** Decisions taken in earlier periods and their effect now. */
  readonly assessments: readonly DecisionAssessment[];
  /** From «Результаты процедур», when the workbook has results: sentences, each with its numbers. */
  readonly procedures?: ProceduresSection;
  /** The rule by which a change counts as one, stated once in the справка. */
  readonly significance?: SignificanceRule;
  /** Procedure results by subject and grade over the periods, and by school, when the workbook has them. */
  readonly results?: ProcedureResults;
  /** «Школы, требующие внимания» and the schools to learn from, computed once for the whole справка. */
  readonly schools?: SchoolFindings;
  /** The rules applied to the procedure results, as the справка states them. */
  readonly resultRules?: readonly string[];
  /** The official ФИС ОКО list («Список ФИОКО»), for the report's periods it was loaded for. */
  readonly officialList?: OfficialObjectivityList;
}

/**
 * The official list of schools with signs of non-objective results, as «Список ФИОКО» holds it: per period
 * the list was loaded for (chronological), the book's schools on it and the works marked. Apart from the
 * signs the book computes itself from the results.
 */
export interface OfficialObjectivityList {
  readonly periods: readonly {
    readonly period: string;
    readonly schools: readonly { readonly school: string; readonly works?: string }[];
  }[];
}

export interface ProceduresSection {
  /** The rules applied, with their thresholds and whether those are the defaults. */
  readonly rules: readonly string[];
  readonly risks: readonly string[];
  readonly signs: readonly string[];
  readonly stable: readonly string[];
  readonly recommendations: readonly string[];
}
