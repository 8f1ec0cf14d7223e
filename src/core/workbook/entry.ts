import type { Indicator } from "../catalog/schema";
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
