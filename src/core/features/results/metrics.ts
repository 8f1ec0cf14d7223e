import { ru } from "../../base/i18n/ru";
import { averageMark, degreeOfLearning, quality, success } from "../../base/cells/marks";
import type { NumberOutcome } from "../../base/math/outcome";
import { share } from "../../base/cells/share";
import {
  Confirmation,
  DEFAULT_RESULT_SETTINGS,
  MarkDistribution,
  ResultRow,
  ResultSettings,
  ScoreBands,
} from "../../base/model/results";

/** Indicators of one row or one group; absent where the distribution does not give them. */
export interface ResultMetrics {
  /** Participants as entered (or the distribution's total when not entered). */
  readonly participants: number;
  readonly quality?: NumberOutcome;
  readonly success?: NumberOutcome;
  readonly averageMark?: NumberOutcome;
  readonly sou?: NumberOutcome;
  /** «5» for marks; ЕГЭ from settings.egeHighFrom (81 → 81–99 + 100; 61 → 61–80 + 81–99 + 100). */
  readonly highShare?: NumberOutcome;
  /** ЕГЭ: share below the minimum threshold. */
  readonly belowMinimumShare?: NumberOutcome;
  /** ВПР: share of marks confirmed by the term mark. */
  readonly confirmedShare?: NumberOutcome;
}

export const marksTotal = (m: MarkDistribution) => m.n5 + m.n4 + m.n3 + m.n2;
export const bandsTotal = (b: ScoreBands) => b.belowMinimum + b.upTo60 + b.from61to80 + b.from81to99 + b.hundred;
export const confirmationTotal = (c: Confirmation) => c.lowered + c.confirmed + c.raised;

export function distributionTotal(distribution: MarkDistribution | ScoreBands): number {
  return distribution.kind === "marks" ? marksTotal(distribution) : bandsTotal(distribution);
}

/**
 * High results: «5» for marks; for ЕГЭ bands 81–99 + 100, or 61–80 + 81–99 + 100 when the threshold is 61.
 * The «80 и более» variant cannot be told from the bands (80 sits in 61–80), so it counts as 81+.
 */
export function highCount(
  distribution: MarkDistribution | ScoreBands,
  settings: ResultSettings = DEFAULT_RESULT_SETTINGS,
): number {
  if (distribution.kind === "marks") return distribution.n5;
  const top = distribution.from81to99 + distribution.hundred;
  return settings.egeHighFrom === 61 ? top + distribution.from61to80 : top;
}

/** Satisfactory results: not below «3» for marks; not below the minimum threshold for ЕГЭ. */
export function satisfactoryCount(distribution: MarkDistribution | ScoreBands): number {
  if (distribution.kind === "marks") return distribution.n5 + distribution.n4 + distribution.n3;
  return bandsTotal(distribution) - distribution.belowMinimum;
}

function metricsOf(
  participants: number | undefined,
  marks: MarkDistribution | undefined,
  bands: ScoreBands | undefined,
  confirmation: Confirmation | undefined,
  settings: ResultSettings,
): ResultMetrics {
  const total = (marks ? marksTotal(marks) : 0) + (bands ? bandsTotal(bands) : 0);
  const high = (marks ? highCount(marks, settings) : 0) + (bands ? highCount(bands, settings) : 0);
  return {
    participants: participants ?? total,
    ...(marks && {
      quality: quality(marks),
      success: success(marks),
      averageMark: averageMark(marks),
      sou: degreeOfLearning(marks),
    }),
    ...((marks || bands) && { highShare: share(high, total) }),
    ...(bands && { belowMinimumShare: share(bands.belowMinimum, bandsTotal(bands)) }),
    ...(confirmation && { confirmedShare: share(confirmation.confirmed, confirmationTotal(confirmation)) }),
  };
}

/** One row's indicators; a row marked «не проводилось» has none. */
export function rowMetrics(row: ResultRow, settings: ResultSettings = DEFAULT_RESULT_SETTINGS): ResultMetrics {
  if (row.notHeld) return { participants: 0 };
  const d = row.distribution;
  return metricsOf(
    row.participants,
    d?.kind === "marks" ? d : undefined,
    d?.kind === "bands" ? d : undefined,
    row.confirmation,
    settings,
  );
}

export type Dimension = "school" | "subject" | "procedure" | "period" | "grade";

