import { indicatorsOf } from "../catalog";
import type { Framework, Indicator } from "../catalog/schema";
import { keyOf } from "../workbook/inputs";
import { confirmationTotal, distributionTotal, highCount, satisfactoryCount } from "./metrics";
import { DEFAULT_RESULT_SETTINGS, Procedure, ResultRow, ResultSettings } from "./model";

type Kind = "high" | "satisfactory" | "confirmed";
type SubjectRule = "russian" | "math" | "elective" | "any";

/** How an indicator is read from the results: procedure, kind of result, subjects and grades. */
export interface ResultMapping {
  readonly code: string;
  readonly procedure: Procedure;
  readonly kind: Kind;
  readonly subjects: SubjectRule;
  /** Inclusive grade range, for ВПР «4 класс», «5–8 классы». */
  readonly grades?: readonly [number, number];
}

const RUSSIAN = /русск/i;
const MATH = /математ/i;

/**
 * Reads an indicator label into a mapping, or undefined when it is not unambiguous. Only
 * «Доля участников <ВПР|ОГЭ|ЕГЭ>, показавших высокие / удовлетворительные / массовые результаты» and
 * «Доля участников ВПР, подтвердивших …» qualify. «Массовые» is read as «не ниже «3»», as the Asino
 * numerators state; metapredmet results, functional literacy and other studies are not mapped.
 */
export function mappingOf(indicator: Indicator): ResultMapping | undefined {
  const label = indicator.label;
  if (indicator.computation.kind !== "share" || !/^Доля участников/i.test(label)) return undefined;
  if (/метапредметн|функциональн|исследовани|олимпиад/i.test(label)) return undefined;
  const procedures = (["ВПР", "ОГЭ", "ЕГЭ"] as const).filter((p) => label.includes(p));
  if (procedures.length !== 1) return undefined;
  const procedure = procedures[0];
  const kind: Kind | undefined = /подтвердивш/i.test(label)
    ? "confirmed"
    : /высок/i.test(label)
      ? "high"
      : /удовлетворительн|массов/i.test(label)
        ? "satisfactory"
        : undefined;
  if (!kind || (kind === "confirmed" && procedure !== "ВПР")) return undefined;
  const subjects: SubjectRule = /по предметам по выбору/i.test(label)
    ? "elective"
    : /по русскому языку/i.test(label)
      ? "russian"
      : /по математике/i.test(label)
        ? "math"
        : "any";
  if (subjects === "any" && procedure !== "ВПР") return undefined;
  const range = /(\d+)\s*[–-]\s*(\d+)\s*класс/i.exec(label);
  const single = /(\d+)\s*класс/i.exec(label);
  const grades: [number, number] | undefined = range
    ? [Number(range[1]), Number(range[2])]
    : single
      ? [Number(single[1]), Number(single[1])]
      : undefined;
  return { code: indicator.code, procedure, kind, subjects, ...(grades && { grades }) };
}

function subjectFits(rule: SubjectRule, subject: string): boolean {
  if (rule === "russian") return RUSSIAN.test(subject);
  if (rule === "math") return MATH.test(subject);
  if (rule === "elective") return !RUSSIAN.test(subject) && !MATH.test(subject);
  return true;
}

function rowFits(mapping: ResultMapping, row: ResultRow): boolean {
  if (row.notHeld || row.procedure !== mapping.procedure || !subjectFits(mapping.subjects, row.subject)) return false;
  if (!mapping.grades) return true;
  const grade = Number.parseInt(row.grade, 10);
  return Number.isFinite(grade) && grade >= mapping.grades[0] && grade <= mapping.grades[1];
}

/** Numerator and denominator a row gives an indicator, or undefined when it lacks the needed data. */
function countsOf(mapping: ResultMapping, row: ResultRow, settings: ResultSettings): [number, number] | undefined {
  if (mapping.kind === "confirmed") {
    return row.confirmation ? [row.confirmation.confirmed, confirmationTotal(row.confirmation)] : undefined;
  }
  const d = row.distribution;
  if (!d) return undefined;
  const num = mapping.kind === "high" ? highCount(d, settings) : satisfactoryCount(d);
  return [num, row.participants ?? distributionTotal(d)];
}

/**
 * Numerators and denominators of the framework's indicators that rest on procedure results, per
 * school and period, keyed like the workbook inputs (keyOf({code, field, period, school})). Counts
 * of several rows (subjects, grades) are summed. Returns the codes it could map.
 */
export function indicatorValuesFromResults(
  framework: Framework,
  rows: readonly ResultRow[],
  settings: ResultSettings = DEFAULT_RESULT_SETTINGS,
): { values: Map<string, number>; codes: string[] } {
  const mappings = indicatorsOf(framework).flatMap((indicator) => mappingOf(indicator) ?? []);
  const values = new Map<string, number>();
  const add = (key: string, amount: number) => values.set(key, (values.get(key) ?? 0) + amount);
  for (const mapping of mappings) {
    for (const row of rows) {
      if (!rowFits(mapping, row)) continue;
      const counts = countsOf(mapping, row, settings);
      if (!counts) continue;
      const where = { code: mapping.code, period: row.period, school: row.school };
      add(keyOf({ ...where, field: "num" }), counts[0]);
      add(keyOf({ ...where, field: "den" }), counts[1]);
    }
  }
  return { values, codes: mappings.map((mapping) => mapping.code) };
}
