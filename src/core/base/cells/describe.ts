import { valueTexts } from "../i18n/values";
import type { Direction } from "../model/terms";
import { change } from "./dynamics";
import { isError } from "../math/outcome";
import { roundHalfUp } from "../math/rounding";
import { isImprovement } from "../math/status";
import { agree, capitalise, closesClause } from "../text/grammar";
import { formatNumber, formatPercent, formatPoints, formatSigned, NounForms, plural } from "../text/format";

/** What the described values are: shares in percent, or counts (optionally of a named thing). */
export type DescribedUnit = { kind: "percent" } | { kind: "count"; noun?: NounForms };

export interface ChangeToDescribe {
  readonly name: string;
  readonly current: number;
  readonly previous?: number;
  readonly unit: DescribedUnit;
  readonly direction?: Direction;
}

const NBSP = "\u00a0";

type Case = "nominative" | "genitive" | "bare";

function formatValue(value: number, unit: DescribedUnit, grammaticalCase: Case): string {
  if (unit.kind === "percent") return formatPercent(value);
  const number = formatNumber(value, Number.isInteger(value) ? 0 : 1);
  if (!unit.noun || grammaticalCase === "bare") return number;
  // After a verb the noun counts in the nominative (21 участник); after «до», in the genitive (до 21 участника).
  const [, few, many] = unit.noun;
  const forms = grammaticalCase === "genitive" ? ([few, many, many] as const) : unit.noun;
  return `${number}${NBSP}${plural(value, forms)}`;
}

function formatDelta(current: number, previous: number, unit: DescribedUnit): string {
  if (unit.kind === "percent") return formatPoints(current - previous);
  const relative = change(current, previous, "relative", 0);
  if (!isError(relative)) return `${formatSigned(relative, 0)}${NBSP}%`;
  // From zero a relative change is undefined; the plain difference still tells the story.
  const difference = current - previous;
  return formatSigned(difference, Number.isInteger(difference) ? 0 : 1);
}

/** Values are compared as shown (shares and fractions to one decimal), so the words never contradict the printed numbers. */
function asShown(value: number, unit: DescribedUnit): number {
  return unit.kind === "percent" || !Number.isInteger(value) ? roundHalfUp(value, 1) : value;
}

/**
 * One Russian sentence about an indicator's change, e.g. «Доля участников с высокими результатами
 * выросла с 34,2 % до 39,0 % (+4,8 п.п.).» Shares change in п.п., counts in relative percent.
 */
export function describeChange({ name, current, previous, unit, direction }: ChangeToDescribe): string {
  const subject = closesClause(capitalise(name.trim().replace(/\s+/g, " ")));
  if (previous === undefined) {
    return `${subject} ${agree(subject, valueTexts.describe.was)} ${formatValue(current, unit, "nominative")}.`;
  }
  const [now, before] = [asShown(current, unit), asShown(previous, unit)];
  const delta = now - before;
  if (delta === 0) {
    return `${subject} ${agree(subject, valueTexts.describe.unchanged)} и ${agree(subject, valueTexts.describe.is)} ${formatValue(current, unit, "nominative")}.`;
  }
  const verb = agree(subject, delta > 0 ? valueTexts.describe.rose : valueTexts.describe.fell);
  const good = direction ? isImprovement(delta, direction) : undefined;
  const verdict = good === undefined ? "" : ` — ${good ? valueTexts.describe.better : valueTexts.describe.worse}`;
  return `${subject} ${verb} с ${formatValue(previous, unit, "bare")} до ${formatValue(current, unit, "genitive")} (${formatDelta(now, before, unit)})${verdict}.`;
}
