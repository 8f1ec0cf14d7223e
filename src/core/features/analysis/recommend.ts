import type { System } from "../../catalog/schema";
import { ru } from "../../base/i18n/ru";
import { type IndicatorAnalysis, type Phrase, type Recommendation, type Trigger } from "./model";
import { ACTORS } from "../../base/model/terms";

/**
 * Themes of systems that recur across frameworks, recognised from a system's label: the phrase bank
 * keys its wording by them (the first part of a phrase id: «talent.declined.imc.1»).
 */
export const THEMES = [
  "training",
  "lowResults",
  "talent",
  "career",
  "leaders",
  "teachers",
  "upbringing",
  "preschool",
  "objectivity",
] as const;
export type Theme = (typeof THEMES)[number];

/** Prefix of the phrases that suit any system. */
export const ANY_THEME = "any";

/** Checked in this order: «Объективность … олимпиад» is objectivity, not talent; «… педагогических и руководящих» is teachers. */
const THEME_WORDS: readonly (readonly [Theme, RegExp])[] = [
  ["objectivity", /объективност/i],
  ["lowResults", /низк\S*\s+(?:образовательн\S*\s+)?результат|ШНОР|неуспешност|неблагоприятн|сложных\s+социальн/i],
  ["talent", /талант|способност|одар|олимпиад/i],
  ["career", /профориент|профессиональн\S*\s+ориентац|самоопредел/i],
  ["preschool", /дошкольн|ДОО/i],
  ["upbringing", /воспитан|социализац/i],
  ["leaders", /руководител/i],
  ["teachers", /педагог|методическ|квалификац/i],
  ["training", /подготовк\S*\s+обучающихся|образовательн\S*\s+результат|обученност/i],
];

/** The theme of a system, from its label and verbatim name; undefined when none fits. */
export function themeOfSystem(system: Pick<System, "label" | "name">): Theme | undefined {
  for (const text of [system.label, system.name]) {
    const found = THEME_WORDS.find(([, words]) => words.test(text));
    if (found) return found[0];
  }
  return undefined;
}

/** The theme a phrase is written for, from its id; «any» (or an unknown prefix) suits every system. */
export function themeOfPhrase(phrase: Pick<Phrase, "id">): Theme | typeof ANY_THEME {
  const prefix = phrase.id.split(".")[0];
  return (THEMES as readonly string[]).includes(prefix) ? (prefix as Theme) : ANY_THEME;
}

/** How closely a phrase fits a system: 0 for its own code, 1 for its theme, 2 for any system; undefined when not at all. */
function fit(phrase: Phrase, system: System, theme: Theme | undefined): number | undefined {
  const code = phrase.systemCode?.trim();
  if (code) return code === system.code ? 0 : undefined;
  const phraseTheme = themeOfPhrase(phrase);
  if (phraseTheme === ANY_THEME) return 2;
  return phraseTheme === theme ? 1 : undefined;
}

/** What calls for recommendations in an analysis, most addressed first. */
export function triggersOf(analysis: IndicatorAnalysis, schoolsConcerned: readonly string[]): Trigger[] {
  const triggers: Trigger[] = [];
  if (schoolsConcerned.length > 0) triggers.push("lowSchools");
  const { verdict } = analysis;
  if (verdict === "declined" || verdict === "unstable" || verdict === "insufficient") triggers.push(verdict);
  if (analysis.reached === false) triggers.push("notReached");
  if (verdict === "improved") triggers.push("improved");
  return triggers;
}

const MAX_RECOMMENDATIONS = 4;
/** A list longer than this names the first few and counts the rest. */
const MAX_NAMED_SCHOOLS = 6;
const NAMED_WHEN_LONG = 5;

/** Quotes inside a quotation become „…“, as Russian typography wants: «Доля … „Русский язык“». */
export function innerQuotes(text: string): string {
  return text.replace(/«/g, "„").replace(/»/g, "“");
}

function cleanLabel(label: string): string {
  return innerQuotes(
    label
      .trim()
      .replace(/\s+/g, " ")
      .replace(/[.;:,]+$/, ""),
  );
}