export interface ResultGroup {
  readonly group: Readonly<Partial<Record<Dimension, string>>>;
  readonly rows: number;
  readonly participants: number;
  readonly marks?: MarkDistribution;
  readonly bands?: ScoreBands;
  readonly confirmation?: Confirmation;
  readonly metrics: ResultMetrics;
}

const addMarks = (a: MarkDistribution | undefined, b: MarkDistribution): MarkDistribution => ({
  kind: "marks",
  n5: (a?.n5 ?? 0) + b.n5,
  n4: (a?.n4 ?? 0) + b.n4,
  n3: (a?.n3 ?? 0) + b.n3,
  n2: (a?.n2 ?? 0) + b.n2,
});

const addBands = (a: ScoreBands | undefined, b: ScoreBands): ScoreBands => ({
  kind: "bands",
  belowMinimum: (a?.belowMinimum ?? 0) + b.belowMinimum,
  upTo60: (a?.upTo60 ?? 0) + b.upTo60,
  from61to80: (a?.from61to80 ?? 0) + b.from61to80,
  from81to99: (a?.from81to99 ?? 0) + b.from81to99,
  hundred: (a?.hundred ?? 0) + b.hundred,
});

const addConfirmation = (a: Confirmation | undefined, b: Confirmation): Confirmation => ({
  lowered: (a?.lowered ?? 0) + b.lowered,
  confirmed: (a?.confirmed ?? 0) + b.confirmed,
  raised: (a?.raised ?? 0) + b.raised,
});

/**
 * Groups rows by the given dimensions and sums their distributions before computing, so a municipal
 * share is Σ counts ÷ Σ participants (pooled), never the mean of school shares. «Не проводилось» rows are left out.
 */
export function aggregate(
  rows: readonly ResultRow[],
  by: readonly Dimension[],
  settings: ResultSettings = DEFAULT_RESULT_SETTINGS,
): ResultGroup[] {
  interface Sum {
    group: Partial<Record<Dimension, string>>;
    rows: number;
    participants: number;
    marks?: MarkDistribution;
    bands?: ScoreBands;
    confirmation?: Confirmation;
  }
  const sums = new Map<string, Sum>();
  for (const row of rows) {
    if (row.notHeld) continue;
    const group = Object.fromEntries(by.map((dimension) => [dimension, row[dimension]]));
    const key = JSON.stringify(by.map((dimension) => row[dimension]));
    const sum: Sum = sums.get(key) ?? { group, rows: 0, participants: 0 };
    sums.set(key, sum);
    const d = row.distribution;
    sum.rows++;
    sum.participants += row.participants ?? (d ? distributionTotal(d) : 0);
    if (d?.kind === "marks") sum.marks = addMarks(sum.marks, d);
    if (d?.kind === "bands") sum.bands = addBands(sum.bands, d);
    if (row.confirmation) sum.confirmation = addConfirmation(sum.confirmation, row.confirmation);
  }
  return [...sums.values()].map((sum) => ({
    ...sum,
    metrics: metricsOf(sum.participants, sum.marks, sum.bands, sum.confirmation, settings),
  }));
}

/** Whether «5»+«4»+«3»+«2» equals the participants; a Russian message when it does not. */
export function marksAddUp(row: ResultRow): string | undefined {
  const d = row.distribution;
  if (row.notHeld || d?.kind !== "marks" || row.participants === undefined) return undefined;
  const sum = marksTotal(d);
  return sum === row.participants ? undefined : ru.results.marksMismatch(sum, row.participants);
}

/** Whether the ЕГЭ bands add up to the participants; a Russian message when they do not. */
export function bandsAddUp(row: ResultRow): string | undefined {
  const d = row.distribution;
  if (row.notHeld || d?.kind !== "bands" || row.participants === undefined) return undefined;
  const sum = bandsTotal(d);
  return sum === row.participants ? undefined : ru.results.bandsMismatch(sum, row.participants);
}

/** Whether понизили + подтвердили + повысили equals the participants; a Russian message when it does not. */
export function confirmationAddsUp(row: ResultRow): string | undefined {
  const c = row.confirmation;
  if (row.notHeld || !c || row.participants === undefined) return undefined;
  const sum = confirmationTotal(c);
  return sum === row.participants ? undefined : ru.results.confirmationMismatch(sum, row.participants);
}
