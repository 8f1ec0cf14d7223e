import { Indicator, OrgKind, orgKindSchema, System } from "./schema";

/**
 * Which kinds of organisation a per-school indicator is collected from: a kindergarten has no ЕГЭ
 * rows, a school no rows of the preschool system. The indicator's own words decide first
 * («общеобразовательных», «учителей», «школьников», «выпускников», ВПР/ОГЭ/ЕГЭ/ВсОШ mean schools;
 * «дошкольных», «воспитанников», «ДОУ» mean kindergartens), the system's name second; the catalog
 * (the «Для каких ОО» column of «Показатели») overrides both.
 */

export const ORG_KINDS: readonly OrgKind[] = orgKindSchema.options;

/**
 * Read off a system's name: the preschool system from kindergartens; managers' and teachers'
 * systems from every organisation; talents and upbringing from schools and additional education;
 * the rest (pupils' results, ШНОР, career guidance, objectivity) from schools.
 */
export function systemAudience(system: Pick<System, "label">): readonly OrgKind[] {
  const label = system.label;
  if (/дошкольн/i.test(label)) return ["preschool"];
  if (/руководител|педагогическ|методическ|профессионального\s+(развития|роста)|мастерства/i.test(label)) {
    return ORG_KINDS;
  }
  if (/способност|талант|воспитани/i.test(label)) return ["school", "additional"];
  return ["school"];
}

const NOT_LETTER = "(?<![А-ЯЁа-яё])";
const END = "(?![А-ЯЁа-яё])";

/** Words that name kindergartens, their pupils or their programmes. */
const PRESCHOOL_WORDS = new RegExp(
  [
    "дошкольн",
    "воспитанник",
    "детск\\S*\\s+сад",
    `${NOT_LETTER}(ДОУ|ДОО)${END}`,
    `${NOT_LETTER}(ФГОС|ООП|АОП|ФОП|программ\\S*)\\s+ДО${END}`,
  ].join("|"),
  "iu",
);

/**
 * Words that name schools, their teachers, pupils, graduates, grades or procedures. «Дополнительных
 * общеобразовательных программ» are additional education's, not schools'; «дошкольн» is no «школьн».
 */
const SCHOOL_WORDS = new RegExp(
  [
    "(?<!дополнительн\\S*\\s)общеобразовательн",
    "(?<!до)школ(?!ьного\\s+образования)",
    "учител",
    "выпускник",
    "медалист",
    "аттестат",
    "\\d+\\s*[–-]?\\s*\\d*\\s*класс",
    "(начальн|старш|профильн|предпрофильн)\\S*\\s+(класс|обучени|подготовк)",
    "класс\\S*\\s+с\\s+углубл",
    "классн\\S*\\s+руковод",
    "государственн\\S*\\s+(итогов|экзамен)",
    "(начальн|основн|средн)\\S*\\s+общ\\S*\\s+образовани",
    "олимпиад\\S*\\s+школьник",
    `${NOT_LETTER}(ВПР|ОГЭ|ЕГЭ|ГИА|ГВЭ|ВсОШ|РКР|ШНОР|ШНСУ|ШССУ|НИКО)`,
  ].join("|"),
  "iu",
);

/** The words an indicator is read by: its label, its verbatim name and what its computation counts. */
function wordsOf(indicator: Pick<Indicator, "label"> & Partial<Pick<Indicator, "name" | "computation">>): string {
  const c = indicator.computation;
  const parts = [indicator.label, indicator.name ?? ""];
  if (c) {
    if (c.kind === "share" || c.kind === "ratio") parts.push(c.numerator, c.denominator);
    else if (c.kind === "flagShare") parts.push(c.flag, c.population);
    else if (c.kind === "count" || c.kind === "average" || c.kind === "score") parts.push(c.of);
  }
  return parts.join(" ");
}

/** The kinds the indicator's own words name; empty when they name none. */
export function wordAudience(
  indicator: Pick<Indicator, "label"> & Partial<Pick<Indicator, "name" | "computation">>,
): readonly OrgKind[] {
  const words = wordsOf(indicator);
  const kinds: OrgKind[] = [];
  if (SCHOOL_WORDS.test(words)) kinds.push("school");
  if (PRESCHOOL_WORDS.test(words)) kinds.push("preschool");
  return kinds;
}

/** Read off the names: the indicator's own words first, else the system's audience. */
export function derivedAudience(
  system: Pick<System, "label">,
  indicator: Pick<Indicator, "label"> & Partial<Pick<Indicator, "name" | "computation">>,
): readonly OrgKind[] {
  const named = wordAudience(indicator);
  return named.length > 0 ? named : systemAudience(system);
}

/** The catalog's audience where it gives one (the «Показатели» sheet can), else the one read off the names. */
export function indicatorAudience(
  system: Pick<System, "label">,
  indicator: Pick<Indicator, "label" | "audience"> & Partial<Pick<Indicator, "name" | "computation">>,
): readonly OrgKind[] {
  return indicator.audience ?? derivedAudience(system, indicator);
}

/** Same kinds, whatever the order. */
export const sameAudience = (a: readonly OrgKind[], b: readonly OrgKind[]): boolean =>
  a.length === b.length && a.every((kind) => b.includes(kind));
