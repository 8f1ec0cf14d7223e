import { normalise } from "./normalise";

/** Subject names as files spell them, brought to one spelling so files of different sources meet on one row. */

const CANONICAL: readonly [RegExp, string][] = [
  [/^математика.*(проф|\(п\)|\sп$)/, "Математика (профильная)"],
  [/^математика.*(баз|\(б\)|\sб$)/, "Математика (базовая)"],
  [/^русск/, "Русский язык"],
  [/^обществозн/, "Обществознание"],
  [/^информатика/, "Информатика"],
  [/^окружающ/, "Окружающий мир"],
  [/^англ/, "Английский язык"],
  [/^немец/, "Немецкий язык"],
  [/^франц/, "Французский язык"],
  [/^испан/, "Испанский язык"],
  [/^китай/, "Китайский язык"],
];

export function canonicalSubject(text: string): string {
  const trimmed = text
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/,\s*чел\.?\s*$/i, "")
    .trim();
  const plain = normalise(trimmed);
  const known = CANONICAL.find(([pattern]) => pattern.test(plain));
  if (known) return known[1];
  return trimmed.charAt(0).toLocaleUpperCase("ru") + trimmed.slice(1).toLocaleLowerCase("ru");
}

/**
 * ЕГЭ minimum scores (Рособрнадзор, the threshold that confirms mastering the programme), by
 * canonical subject. A subject missing here gets no band distribution, only participants and average.
 */
export const EGE_MINIMUM: Readonly<Record<string, number>> = {
  "Русский язык": 24,
  "Математика (профильная)": 27,
  Физика: 36,
  Химия: 36,
  Информатика: 40,
  Биология: 36,
  История: 32,
  География: 37,
  Обществознание: 42,
  Литература: 32,
  "Английский язык": 22,
  "Немецкий язык": 22,
  "Французский язык": 22,
  "Испанский язык": 22,
  "Китайский язык": 17,
};
