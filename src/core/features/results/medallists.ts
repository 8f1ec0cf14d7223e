import { indicatorsOf } from "../../catalog";
import { abinskMedallistChecks } from "../../catalog/frameworks/abinskRules";
import type { Framework } from "../../catalog/schema";
import { ru } from "../../base/i18n/ru";
import { countOf, formatPlain, plural } from "../../base/text/format";
import { keyOf } from "../../workbook/inputs";
import { DEFAULT_RESULT_SETTINGS, MedallistRow, ResultSettings } from "../../base/model/results";
import type { SignPlace } from "./objectivity";

/**
 * Medallists («За особые успехи в учении») whose ГИА-11 results fall below what the medal leads
 * one to expect (Абинский район, 1.1, Показатели, п. 3). A prompt to compare final marks with the
 * exams, never a verdict.
 */

export type MedallistCheckId = "coreSubjects" | "anySubject";
export type MedallistField = "russian" | "mathProfile" | "mathBaseMark" | "otherLowest";

export interface MedallistShortfall {
  readonly field: MedallistField;
  /** Subject as it stands in a sentence: «русский язык». */
  readonly subject: string;
  readonly value: number;
  readonly kind: "score" | "mark";
  readonly check: MedallistCheckId;
}

export interface MedallistSign extends SignPlace {
  readonly kind: "medallists";
  readonly rule: string;
  /** Medallists of the school in the period. */
  readonly medallists: number;
  /** Of them, those short on any check. */
  readonly below: number;
  readonly graduates: readonly { readonly graduate: string; readonly shortfalls: readonly MedallistShortfall[] }[];
  readonly sentence: string;
}

const m = ru.medallists;

/**
 * Which check each result takes part in: «coreSubjects» is русский язык and профильная математика
 * below the score or базовая математика below the mark; «anySubject» is any ЕГЭ score below it
 * (базовая математика is not an ЕГЭ score).
 */
const SUBJECTS: readonly {
  field: MedallistField;
  subject: string;
  kind: "score" | "mark";
  checks: readonly MedallistCheckId[];
}[] = [
  { field: "russian", subject: m.subjectRussian, kind: "score", checks: ["coreSubjects", "anySubject"] },
  { field: "mathProfile", subject: m.subjectMathProfile, kind: "score", checks: ["coreSubjects", "anySubject"] },
  { field: "mathBaseMark", subject: m.subjectMathBase, kind: "mark", checks: ["coreSubjects"] },
  { field: "otherLowest", subject: m.subjectOther, kind: "score", checks: ["anySubject"] },
];

/** Every check the row fails and why; blank results never fail. */
export function medallistShortfalls(
  row: MedallistRow,
  settings: ResultSettings = DEFAULT_RESULT_SETTINGS,
): MedallistShortfall[] {
  const shortfalls: MedallistShortfall[] = [];
  for (const { field, subject, kind, checks } of SUBJECTS) {
    const value = row[field];
    if (value === undefined) continue;
    const threshold = kind === "score" ? settings.medallistMinScore : settings.medallistMinBaseMark;
    if (value >= threshold) continue;
    for (const check of checks) shortfalls.push({ field, subject, value, kind, check });
  }
  return shortfalls;
}

const SEP = "\u0000";

