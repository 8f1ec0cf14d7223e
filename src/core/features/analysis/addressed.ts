import { reportTexts } from "../../base/i18n/report";
import type { DayDate } from "../../base/text/date";
import { capitalise } from "../../base/text/grammar";
import { guessKind } from "../../workbook/organisations";
import { parsePeriod } from "../../workbook/periods";
import type { AttentionSchool } from "./attention";
import { changeBasis, changeSentence, missedTargetSentence, unstableSentence } from "./findings";
import type { AnalysisReport, IndicatorAnalysis, SystemAnalysis, Trigger } from "./model";
import type { Actor } from "../../base/model/terms";
import { ANY_THEME, schoolList, themeOfPhrase, themeOfSystem } from "./recommend";

/**
 * The справка's addressed recommendations, each tied to the finding that triggered it: what to
 * do, to whom, on what ground, naming only the schools concerned, with a deadline computed from the
 * period and a responsible party. Procedure findings (schools needing attention, schools to learn
 * from) come first, then the systems' indicators in management-cycle order. A bank phrase is used
 * once in the whole справка; kindergartens are never addressed about exams or olympiads; a book
 * without data gets none.
 */
export interface AddressedRecommendation {
  readonly actor: Actor;
  /** The measure, a full sentence. */
  readonly text: string;
  /** The finding it answers, a full sentence with its numbers. */
  readonly basis: string;
  readonly schools: readonly string[];
  readonly deadline: DayDate;
  readonly responsible: string;
  /** The indicator code (or the procedure) the register keeps with it. */
  readonly indicatorCode: string;
  /** Where the finding comes from: a system's label, or «Результаты оценочных процедур». */
  readonly topic: string;
  readonly valueThen?: number;
}

const t = reportTexts.recommendations;

