/** Grammatical gender and number of a phrase's head word, for verb agreement. */
export type Agreement = "masculine" | "feminine" | "neuter" | "plural";

const PLURAL_ADJECTIVES_IN_IE = new Set([
  "средние",
  "последние",
  "внешние",
  "внутренние",
  "высокие",
  "низкие",
  "лучшие",
]);

/**
 * Guesses how the first word of an indicator name agrees: «Доля …» feminine, «Количество …»
 * neuter, «Средний балл …» masculine, «Результаты …» plural. Indicator names start with a noun
 * or an adjective in the nominative, which is all this needs to handle.
 */
export function agreementOf(phrase: string): Agreement {
  const word = (phrase.trim().split(/[\s,(«"]+/)[0] ?? "").toLowerCase();
  if (/(ий|ый|ой)$/.test(word)) return "masculine";
  if (/(ая|яя)$/.test(word)) return "feminine";
  if (/(ое|ее)$/.test(word)) return "neuter";
  if (/ые$/.test(word) || PLURAL_ADJECTIVES_IN_IE.has(word)) return "plural";
  if (/(ие|ье|о|е|ё)$/.test(word)) return "neuter";
  if (/ость$/.test(word)) return "feminine";
  if (/[ая]$/.test(word)) return "feminine";
  if (/[ыи]$/.test(word)) return "plural";
  return "masculine";
}

/** Verb or adjective forms for each agreement. */
export type AgreementForms = Readonly<Record<Agreement, string>>;

export function agree(phrase: string, forms: AgreementForms): string {
  return forms[agreementOf(phrase)];
}

/** «доля участников» → «Доля участников». */
/** «A, B и C»: items of a list in a sentence. */
export function listWithAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} и ${items[items.length - 1]}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("ru-RU") + text.slice(1);
}

/** Inside a sentence: the first letter lower-cased unless the word is an abbreviation («Доля» → «доля», «ВПР» stays). */
export function inSentence(text: string): string {
  const [first, second] = text;
  if (first === undefined || second === undefined || second !== second.toLocaleLowerCase("ru-RU")) return text;
  return first.toLocaleLowerCase("ru-RU") + text.slice(1);
}

/**
 * A participial or relative clause opened by a comma («…, получивших «2»», «…, в отношении которых …»)
 * must close before the verb.
 */
const OPEN_CLAUSE =
  /,\s+(?:(?:\S+\s+)?\S+(?:вших|вшихся|щих|щихся|ших|емых|имых|нных|тых)|(?:\S+\s+){0,2}котор|где\b)/i;

export function closesClause(subject: string): string {
  return OPEN_CLAUSE.test(subject) && !subject.endsWith(",") ? `${subject},` : subject;
}

/** Forms of a noun after a number in the genitive («из 31 показателя», «из 5 показателей») and the dative («по 31 показателю»). */
export interface CountedNoun {
  readonly genitive: readonly [one: string, few: string, many: string];
  readonly dative: readonly [one: string, few: string, many: string];
}

const pluralRulesRu = new Intl.PluralRules("ru-RU");
const pick = (count: number, forms: readonly [string, string, string]) => {
  const rule = pluralRulesRu.select(count);
  return rule === "one" ? forms[0] : rule === "many" ? forms[2] : forms[1];
};

/**
 * «по всем 31 показателю» when the part is the whole, else «по 12 из 31 показателя»: the noun
 * agrees with the last number, in the case its preposition wants.
 */
export function partOfWhole(part: number, whole: number, noun: CountedNoun, format: (n: number) => string): string {
  if (part === whole && whole > 1) return `по всем ${format(whole)}\u00a0${pick(whole, noun.dative)}`;
  return `по ${format(part)} из ${format(whole)}\u00a0${pick(whole, noun.genitive)}`;
}
