/**
 * A loose comparison of indicator wordings across documents: the same «Доля участников ВПР,
 * показавших высокие результаты» is written with other cases, quotes, OCR damage and filler words.
 */

const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  a: "а",
  c: "с",
  e: "е",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
  k: "к",
  m: "м",
  t: "т",
  h: "н",
  b: "в",
};

/** Words that carry no meaning for matching: prepositions, conjunctions, «в том числе». */
const STOP_WORDS = new Set([
  "в",
  "во",
  "на",
  "по",
  "с",
  "со",
  "и",
  "или",
  "а",
  "о",
  "об",
  "от",
  "до",
  "для",
  "из",
  "к",
  "при",
  "не",
  "том",
  "числе",
  "т",
  "ч",
  "их",
  "его",
  "которых",
  "которые",
  "который",
  "общем",
  "числа",
  "количестве",
  "количества",
  "был",
  "была",
  "были",
]);

/** Abbreviations that different documents use for the same thing (Абинск writes ШССУ for ШНСУ). */
const SYNONYMS: readonly (readonly [RegExp, string])[] = [[/шссу/g, "шнсу"]];

/** Lower case, «ё» as «е», Latin look-alikes inside Cyrillic words repaired, punctuation as spaces. */
export function normaliseWording(text: string): string {
  const plain = text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[a-z]/g, (letter, offset: number, whole: string) => {
      const around = whole.slice(Math.max(0, offset - 1), offset + 2);
      return /[а-я]/.test(around) ? (LATIN_LOOKALIKES[letter] ?? letter) : letter;
    })
    .replace(/[«»"'“”„()[\],.;:!?–—-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return SYNONYMS.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), plain);
}

/** Stem by the first five letters: enough to fold Russian case endings of the same word. */
const STEM_LENGTH = 5;

export function wordingStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of normaliseWording(text).split(" ")) {
    if (word === "" || STOP_WORDS.has(word)) continue;
    stems.add(/^\d/.test(word) ? word : word.slice(0, STEM_LENGTH));
  }
  return stems;
}

/** Jaccard similarity of two stem sets: 1 for the same words, 0 for none in common. */
export function stemSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const stem of a) if (b.has(stem)) common++;
  return common / (a.size + b.size - common);
}
