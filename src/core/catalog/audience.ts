import { Indicator, OrgKind, orgKindSchema, System } from "./schema";

/**
 * Which kinds of organisation a per-school indicator is collected from: a kindergarten has no ЕГЭ
 * rows, a school no rows of the preschool system. Read from the names unless the catalog says.
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

const PRESCHOOL_TOPIC = /дошкольн|(^|[^А-ЯЁа-яё])(ДОУ|ДОО)([^А-ЯЁа-яё]|$)/;

/** Read off the names: the system's audience, and kindergartens too where the indicator names preschool pupils. */
export function derivedAudience(
  system: Pick<System, "label">,
  indicator: Pick<Indicator, "label">,
): readonly OrgKind[] {
  const audience = systemAudience(system);
  if (audience.includes("preschool") || !PRESCHOOL_TOPIC.test(indicator.label)) return audience;
  return [...audience, "preschool"];
}

/** The catalog's audience where it gives one (the «Показатели» sheet can), else the one read off the names. */
export function indicatorAudience(
  system: Pick<System, "label">,
  indicator: Pick<Indicator, "label" | "audience">,
): readonly OrgKind[] {
  return indicator.audience ?? derivedAudience(system, indicator);
}

/** Same kinds, whatever the order. */
export const sameAudience = (a: readonly OrgKind[], b: readonly OrgKind[]): boolean =>
  a.length === b.length && a.every((kind) => b.includes(kind));
