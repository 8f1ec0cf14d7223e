import { libraryTexts } from "../base/i18n/library";
import { inSentence } from "../base/text/grammar";

/**
 * The source documents as a methodologist names them: «Источник» on «Показатели» says the document
 * and its section, never the file the catalog was read from. A document holding several acts (Тула:
 * the Положение and the Программа) names each by the section's first word.
 */

interface DocumentNames {
  /** The document's name, or the name of each act it holds keyed by the section's first word. */
  readonly name: string;
  readonly parts?: Readonly<Record<string, string>>;
}

export const SOURCE_DOCUMENTS: Readonly<Record<string, DocumentNames>> = {
  "000_114db9a20a22e4e2.txt": { name: "Положение о МСОКО, Асиновский район" },
  "001_8394eba6cc65d5b0.txt": { name: "Положение о МСОКО, Таймырский район" },
  "002_d95a040aa3f20d92.txt": { name: "Программа повышения качества образования на 2024–2026 годы, Абинский район" },
  "003_c2f9cc6eb99b76b2.txt": { name: "Методика оценки механизмов управления качеством образования" },
  "004_01284385d8a2a410.txt": {
    name: "Положение о МСОКО и Программа управления качеством образования, город Тула",
    parts: {
      Положение: "Положение о МСОКО, город Тула",
      Программа: "Программа управления качеством образования на 2021–2023 годы, город Тула",
    },
  },
  // One's own Положение, read from the user's file or put together from the library.
  own: { name: libraryTexts.ownMunicipality },
};

/** «3.1» of an act is its «раздел 3.1». */
const SECTION = "раздел ";
const partSection = (rest: string): string => (/^\d/.test(rest) ? `${SECTION}${rest}` : inSentence(rest));

/** «Положение о МСОКО, Асиновский район, приложение 1, таблица 1»; a file name only for a document we do not know. */
export function documentSection(document: string, section: string): string {
  const names = SOURCE_DOCUMENTS[document];
  if (!names) return `${document}, ${section}`;
  const [first, ...rest] = section.split(/,\s*/);
  const part = names.parts?.[first];
  if (part) return rest.length > 0 ? `${part}, ${partSection(rest.join(", "))}` : part;
  return `${names.name}, ${inSentence(section)}`;
}

/** The document and section a typed «Источник» names, when it starts with a known document's name. */
export function parseDocumentSection(typed: string): { document: string; section: string } | undefined {
  for (const [document, names] of Object.entries(SOURCE_DOCUMENTS)) {
    for (const [first, part] of Object.entries(names.parts ?? {})) {
      if (typed.startsWith(`${part}, `)) {
        const rest = typed.slice(part.length + 2).replace(/^раздел\s+(?=\d)/, "");
        return { document, section: `${first}, ${rest}` };
      }
      if (typed === part) return { document, section: first };
    }
    if (typed.startsWith(`${names.name}, `)) {
      const rest = typed.slice(names.name.length + 2);
      return { document, section: rest.charAt(0).toUpperCase() + rest.slice(1) };
    }
  }
  return undefined;
}