/** Months after the end of the period: academic years end on 1 September, calendar years on 1 January next. */
export function deadlineAfter(period: string, months: number): DayDate {
  const parsed = parsePeriod(period);
  const [year, month] = parsed.ok
    ? parsed.period.kind === "academic"
      ? [parsed.period.endYear, 9]
      : [parsed.period.endYear + 1, 1]
    : [new Date().getUTCFullYear(), 9];
  const index = month - 1 + months;
  return { year: year + Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

/** How long each actor gets for a measure answering an indicator, in months after the period. */
const ACTOR_MONTHS: Readonly<Record<Actor, number>> = {
  "управление образования": 1,
  ИМЦ: 2,
  "руководители ОО": 1,
  педагоги: 3,
  родители: 3,
};

const EXAMS = /ЕГЭ|ОГЭ|ВПР|ГИА|государственн\S* итогов\S* аттестац|олимпиад/i;
/** Phrases about schools at risk may name only the schools the справка lists as needing attention. */
const AT_RISK = /зон\S* риска|ШНОР|низки\S* (?:образовательн\S* )?результат|неуспешн/i;
const isPreschool = (school: string) => guessKind(school) === "preschool";

/** Whether the book holds any number the справка could speak of. */
export function hasData(report: AnalysisReport): boolean {
  const indicators = report.systems.some((system) =>
    system.indicators.some((item) => item.values.some((value) => value.value !== undefined)),
  );
  return indicators || (report.results?.procedures.length ?? 0) > 0;
}

function names(schools: readonly AttentionSchool[], kind: AttentionSchool["reasons"][number]["kind"]): string[] {
  return schools.filter((item) => item.reasons.some((reason) => reason.kind === kind)).map((item) => item.school);
}

function reasonsOf(schools: readonly AttentionSchool[], kind: AttentionSchool["reasons"][number]["kind"]): string {
  return schools
    .flatMap((item) =>
      item.reasons.filter((reason) => reason.kind === kind).map((reason) => `${item.school}: ${reason.text}`),
    )
    .join("; ");
}

/** Recommendations answering the procedure results: the schools needing attention and those to learn from. */
function fromProcedures(report: AnalysisReport): AddressedRecommendation[] {
  const found = report.schools;
  if (!found) return [];
  const topic = reportTexts.sections.procedures;
  const out: AddressedRecommendation[] = [];
  const make = (actor: Actor, text: string, basis: string, schools: string[], months: number, code: string) =>
    out.push({
      actor,
      text,
      basis,
      schools,
      deadline: deadlineAfter(report.period, months),
      responsible: t.responsible(actor, schools.length > 0),
      indicatorCode: code,
      topic,
    });
  const risk = names(found.attention, "risk");
  const objectivity = found.attention
    .filter((item) => item.reasons.some((reason) => reason.kind === "objectivity" && reason.procedure === "ВПР"))
    .map((item) => item.school);
  const medallists = found.attention
    .filter((item) => item.reasons.some((reason) => reason.procedure === "медалисты"))
    .map((item) => item.school);
  const falling = names(found.attention, "falling");
  const models = [...new Set(found.models.map((item) => item.school))];
  if (risk.length > 0) {
    const byProcedure = new Map<string, number>();
    for (const item of found.attention) {
      for (const procedure of new Set(item.reasons.filter((r) => r.kind === "risk").map((r) => r.procedure))) {
        byProcedure.set(procedure, (byProcedure.get(procedure) ?? 0) + 1);
      }
    }
    const basis = t.riskBasis([...byProcedure].map(([procedure, count]) => ({ procedure, count })));
    make("управление образования", t.riskSupport(schoolList(risk)), basis, risk, 1, t.codes.risk);
    make(
      "ИМЦ",
      t.riskMethod(schoolList(risk), models.length > 0 ? schoolList(models) : ""),
      basis,
      risk,
      2,
      t.codes.risk,
    );
  }
  if (objectivity.length > 0) {
    const basis = t.objectivityBasis(
      found.attention.flatMap((item) => {
        const signs = item.reasons.filter((reason) => reason.kind === "objectivity" && reason.procedure === "ВПР");
        return signs.length === 0
          ? []
          : [
              {
                school: item.school,
                subjects: [...new Set(signs.map((sign) => sign.subject ?? ""))],
                count: signs.length,
              },
            ];
      }),
    );
    make("управление образования", t.objectivity(schoolList(objectivity)), basis, objectivity, 6, t.codes.objectivity);
  }
  if (medallists.length > 0) {
    const basis = found.attention
      .flatMap((item) =>
        item.reasons
          .filter((reason) => reason.procedure === "медалисты")
          .map((reason) => `${item.school}: ${reason.text}`),
      )
      .join("; ");
    make("руководители ОО", t.medallists(schoolList(medallists)), `${basis}.`, medallists, 1, t.codes.medallists);
  }
  if (falling.length > 0) {
    make(
      "руководители ОО",
      t.falling(schoolList(falling)),
      `${capitalise(reasonsOf(found.attention, "falling"))}.`,
      falling,
      1,
      t.codes.falling,
    );
  }
  if (models.length > 0) {
    const procedures = [...new Set(found.models.map((item) => item.procedure))].join(", ");
    make(
      "ИМЦ",
      t.models(schoolList(models), procedures, found.attention.length > 0),
      t.modelsBasis(procedures),
      models,
      3,
      t.codes.models,
    );
  }
  return out;
}

const PRIORITY: readonly Trigger[] = ["declined", "notReached", "unstable", "lowSchools"];

function basisOf(analysis: IndicatorAnalysis, trigger: Trigger, schools: readonly string[]): string {
  if (trigger === "unstable") return unstableSentence(analysis);
  if (trigger === "notReached" && (analysis.verdict === "stable" || analysis.verdict === "insufficient")) {
    return missedTargetSentence(analysis) ?? changeSentence(analysis);
  }
  if (trigger === "lowSchools") return t.lowSchoolsBasis(analysis.indicator.label, schoolList(schools));
  return changeBasis(analysis);
}

/** The system's recommendations that a head would sign, most pressing first, at most `limit`. */
function fromSystem(
  system: SystemAnalysis,
  report: AnalysisReport,
  used: Set<string>,
  limit: number,
): AddressedRecommendation[] {
  const preschool = themeOfSystem(system.system) === "preschool";
  const attention = new Set(report.schools?.attention.map((item) => item.school) ?? []);
  const models = new Set(report.schools?.models.map((item) => item.school) ?? []);
  const byCode = new Map(system.indicators.map((item) => [item.indicator.code, item]));
  const candidates = system.recommendations
    .filter((item) => PRIORITY.includes(item.trigger))
    .sort((a, b) => PRIORITY.indexOf(a.trigger) - PRIORITY.indexOf(b.trigger));
  const out: AddressedRecommendation[] = [];
  for (const item of candidates) {
    if (out.length >= limit || used.has(item.phraseId)) continue;
    const exams = EXAMS.test(item.text);
    if (exams && preschool) continue;
    const atRisk = AT_RISK.test(item.text);
    // A school offered as a model is never addressed about weak results; kindergartens never about exams.
    const schools = item.schools.filter(
      (school) => !models.has(school) && !(exams && isPreschool(school)) && (!atRisk || attention.has(school)),
    );
    if (item.schools.length > 0 && schools.length === 0) continue;
    if (atRisk && schools.length === 0) continue;
    const analysis = byCode.get(item.indicatorCode);
    if (!analysis) continue;
    // A measure written for another theme than the indicator's own is not grounded in it.
    const indicatorTheme = themeOfSystem({ label: analysis.indicator.label, name: analysis.indicator.name });
    const phraseTheme = themeOfPhrase({ id: item.phraseId });
    if (indicatorTheme && phraseTheme !== ANY_THEME && phraseTheme !== indicatorTheme) continue;
    used.add(item.phraseId);
    const text = schools.length !== item.schools.length ? refill(item.text, item.schools, schools) : item.text;
    out.push({
      actor: item.actor,
      text: capitalise(text.trim()),
      basis: basisOf(analysis, item.trigger, schools),
      schools,
      deadline: deadlineAfter(report.period, ACTOR_MONTHS[item.actor]),
      responsible: t.responsible(item.actor, schools.length > 0),
      indicatorCode: item.indicatorCode,
      topic: system.system.label,
      valueThen: analysis.values.at(-1)?.value,
    });
  }
  return out;
}

/** Replaces the list of schools in a filled phrase by a shorter one (or removes it with its brackets). */
function refill(text: string, before: readonly string[], after: readonly string[]): string {
  const list = schoolList(before);
  if (!list || !text.includes(list)) return text;
  if (after.length > 0) return text.replace(list, schoolList(after));
  return text
    .replace(` (${list})`, "")
    .replace(`: ${list}`, "")
    .replace(list, "")
    .replace(/\s+([.,;])/g, "$1");
}

/** Per system, at most this many recommendations. */
const PER_SYSTEM = 2;

export function addressedRecommendations(report: AnalysisReport): AddressedRecommendation[] {
  if (!hasData(report)) return [];
  const used = new Set<string>();
  return [
    ...fromProcedures(report),
    ...report.systems.flatMap((system) => fromSystem(system, report, used, PER_SYSTEM)),
  ];
}
