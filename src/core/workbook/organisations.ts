import { indicatorAudience, ORG_KINDS } from "../catalog/audience";
import type { Indicator, OrgKind, System } from "../catalog/schema";
import { ru } from "../base/i18n/ru";

/** The kind of each organisation on the «ОО» sheet, and the organisations an indicator's rows are laid out for. */

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
 * The organisations school-level rows are laid out for, in list order: of an indicator when given,
 * else of any indicator of the system.
 */
export function organisationsFor(
  system: Pick<System, "label" | "criteria">,
  schools: readonly string[],
  kinds: ReadonlyMap<string, OrgKind>,
  indicator?: Pick<Indicator, "label" | "audience">,
): string[] {
  const audience = indicator
    ? indicatorAudience(system, indicator)
    : [...new Set(system.criteria.flatMap((c) => c.indicators.flatMap((i) => indicatorAudience(system, i))))];
  return schools.filter((school) => audience.includes(kinds.get(school) ?? guessKind(school)));
}
