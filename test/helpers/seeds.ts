import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The source documents (official municipal acts, as text) are fixtures of the repository: see test/fixtures/seeds/README.md. */
export const seedsDir = join(__dirname, "..", "fixtures", "seeds");

const cache = new Map<string, string>();

export function readSeed(document: string): string {
  let text = cache.get(document);
  if (text === undefined) {
    text = readFileSync(join(seedsDir, document), "utf8");
    cache.set(document, text);
  }
  return text;
}

/** Collapses every run of whitespace (tabs, newlines, non-breaking spaces) to one space. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

/** Whether `phrase` stands in the document, whitespace normalised on both sides. */
export function occursInSeed(document: string, phrase: string): boolean {
  return normaliseWhitespace(readSeed(document)).includes(normaliseWhitespace(phrase));
}
