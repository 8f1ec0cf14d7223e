import { ru } from "../../base/i18n/ru";
import { formatPlain, plural } from "../../base/text/format";
import type { RatingLine, RatingStep } from "./rubric";

const NBSP = "\u00a0";
const MINUS = "\u2212";

/** «5 баллов», «−1 балл», «0». */
export function pointsText(points: number): string {
  if (points === 0) return "0";
  const number = formatPlain(Math.abs(points));
  return `${points < 0 ? MINUS : ""}${number}${NBSP}${plural(Math.abs(points), ru.nouns.балл)}`;
}

function boundText(step: RatingStep, percent: boolean): string {
  const sign = step.when === ">=" ? "≥" : ">";
  if (step.bound === "average") return `${sign} ${ru.rating.rules.average}`;
  return `${sign} ${formatPlain(step.bound)}${percent ? `${NBSP}%` : ""}`;
}

/** The line's points rule in words, for the sheet: «≥ 100 % — 5 баллов; иначе 0». */
export function ruleText(line: RatingLine): string {
  const { rule } = line;
  const words = ru.rating.rules;
  const percent = line.value === "percent";
  let text: string;
  switch (rule.kind) {
    case "none":
      text = words.none;
      break;
    case "yesNo":
      text = `${words.yes} — ${pointsText(rule.yes)}; ${words.no} — ${pointsText(rule.no)}`;
      break;
    case "perUnit":
      text =
        rule.per === 1
          ? `${pointsText(rule.points)} ${words.eachUnit}`
          : `${pointsText(rule.points)} ${words.eachStep(`${formatPlain(rule.per)}${percent ? `${NBSP}%` : ""}`)}`;
      break;
    case "steps":
      text = [
        ...rule.steps.map((step) => `${boundText(step, percent)} — ${pointsText(step.points)}`),
        `${words.otherwise} ${pointsText(rule.otherwise)}`,
      ].join("; ");
      break;
  }
  return line.reading ? `${text}. ${words.reading(line.reading)}` : text;
}