function groupBySchoolAndPeriod(rows: readonly MedallistRow[]): Map<string, MedallistRow[]> {
  const groups = new Map<string, MedallistRow[]>();
  for (const row of rows) {
    const key = [row.school, row.period].join(SEP);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

const graduateName = (code: string) => (/^\d+$/.test(code) ? m.numbered(code) : code);

/** «№ 3 — русский язык 64 балла, математика (профильный уровень) 60 баллов»: each subject once. */
function describeGraduate(graduate: string, shortfalls: readonly MedallistShortfall[]): string {
  const seen = new Set<MedallistField>();
  const items: string[] = [];
  for (const s of shortfalls) {
    if (seen.has(s.field)) continue;
    seen.add(s.field);
    items.push(m.result(s.subject, s.kind === "score" ? countOf(s.value, m.scores) : m.mark(s.value)));
  }
  return m.graduateShortfalls(graduateName(graduate), items.join(", "));
}

/** The check as configured, naming its thresholds and whether they are the document's. */
export function medallistRuleText(settings: ResultSettings = DEFAULT_RESULT_SETTINGS): string {
  const isDefault =
    settings.medallistMinScore === DEFAULT_RESULT_SETTINGS.medallistMinScore &&
    settings.medallistMinBaseMark === DEFAULT_RESULT_SETTINGS.medallistMinBaseMark;
  const lessThan = `${formatPlain(settings.medallistMinScore)}\u00a0${plural(settings.medallistMinScore, m.scoresAfterLess)}`;
  return m.rule(lessThan, settings.medallistMinBaseMark - 1, isDefault);
}

/** One sign per school and period where at least one medallist falls short on either check. */
export function medallistSigns(
  rows: readonly MedallistRow[],
  settings: ResultSettings = DEFAULT_RESULT_SETTINGS,
): MedallistSign[] {
  const rule = medallistRuleText(settings);
  const signs: MedallistSign[] = [];
  for (const group of groupBySchoolAndPeriod(rows).values()) {
    const { school, period } = group[0];
    const graduates = group
      .map((row) => ({ graduate: row.graduate, shortfalls: medallistShortfalls(row, settings) }))
      .filter((g) => g.shortfalls.length > 0);
    if (graduates.length === 0) continue;
    const details = graduates.map((g) => describeGraduate(g.graduate, g.shortfalls)).join("; ");
    signs.push({
      kind: "medallists",
      school,
      period,
      subject: "",
      grade: "11",
      rule,
      medallists: group.length,
      below: graduates.length,
      graduates,
      sentence: m.sign(school, period, graduates.length, group.length, countOf(group.length, m.ofMedallists), details),
    });
  }
  return signs;
}

/** Tula, programme 4.2 (line 1452): −1 point for each medallist without 60 or more in every ГИА subject. */
const TULA_MEDALLIST_ITEM = { code: "TUL.4.2.11", minScore: 60, pointsEach: -1 } as const;

/**
 * Асино, приложение 1, таблица 1: candidates for the medal who confirmed their results on ГИА-11 in
 * Russian and mathematics. The medallists listed are the candidates; confirmed is passing the core
 * subjects' check (the thresholds of «Пороги результатов»).
 */
const ASINO_CONFIRMED = "ASN.1.06.07";

/** Tula, programme table 2.5.4: graduates with an honours certificate and the medal, one a listed medallist. */
const TULA_MEDALLISTS_COUNT = "TUL.2.5.04";

const belowInSomeExam = (row: MedallistRow, score: number) =>
  [row.russian, row.mathProfile, row.otherLowest].some((value) => value !== undefined && value < score);

/**
 * Indicator entries the medallists determine, per school and period, keyed like the workbook inputs,
 * for the codes the framework has: Абинск ABN.1.1.23 and ABN.1.1.24 as numerators (medallists
 * failing the check) and denominators (all medallists); Тула TUL.4.2.11 as the rating's points and
 * TUL.2.5.04 as the number of medallists;
 * Асино ASN.1.06.07 as the medallists who passed the core subjects' check among all medallists.
 */
export function medallistIndicatorValues(
  framework: Framework,
  rows: readonly MedallistRow[],
  settings: ResultSettings = DEFAULT_RESULT_SETTINGS,
): { values: Map<string, number>; codes: string[] } {
  const present = new Set(indicatorsOf(framework).map((indicator) => indicator.code));
  const checks = abinskMedallistChecks.checks.filter((check) => present.has(check.indicator));
  const tula = present.has(TULA_MEDALLIST_ITEM.code);
  const asino = present.has(ASINO_CONFIRMED);
  const tulaCount = present.has(TULA_MEDALLISTS_COUNT);
  const values = new Map<string, number>();
  const add = (key: string, amount: number) => values.set(key, (values.get(key) ?? 0) + amount);
  for (const row of rows) {
    const failed = new Set(medallistShortfalls(row, settings).map((s) => s.check));
    for (const check of checks) {
      const where = { code: check.indicator, period: row.period, school: row.school };
      add(keyOf({ ...where, field: "num" }), failed.has(check.id as MedallistCheckId) ? 1 : 0);
      add(keyOf({ ...where, field: "den" }), 1);
    }
    if (asino) {
      const where = { code: ASINO_CONFIRMED, period: row.period, school: row.school };
      add(keyOf({ ...where, field: "num" }), failed.has("coreSubjects") ? 0 : 1);
      add(keyOf({ ...where, field: "den" }), 1);
    }
    if (tula) {
      const key = keyOf({ code: TULA_MEDALLIST_ITEM.code, period: row.period, school: row.school, field: "val" });
      add(key, belowInSomeExam(row, TULA_MEDALLIST_ITEM.minScore) ? TULA_MEDALLIST_ITEM.pointsEach : 0);
    }
    if (tulaCount) add(keyOf({ code: TULA_MEDALLISTS_COUNT, period: row.period, school: row.school, field: "val" }), 1);
  }
  const codes = [
    ...checks.map((check) => check.indicator),
    ...(tula ? [TULA_MEDALLIST_ITEM.code] : []),
    ...(asino ? [ASINO_CONFIRMED] : []),
    ...(tulaCount ? [TULA_MEDALLISTS_COUNT] : []),
  ];
  return { values, codes };
}
