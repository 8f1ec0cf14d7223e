import { roundHalfUp } from "../math/rounding";

const NBSP = "\u00a0";
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(digits: number, signed: boolean): Intl.NumberFormat {
  const key = `${digits}:${signed}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat("ru-RU", {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: signed ? "exceptZero" : "auto",
    });
    formatters.set(key, found);
  }
  return found;
}

/** The true minus sign «−» of Russian typography, never a hyphen. */
export const MINUS = "\u2212";

/** «34,2», «3 800» (non-breaking space between groups), «−2,3», rounded half-up like the tables. */
export function formatNumber(value: number, digits = 1): string {
  return formatter(digits, false)
    .format(roundHalfUp(value, digits))
    .replace(/[-\u2212]/g, MINUS);
}

/** «+4,8», «−2,0», «0,0»: a change with its sign, a true minus. */
export function formatSigned(value: number, digits = 1): string {
  return formatter(digits, true)
    .format(roundHalfUp(value, digits))
    .replace(/[-\u2212]/g, MINUS);
}

/** «34,2 %» with a non-breaking space, as Russian typography wants. */
export function formatPercent(value: number, digits = 1): string {
  return `${formatNumber(value, digits)}${NBSP}%`;
}

/** «+4,8 п.п.» */
export function formatPoints(value: number, digits = 1): string {
  return `${formatSigned(value, digits)}${NBSP}п.п.`;
}

/** A number as it stands in a message: whole numbers without decimals, others with a comma. */
export function formatPlain(value: number): string {
  return Number.isInteger(value) ? formatNumber(value, 0) : String(value).replace(".", ",").replace("-", MINUS);
}

const pluralRules = new Intl.PluralRules("ru-RU");

/** Forms of a Russian noun for one, few and many: ["школа", "школы", "школ"]. */
export type NounForms = readonly [one: string, few: string, many: string];

/** Picks the noun form a number needs: 1 школа, 3 школы, 5 школ, 1,5 школы. */
export function plural(count: number, forms: NounForms): string {
  switch (pluralRules.select(count)) {
    case "one":
      return forms[0];
    case "few":
      return forms[1];
    case "many":
      return forms[2];
    default:
      return forms[1]; // "other" is what Intl gives for fractions: «1,5 школы»
  }
}

/** The noun after a number as shown: a decimal fraction always takes the genitive singular («4,2 балла», «5,0 балла»). */
export function pluralShown(value: number, digits: number, forms: NounForms): string {
  return digits > 0 ? forms[1] : plural(value, forms);
}

/** «5 школ», «21 школа». */
export function countOf(count: number, forms: NounForms): string {
  return `${formatPlain(count)}${NBSP}${plural(count, forms)}`;
}
