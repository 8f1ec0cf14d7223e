import { indicatorsOf } from "../../catalog";
import { FeedSubjects, ResultFeed, resultFeedOf } from "../../catalog/resultFeeds";
import type { Framework, Indicator } from "../../catalog/schema";
import { keyOf } from "../../workbook/inputs";
import { confirmationTotal, distributionTotal, highCount, satisfactoryCount } from "./metrics";
import { DEFAULT_RESULT_SETTINGS, ResultRow, ResultSettings } from "../../base/model/results";

/** How an indicator is read from the results (the catalog's feeds, src/core/catalog/resultFeeds.ts). */
export type ResultMapping = ResultFeed;

/** The feed of an indicator, or undefined when the results sheet does not feed it. */
export const mappingOf = (indicator: Indicator): ResultMapping | undefined => resultFeedOf(indicator);

const RUSSIAN = /русск/i;
const MATH = /математ/i;

function subjectFits(rule: FeedSubjects, subject: string): boolean {
  switch (rule) {
    case "russian":
      return RUSSIAN.test(subject);
    case "math":
      return MATH.test(subject);
    case "mathProfile":
      return MATH.test(subject) && !/базов/i.test(subject);
    case "mathBase":
      return MATH.test(subject) && /базов/i.test(subject);
    case "elective":
      return !RUSSIAN.test(subject) && !MATH.test(subject);
    case "core":
      return RUSSIAN.test(subject) || MATH.test(subject) || /физик/i.test(subject);
    case "any":
      return true;
  }
}

function rowFits(mapping: ResultMapping, row: ResultRow): boolean {
  if (row.notHeld || !subjectFits(mapping.subjects, row.subject)) return false;
  const procedures = mapping.procedure === "ГИА-9" ? ["ОГЭ", "ГВЭ"] : [mapping.procedure];
  if (mapping.procedure !== "any" && !procedures.includes(row.procedure)) return false;
  if (!mapping.grades) return true;
  const grade = Number.parseInt(row.grade, 10);
  return Number.isFinite(grade) && grade >= mapping.grades[0] && grade <= mapping.grades[1];
}

/** The part of a row's participants an indicator counts, or undefined when the row cannot say. */
function partOf(mapping: ResultMapping, row: ResultRow, settings: ResultSettings): number | undefined {
  const d = row.distribution;
  if (!d) return undefined;
  const marks = d.kind === "marks" ? d : undefined;
  const bands = d.kind === "bands" ? d : undefined;
  switch (mapping.kind) {
    case "high":
      return highCount(d, settings);
    case "satisfactory":
    case "passed":
      return satisfactoryCount(d);
    case "twos":
      return marks ? marks.n2 : bands?.belowMinimum;
    case "quality":
      return marks && marks.n5 + marks.n4;
    case "bandTo60":
      return bands?.upTo60;
    case "band61to80":
      return bands?.from61to80;
    case "band81to100":
      return bands && bands.from81to99 + bands.hundred;
    case "band100":
      return bands?.hundred;
    case "participants":
    case "confirmed":
      return undefined;
  }
}

/** Numerator and denominator a row gives an indicator, or undefined when it lacks the needed data. */
function countsOf(mapping: ResultMapping, row: ResultRow, settings: ResultSettings): [number, number] | undefined {
  if (mapping.kind === "confirmed") {
    return row.confirmation ? [row.confirmation.confirmed, confirmationTotal(row.confirmation)] : undefined;
  }
  if (mapping.kind === "participants") {
    const all = row.participants ?? (row.distribution && distributionTotal(row.distribution));
    return all === undefined ? undefined : [all, all];
  }
  const part = partOf(mapping, row, settings);
  if (part === undefined || !row.distribution) return undefined;
  return [part, row.participants ?? distributionTotal(row.distribution)];
}

/**
 * Numerators and denominators (or, for a count, the value) of the framework's indicators that rest
 * on procedure results, per school and period, keyed like the workbook inputs (keyOf({code, field,
 * period, school})). Counts of several rows (subjects, grades) are summed. Returns the codes it fed.
 */
export function indicatorValuesFromResults(
  framework: Framework,
  rows: readonly ResultRow[],
  settings: ResultSettings = DEFAULT_RESULT_SETTINGS,
): { values: Map<string, number>; codes: string[] } {
  const fed = indicatorsOf(framework).flatMap((indicator) => {
    const mapping = mappingOf(indicator);
    return mapping ? [{ mapping, count: indicator.computation.kind === "count" }] : [];
  });
  const values = new Map<string, number>();
  const add = (key: string, amount: number) => values.set(key, (values.get(key) ?? 0) + amount);
  for (const { mapping, count } of fed) {
    for (const row of rows) {
      if (!rowFits(mapping, row)) continue;
      const counts = countsOf(mapping, row, settings);
      if (!counts) continue;
      const where = { code: mapping.code, period: row.period, school: row.school };
      if (count) add(keyOf({ ...where, field: "val" }), counts[0]);
      else {
        add(keyOf({ ...where, field: "num" }), counts[0]);
        add(keyOf({ ...where, field: "den" }), counts[1]);
      }
    }
  }
  return { values, codes: fed.map(({ mapping }) => mapping.code) };
}