/** «МБОУ «СОШ № 1», МБОУ «СОШ № 3»»; past six schools, the first five and «и ещё 4 ОО». */
export function schoolList(schools: readonly string[]): string {
  const names = schools.map((school) => school.trim()).filter(Boolean);
  if (names.length <= MAX_NAMED_SCHOOLS) return names.join(", ");
  return `${names.slice(0, NAMED_WHEN_LONG).join(", ")} ${ru.recommendations.moreSchools(names.length - NAMED_WHEN_LONG)}`;
}

const INDICATOR_SLOT = /\{\s*показатель\s*\}/gi;
const SCHOOLS_SLOT = /\{\s*ОО\s*\}/gi;

/**
 * Fills a phrase: {показатель} with the indicator's label, {ОО} with the schools. Without schools the
 * slot goes, and with it the brackets or dash around it, so no sentence ever speaks of «0 школ».
 */
export function fillPhrase(text: string, indicatorLabel: string, schools: readonly string[]): string {
  let filled = text.replace(INDICATOR_SLOT, () => cleanLabel(indicatorLabel));
  const list = schoolList(schools);
  if (list) {
    filled = filled.replace(SCHOOLS_SLOT, () => list);
  } else {
    filled = filled
      .replace(/\s*\(\s*\{\s*ОО\s*\}\s*\)/gi, "")
      .replace(/\s*[—–-]\s*\{\s*ОО\s*\}/gi, "")
      .replace(/\s*:\s*\{\s*ОО\s*\}/gi, "")
      .replace(SCHOOLS_SLOT, "");
  }
  return filled
    .replace(/[ \t]{2,}/g, " ")
    .replace(/\s+([.,;:!?)])/g, "$1")
    .replace(/\(\s+/g, "(")
    .trim();
}

interface Candidate {
  readonly phrase: Phrase;
  readonly fit: number;
  readonly index: number;
}

/**
 * Addressed recommendations for one finding: for each trigger of the analysis, the phrases of the
 * bank that fit the system best (its own code, then its theme, then any system), at most one per
 * actor and four in all, taken in turn across the triggers so that each finding gets its say.
 * Deterministic: the same analysis and bank always give the same recommendations.
 */
export function recommend(
  analysis: IndicatorAnalysis,
  system: System,
  bank: readonly Phrase[],
  schoolsConcerned: readonly string[],
): Recommendation[] {
  const triggers = triggersOf(analysis, schoolsConcerned);
  if (triggers.length === 0) return [];
  const theme = themeOfSystem(system);
  const queues = triggers.map((trigger) =>
    bank
      .map((phrase, index) => ({
        phrase,
        index,
        fit: phrase.trigger === trigger ? fit(phrase, system, theme) : undefined,
      }))
      .filter((candidate): candidate is Candidate => candidate.fit !== undefined && candidate.phrase.text.trim() !== "")
      .filter((candidate) => (ACTORS as readonly string[]).includes(candidate.phrase.actor))
      .sort((a, b) => a.fit - b.fit || a.index - b.index),
  );

  const used = new Set<string>();
  const picked: { phrase: Phrase; trigger: Trigger }[] = [];
  let progress = true;
  while (picked.length < MAX_RECOMMENDATIONS && progress) {
    progress = false;
    for (let t = 0; t < triggers.length && picked.length < MAX_RECOMMENDATIONS; t++) {
      const queue = queues[t];
      const next = queue.findIndex((candidate) => !used.has(candidate.phrase.actor));
      if (next < 0) continue;
      const [candidate] = queue.splice(next, 1);
      used.add(candidate.phrase.actor);
      picked.push({ phrase: candidate.phrase, trigger: triggers[t] });
      progress = true;
    }
  }

  const label = analysis.indicator.label;
  return picked.map(({ phrase, trigger }) => ({
    actor: phrase.actor,
    text: fillPhrase(phrase.text, label, schoolsConcerned),
    trigger,
    indicatorCode: analysis.indicator.code,
    phraseId: phrase.id,
    schools: [...schoolsConcerned],
  }));
}
