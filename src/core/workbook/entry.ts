import type { Indicator, Computation } from "../catalog/schema";
import type { ChangeMode } from "../base/cells/dynamics";

/** How an indicator's values are entered and computed, derived from its unit and computation. */
export interface Entry {
  /** Where the inputs are typed: on the system sheet, or per school on its school sheet. */
  readonly per: "municipality" | "school";
  /** numDen: numerator and denominator typed, value computed; value: the value itself typed; flag: да/нет per school. */
  readonly inputs: "numDen" | "value" | "flag";
  /** How the value is computed from numerator and denominator. */
  readonly quotient?: "share" | "ratio";
  /** How its change between periods is measured; none for yes/no. */
  readonly change?: ChangeMode;
}

export function entryOf(indicator: Indicator): Entry {
  const { computation, unit } = indicator;
  const per = unit === "yesno" ? "municipality" : indicator.collectedPer;
  const change: ChangeMode | undefined =
    unit === "percent" ? "points" : unit === "count" ? "relative" : unit === "yesno" ? undefined : "absolute";
  switch (computation.kind) {
    case "share":
      return { per, inputs: "numDen", quotient: "share", change };
    case "ratio":
      return { per, inputs: "numDen", quotient: "ratio", change };
    case "flagShare":
      return per === "school"
        ? { per, inputs: "flag", quotient: "share", change }
        : { per, inputs: "numDen", quotient: "share", change };
    default:
      return { per, inputs: "value", change };
  }
}

/** Whether the value is a whole count (validated as such) rather than a measured number. */
export function isWholeCount(indicator: Indicator): boolean {
  return indicator.computation.kind === "count" || indicator.unit === "count";
}

/** The separator of an indicator's code and its part's number: «ASN.3.03.01/2». No catalog code holds it. */
const PART_SEPARATOR = "/";

/** Whether the value is typed in parts (stages, levels), with the total computed from them. */
export function hasParts(indicator: Indicator): boolean {
  return (indicator.parts?.length ?? 0) > 1 && entryOf(indicator).inputs !== "flag" && indicator.unit !== "yesno";
}

/** A part of a broken-down indicator: its own code and the part's name as the source gives it. */
export interface Part {
  readonly code: string;
  readonly name: string;
  /** The part as an indicator of its own: same unit and computation, its code, a label naming the part. */
  readonly indicator: Indicator;
}

/** The label without the list of parts it ends with: «Количество участников ВсОШ (школьный, …)» → «… ВсОШ». */
const stem = (label: string) => label.replace(/\s*\([^()]*\)\s*$/, "").replace(/,?\s+по уровням образования$/i, "");

/** What a part counts: the whole's wording, narrowed to the part («участники этапа ВсОШ (региональный этап)»). */
function ofPart(computation: Computation, part: string): Computation {
  const narrowed = (text: string) => `${text} (${part})`;
  switch (computation.kind) {
    case "share":
    case "ratio":
      return {
        ...computation,
        numerator: narrowed(computation.numerator),
        denominator: narrowed(computation.denominator),
      };
    case "count":
    case "average":
    case "score":
      return { ...computation, of: narrowed(computation.of) };
    default:
      return computation;
  }
}

/** Whether a code is a part's («ASN.3.03.01/2»), not an indicator's. */
export const isPartCode = (code: string): boolean => code.includes(PART_SEPARATOR);

/** The parts an indicator is typed in, in the source's order; none for an indicator collected whole. */
export function partsOf(indicator: Indicator): Part[] {
  if (!hasParts(indicator)) return [];
  return (indicator.parts ?? []).map((name, index) => {
    const code = `${indicator.code}${PART_SEPARATOR}${index + 1}`;
    const whole: Indicator = {
      ...indicator,
      code,
      label: `${stem(indicator.label)}: ${name}`,
      computation: ofPart(indicator.computation, name),
    };
    delete whole.parts;
    return { code, name, indicator: whole };
  });
}

/**
 * Whether each part lies within the one before (olympiad stages: the municipal stage's participants are among
 * the school stage's). Levels of education and of events do not nest.
 */
export function partsNest(indicator: Indicator): boolean {
  return hasParts(indicator) && indicator.breakdowns.includes("olympiadStage");
}

/** Every indicator of the entry sheets: the framework's, and the parts of the broken-down ones. */
export function entryIndicators(indicators: readonly Indicator[]): Indicator[] {
  return indicators.flatMap((indicator) => [indicator, ...partsOf(indicator).map((part) => part.indicator)]);
}
