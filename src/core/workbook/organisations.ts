import type { Indicator, System } from "../catalog/schema";
import { ru } from "../i18n/ru";

/**
 * Kinds of educational organisation, and which systems of indicators concern which kind: a
 * kindergarten has no ЕГЭ rows, a school no rows of the preschool system.
 */

export const ORG_KINDS = ["school", "preschool", "additional"] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

const PRESCHOOL = /(^|[^А-ЯЁа-яё])(М[БАК]?ДОУ|ДОУ|ДОО)([^А-ЯЁа-яё]|$)|детск(ий|ого)\s+сад|д\/с/i;
const ADDITIONAL =
  /(^|[^А-ЯЁа-яё])(М[БАК]?О?У\s?ДОД?|ДДТ|ЦДО|ДЮСШ|СШОР|ДШИ|ДХШ|ДМШ|ЦДТ|СЮН|СЮТ)([^А-ЯЁа-яё]|$)|дополнительного образования|детского творчества|спортивная школа|школа искусств|музыкальная школа|станция юных/i;

/** The kind a name suggests; a default the user confirms or corrects on the «ОО» sheet. */
export function guessKind(name: string): OrgKind {
  if (PRESCHOOL.test(name)) return "preschool";
  if (ADDITIONAL.test(name)) return "additional";
  return "school";
}

/** The kind typed on the «ОО» sheet, in any letter case; undefined when it is none of ours. */
export function kindOfText(text: string): OrgKind | undefined {
  const wanted = text.trim().toLowerCase();
  return ORG_KINDS.find((kind) => ru.organisations.kinds[kind].toLowerCase() === wanted);
}

/**
 * Which kinds of organisation a system's indicators are collected from, read off its name: the
 * preschool system from kindergartens; managers' and teachers' systems from every organisation;
 * talents and upbringing from schools and additional education; the rest (pupils' results, ШНОР,
 * career guidance, objectivity) from schools.
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

const PRESCHOOL_TOPIC = /дошкольн|(^|[^А-ЯЁа-яё])(ДОУ|ДОО)([^А-ЯЁа-яё]|$)/;

/**
 * An indicator's audience: its system's, and kindergartens as well where the indicator names
 * preschool pupils (Асино 4.05.01: «воспитанников дошкольных образовательных учреждений и
 * обучающихся начальных классов»).
 */
export function indicatorAudience(
  system: Pick<System, "label">,
  indicator: Pick<Indicator, "label">,
): readonly OrgKind[] {
  const audience = systemAudience(system);
  if (audience.includes("preschool") || !PRESCHOOL_TOPIC.test(indicator.label)) return audience;
  return [...audience, "preschool"];
}

/**
 * The organisations school-level rows are laid out for, in list order: of an indicator when given,
 * else of any indicator of the system.
 */
export function organisationsFor(
  system: Pick<System, "label" | "criteria">,
  schools: readonly string[],
  kinds: ReadonlyMap<string, OrgKind>,
  indicator?: Pick<Indicator, "label">,
): string[] {
  const audience = indicator
    ? indicatorAudience(system, indicator)
    : [...new Set(system.criteria.flatMap((c) => c.indicators.flatMap((i) => indicatorAudience(system, i))))];
  return schools.filter((school) => audience.includes(kinds.get(school) ?? guessKind(school)));
}
