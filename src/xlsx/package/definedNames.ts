import type JSZip from "jszip";
import { sheetsOf } from "./parts";

/**
 * Defined names as the user's book had them. ExcelJS rewrites print areas of whole columns as «$BNaN:$PNaN» and
 * folds sheet-local names of the same name into one global name; the original entries are put back, their
 * localSheetId renumbered for the written book's sheet order, and names ExcelJS added for sheets it wrote are kept.
 */

interface DefinedName {
  name: string;
  /** The sheet a local name belongs to, by name; undefined for a global name. */
  sheet?: string;
  /** The whole element as written, with localSheetId="#" in place of its number. */
  element: string;
}

const NAMES_BLOCK =
  /<(?:\w+:)?definedNames\b[^>]*>([\s\S]*?)<\/(?:\w+:)?definedNames>|<(?:\w+:)?definedNames\b[^>]*\/>/;

function parseNames(workbookXml: string, sheetByIndex: ReadonlyMap<number, string>): DefinedName[] {
  const block = workbookXml.match(NAMES_BLOCK)?.[1] ?? "";
  return [...block.matchAll(/<((?:\w+:)?definedName)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/g)].map(
    ([element, , attrs]) => {
      const local = attrs.match(/\blocalSheetId="(\d+)"/)?.[1];
      return {
        name: attrs.match(/\bname="([^"]*)"/)?.[1] ?? "",
        sheet: local === undefined ? undefined : (sheetByIndex.get(Number(local)) ?? "\u0000gone"),
        element: element.replace(/\blocalSheetId="\d+"/, 'localSheetId="#"'),
      };
    },
  );
}

const keyOf = (n: DefinedName) => `${n.name.toLowerCase()}\u0000${n.sheet?.toLowerCase() ?? ""}`;

/** ExcelJS's own filter ranges follow the tables it wrote; everything else of the user's wins. */
const OURS_WIN = /^_xlnm\._FilterDatabase$/i;

export async function mergeDefinedNames(
  source: JSZip,
  sourceWorkbook: string,
  target: JSZip,
  targetWorkbook: string,
): Promise<void> {
  const sourceXml = (await source.file(sourceWorkbook)?.async("string")) ?? "";
  const targetXml = (await target.file(targetWorkbook)?.async("string")) ?? "";
  const sourceSheets = await sheetsOf(source, sourceWorkbook);
  const targetSheets = await sheetsOf(target, targetWorkbook);
  const indexOf = new Map(targetSheets.map((s) => [s.name.toLowerCase(), s.index]));

  const before = parseNames(sourceXml, new Map(sourceSheets.map((s) => [s.index, s.name])));
  const written = parseNames(targetXml, new Map(targetSheets.map((s) => [s.index, s.name])));
  if (before.length === 0 && written.every((n) => !n.element.includes("NaN"))) return;

  const writtenByKey = new Map(written.map((n) => [keyOf(n), n]));
  const result: DefinedName[] = [];
  const seen = new Set<string>();
  for (const name of before) {
    if (name.sheet !== undefined && !indexOf.has(name.sheet.toLowerCase())) continue;
    const ours = writtenByKey.get(keyOf(name));
    result.push(OURS_WIN.test(name.name) && ours ? ours : name);
    seen.add(keyOf(name));
  }
  // A name the user had in any scope is theirs as they had it: ExcelJS's version (local names folded into one global
  // name, whole columns as NaN) is not added beside it.
  const userNames = new Set(before.map((n) => n.name.toLowerCase()));
  for (const name of written) {
    if (seen.has(keyOf(name)) || userNames.has(name.name.toLowerCase()) || name.element.includes("NaN")) continue;
    result.push(name);
  }
  const elements = result.map((n) =>
    n.sheet === undefined
      ? n.element
      : n.element.replace('localSheetId="#"', `localSheetId="${indexOf.get(n.sheet.toLowerCase())}"`),
  );
  const block = elements.length > 0 ? `<definedNames>${elements.join("")}</definedNames>` : "";
  // Replacer functions: a name's formula holds «$1:$1», which a replacement string would read as a group.
  const next = NAMES_BLOCK.test(targetXml)
    ? targetXml.replace(NAMES_BLOCK, () => block)
    : targetXml.replace(/(<\/(?:\w+:)?sheets>)/, (sheets) => `${sheets}${block}`);
  target.file(targetWorkbook, next);
}
