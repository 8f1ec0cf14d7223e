import { builtInCatalog } from "../../src/core/catalog";
import { type Trigger } from "../../src/core/features/analysis/model";
import { ACTORS } from "../../src/core/base/model/terms";
import { DEFAULT_PHRASES } from "../../src/core/features/analysis/phraseBank";
import { ANY_THEME, THEMES, themeOfPhrase, themeOfSystem } from "../../src/core/features/analysis/recommend";
import { normaliseWhitespace, occursInSeed, readSeed } from "../helpers/seeds";

const SOURCE = /^(\d{3}_[0-9a-f]{16}\.txt), (.+?), стр\. (\d+): «(.+)»$/;
const MAIN_TRIGGERS: readonly Trigger[] = ["declined", "unstable", "notReached", "insufficient", "lowSchools"];

const words = (text: string) =>
  (
    text
      .toLowerCase()
      .replace(/ё/g, "е")
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(" ");

function parseSource(source: string) {
  const match = SOURCE.exec(source);
  if (!match) throw new Error(`unreadable source: ${source}`);
  return { document: match[1], section: match[2], line: Number(match[3]), quote: match[4] };
}

describe("DEFAULT_PHRASES", () => {
  it("has at least 60 phrases with unique ids", () => {
    expect(DEFAULT_PHRASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(DEFAULT_PHRASES.map((phrase) => phrase.id)).size).toBe(DEFAULT_PHRASES.length);
  });

  it.each(DEFAULT_PHRASES.map((phrase) => [phrase.id, phrase] as const))(
    "%s keeps a verbatim fragment of its source at the cited line",
    (_, phrase) => {
      const { document, line, quote } = parseSource(phrase.source);
      expect(quote.split(/\s+/).length).toBeGreaterThanOrEqual(4);
      expect(occursInSeed(document, quote)).toBe(true);
      const cited = readSeed(document).split("\n")[line - 1] ?? "";
      expect(normaliseWhitespace(cited)).toContain(normaliseWhitespace(quote));
      // The wording keeps at least four consecutive words of the source.
      const quoteWords = words(quote).split(" ");
      const text = ` ${words(phrase.text)} `;
      const kept = quoteWords.some(
        (_, i) => i + 4 <= quoteWords.length && text.includes(` ${quoteWords.slice(i, i + 4).join(" ")} `),
      );
      expect(kept).toBe(true);
    },
  );

  it("is well formed: known actors, the id names theme, trigger and a verb-first text", () => {
    for (const phrase of DEFAULT_PHRASES) {
      expect(ACTORS).toContain(phrase.actor);
      const [theme, trigger] = phrase.id.split(".");
      expect([...THEMES, ANY_THEME]).toContain(theme);
      expect(trigger).toBe(phrase.trigger);
      expect(phrase.text).toMatch(/^[а-яё]/);
      expect(phrase.text).toMatch(/\.$/);
      expect(phrase.text.replace(/\{показатель\}|\{ОО\}/g, "")).not.toMatch(/[{}]/);
    }
  });

  it("covers every theme with every main trigger, and gives fallbacks for any system", () => {
    const missing = [...THEMES, ANY_THEME].flatMap((theme) =>
      MAIN_TRIGGERS.filter(
        (trigger) => !DEFAULT_PHRASES.some((phrase) => themeOfPhrase(phrase) === theme && phrase.trigger === trigger),
      ).map((trigger) => `${theme}.${trigger}`),
    );
    expect(missing).toEqual([]);
    for (const trigger of MAIN_TRIGGERS) {
      const actors = new Set(
        DEFAULT_PHRASES.filter((p) => themeOfPhrase(p) === ANY_THEME && p.trigger === trigger).map((p) => p.actor),
      );
      expect(actors.size).toBeGreaterThanOrEqual(3);
    }
    const actors = new Set(DEFAULT_PHRASES.map((phrase) => phrase.actor));
    expect([...actors].sort()).toEqual([...ACTORS].sort());
  });

  it("draws on all three documents with measures", () => {
    const documents = new Set(DEFAULT_PHRASES.map((phrase) => parseSource(phrase.source).document));
    expect([...documents].sort()).toEqual([
      "000_114db9a20a22e4e2.txt",
      "002_d95a040aa3f20d92.txt",
      "004_01284385d8a2a410.txt",
    ]);
  });
});

describe("themeOfSystem", () => {
  it("recognises the theme of every system of the built-in frameworks but the regional nine", () => {
    const themes = builtInCatalog().frameworks.flatMap((framework) =>
      framework.systems.map((system) => [`${framework.id} ${system.code}`, themeOfSystem(system)] as const),
    );
    expect(Object.fromEntries(themes)).toEqual({
      "asino 1": "training",
      "asino 2": "lowResults",
      "asino 3": "talent",
      "asino 4": "career",
      "asino 5": "leaders",
      "asino 6": "teachers",
      "asino 7": "upbringing",
      "asino 8": "preschool",
      "tula 3.1": "training",
      "tula 3.2": "lowResults",
      "tula 3.3": "talent",
      "tula 3.4": "career",
      "tula 4.1": "objectivity",
      "tula 4.2": "leaders",
      "tula 4.3": "teachers",
      "tula 4.4": "teachers",
      "tula 4.5": "upbringing",
      "tula P5-7": "objectivity",
      "tula P3.5": undefined,
      "abinsk 1.1": "training",
      "abinsk 1.2": "lowResults",
      "abinsk 1.3": "talent",
      "abinsk 1.4": "career",
      "abinsk 2.1": "leaders",
      "abinsk 2.2": "teachers",
      "abinsk 2.3": "upbringing",
      "abinsk 2.4": "preschool",
      "taimyr 7.1.1": "training",
      "taimyr 7.1.2": "lowResults",
      "taimyr 7.1.3": "talent",
      "taimyr 7.1.4": "career",
      "taimyr 7.2.1": "leaders",
      "taimyr 7.2.2": "teachers",
      "taimyr 7.2.3": "upbringing",
      "taimyr 7.2.4": "preschool",
    });
  });
});
