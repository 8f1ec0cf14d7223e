import type JSZip from "jszip";

/** Helpers for the parts of an Open XML package: relationships, content types, part names. */

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

const attr = (tag: string, name: string): string | undefined => {
  const value = tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
  return value === undefined ? undefined : unescapeXml(value);
};

/** «xl/worksheets/sheet1.xml» → «xl/worksheets/_rels/sheet1.xml.rels». */
export const relsPathOf = (part: string) => part.replace(/([^/]*)$/, "_rels/$1.rels");

/** The folder of a part, with its trailing slash. */
export const folderOf = (part: string) => part.replace(/[^/]*$/, "");

/** A relationship target resolved against the folder of its source part: «../drawings/d1.xml» from «xl/worksheets/». */
export function resolvePart(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const out: string[] = [];
  for (const part of `${base}${target}`.split("/")) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.join("/");
}

/** The target to write in a rels file of a part in «from» (a folder) pointing to «to» (a part). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").filter(Boolean);
  const b = to.split("/");
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => ".."), ...b.slice(common)].join("/");
}

export function parseRels(xml: string): Relationship[] {
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map(([tag]) => ({
    id: attr(tag, "Id") ?? "",
    type: attr(tag, "Type") ?? "",
    target: attr(tag, "Target") ?? "",
    external: attr(tag, "TargetMode") === "External",
  }));
}

export function renderRels(rels: readonly Relationship[]): string {
  const lines = rels.map(
    (r) =>
      `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${
        r.external ? ' TargetMode="External"' : ""
      }/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${lines.join("")}</Relationships>`;
}

export async function readRels(zip: JSZip, part: string): Promise<Relationship[]> {
  const xml = await zip.file(relsPathOf(part))?.async("string");
  return xml ? parseRels(xml) : [];
}

/** An id not used by any of the relationships. */
export function freshId(rels: readonly Relationship[], prefix = "rIdMsoko"): string {
  const used = new Set(rels.map((r) => r.id));
  let n = 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** [Content_Types].xml as defaults by extension and overrides by part name. */
export interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

export async function readContentTypes(zip: JSZip): Promise<ContentTypes> {
  const xml = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const [tag] of xml.matchAll(/<(?:\w+:)?Default\b[^>]*>/g)) {
    defaults.set((attr(tag, "Extension") ?? "").toLowerCase(), attr(tag, "ContentType") ?? "");
  }
  for (const [tag] of xml.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)) {
    overrides.set((attr(tag, "PartName") ?? "").replace(/^\//, ""), attr(tag, "ContentType") ?? "");
  }
  return { defaults, overrides };
}

export function contentTypeOf(types: ContentTypes, part: string): string | undefined {
  const extension = part.split(".").pop()?.toLowerCase() ?? "";
  return types.overrides.get(part) ?? types.defaults.get(extension);
}

export function writeContentTypes(zip: JSZip, types: ContentTypes): void {
  const defaults = [...types.defaults].map(
    ([ext, type]) => `<Default Extension="${escapeXml(ext)}" ContentType="${escapeXml(type)}"/>`,
  );
  const overrides = [...types.overrides].map(
    ([part, type]) => `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`,
  );
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults.join("")}${overrides.join("")}</Types>`,
  );
}

/** Records a part's content type in the output, as an override unless the extension's default already says it. */
export function setContentType(types: ContentTypes, part: string, type: string): void {
  const extension = part.split(".").pop()?.toLowerCase() ?? "";
  if (types.defaults.get(extension) === type) return;
  if (!types.defaults.has(extension) && !/\.xml$/i.test(part)) types.defaults.set(extension, type);
  else types.overrides.set(part, type);
}

/** The workbook part, from the package's root relationships. */
export async function workbookPartOf(zip: JSZip): Promise<string | undefined> {
  const root = await readRels(zip, "");
  const target = root.find((r) => r.type.endsWith("/officeDocument"))?.target;
  const part = target ? resolvePart("", target) : undefined;
  if (part && zip.file(part)) return part;
  return zip.file("xl/workbook.xml") ? "xl/workbook.xml" : undefined;
}

export interface SheetEntry {
  name: string;
  part: string;
  /** The tag's position among <sheet> entries: what localSheetId counts. */
  index: number;
}

/** The workbook's sheets in order, with their parts. */
export async function sheetsOf(zip: JSZip, workbook: string): Promise<SheetEntry[]> {
  const xml = (await zip.file(workbook)?.async("string")) ?? "";
  const rels = await readRels(zip, workbook);
  const base = folderOf(workbook);
  const sheets: SheetEntry[] = [];
  let index = 0;
  for (const [tag] of xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(tag, "name");
    const id = tag.match(/\br:id="([^"]*)"/)?.[1] ?? tag.match(/\b\w+:id="([^"]*)"/)?.[1];
    const rel = rels.find((r) => r.id === id);
    if (name !== undefined && rel) sheets.push({ name, part: resolvePart(base, rel.target), index });
    index++;
  }
  return sheets;
}

/** A part name like the wanted one that the package does not hold yet: «xl/drawings/drawing1.xml» → «…drawing2.xml». */
export function freePartName(zip: JSZip, wanted: string, taken: ReadonlySet<string>): string {
  const isTaken = (name: string) => zip.file(name) !== null || taken.has(name);
  if (!isTaken(wanted)) return wanted;
  const match = wanted.match(/^(.*?)(\d*)(\.[^./]+)$/);
  const [, stem, , ext] = match ?? [wanted, wanted, "", ""];
  for (let n = 1; ; n++) {
    const candidate = `${stem}${n}${ext}`;
    if (!isTaken(candidate)) return candidate;
  }
}
