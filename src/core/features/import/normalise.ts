/** Text normalisation for finding tables by their header text and matching school names. */

const LOOK_ALIKES: Readonly<Record<string, string>> = {
  a: "а",
  b: "в",
  c: "с",
  e: "е",
  h: "н",
  k: "к",
  m: "м",
  o: "о",
  p: "р",
  t: "т",
  x: "х",
  y: "у",
};

/** Trimmed, spaces collapsed (non-breaking too), ё → е, lower case. */
export function plainText(text: string): string {
  return text
    .replace(/[\s\u00a0\u2007\u202f]+/g, " ")
    .trim()
    .toLowerCase()
    .replace(/ё/g, "е");
}

/** Latin letters that look Cyrillic become Cyrillic, in a word that has a Cyrillic letter (or in every word when `all`). */
export function cyrillicLookAlikes(text: string, all = false): string {
  return text.replace(/[a-zа-яё0-9]+/gi, (word) =>
    all || /[а-яё]/i.test(word) ? word.replace(/[a-z]/gi, (ch) => LOOK_ALIKES[ch.toLowerCase()] ?? ch) : word,
  );
}

/** Header text as compared: trimmed, spaces collapsed, ё → е, Latin look-alikes → Cyrillic, lower case. */
export function normalise(value: unknown): string {
  if (value === null || value === undefined) return "";
  return cyrillicLookAlikes(plainText(String(value)), true);
}

/** True when the header cell holds every fragment (each normalised). */
export function headerHas(cell: unknown, ...fragments: string[]): boolean {
  const text = normalise(cell);
  return text !== "" && fragments.every((fragment) => text.includes(normalise(fragment)));
}

const ORG_FORMS = /(^|\s)(м[бка]?оу|г[бка]?оу|моу|чоу|ано|оу)(?=\s|$)/g;

/**
 * A school's name reduced to what tells schools apart: quotes, spaces and punctuation dropped,
 * «№ 1» → «№1», «г. Урус-Мартан» → «г.урус-мартан», the organisational form (МБОУ, МОУ, МКОУ …) dropped,
 * «Средняя общеобразовательная школа» → «сош», ё → е, Latin look-alikes → Cyrillic.
 */
export function schoolKey(name: string): string {
  let text = cyrillicLookAlikes(plainText(name));
  text = text
    .replace(/\((edu|еду)\d+\)/g, " ")
    .replace(/[«»"'“”„`‘’]/g, " ")
    .replace(/муниципальное\s+(бюджетное|казенное|автономное)?\s*общеобразовательное\s+учреждение/g, " ")
    .replace(/средняя\s+общеобразовательная\s+школа/g, "сош")
    .replace(/основная\s+общеобразовательная\s+школа/g, "оош")
    .replace(/начальная\s+общеобразовательная\s+школа/g, "нош")
    .replace(/№\s*/g, "№")
    .replace(/(^|\s)(г|с|п|пос|ст|х|д)\.\s*/g, "$1$2.")
    .replace(/[,;:()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  text = text.replace(ORG_FORMS, " ").replace(/\s+/g, " ").trim();
  return text;
}

const GENERIC_WORD =
  /^(муниципальн|район|округ|городск|город|образован|поселен|сельск|итого|всего|по$|мо$|г$|го$|р-н$|м\.?р$)/;

/** The distinctive stem of a municipality's name: «Урус-Мартановский муниципальный район(reg20_m012)» → «урус-мартанов». */
export function municipalityStem(name: string): string {
  const words = cyrillicLookAlikes(plainText(name))
    .replace(/\([^)]*\)/g, " ")
    .replace(/[«»"'.,:]/g, " ")
    .split(" ")
    .filter((word) => word !== "" && !GENERIC_WORD.test(word));
  const first = words[0];
  if (!first) return "";
  return first.length > 6 ? first.slice(0, first.length - 3) : first;
}

/** True when two municipality names name the same municipality. */
export function sameMunicipality(a: string, b: string): boolean {
  const x = municipalityStem(a);
  const y = municipalityStem(b);
  return x !== "" && y !== "" && (x.startsWith(y) || y.startsWith(x));
}
