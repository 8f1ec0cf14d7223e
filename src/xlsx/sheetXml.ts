import type { GridCell, SourceSheet } from "../core/features/import/model";

/**
 * A fast read of an .xlsx package's values for received files: sheets, shared strings and cells
 * straight from the XML, nothing else (no styles, no formulas beyond their cached values). ExcelJS
 * takes seconds per hundred thousand cells; a 40 000-row protocol must open in well under that, and its
 * worksheets are read as they are inflated (`PackageStream`), so that memory holds the rows, not the XML.
 */

/** The zip's text entries, by path inside the package. */
export type PackageEntries = (path: string) => Promise<string | undefined>;

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, code: string) => {
    if (code[0] !== "#") return ENTITIES[code.toLowerCase()] ?? "";
    const value = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return String.fromCodePoint(value);
  });
}

/** Texts of every <t> inside a string item (rich text runs joined), phonetic runs left out. */
function itemText(xml: string): string {
  const withoutPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  for (const match of withoutPhonetic.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t\s*\/>/g)) text += match[1] ?? "";
  return unescapeXml(text);
}

export function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\s*\/>/g)].map((match) => itemText(match[1] ?? ""));
}

/** Zero-based column of a reference like «AB12». */
function columnOf(ref: string): number {
  let col = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return col - 1;
}

/**
 * A worksheet's rows read from its XML as it is inflated, piece by piece: only the unfinished tail of the text
 * is held, never the whole part (a 40 000-row protocol is some 20 MB of XML, several times that while decoded
 * and matched at once).
 */
export class SheetRowReader {
  readonly rows: GridCell[][] = [];
  private pending = "";
  private state: "before" | "data" | "after" = "before";
  private rowIndex = -1;

  constructor(private readonly strings: readonly string[]) {}

  push(text: string): void {
    if (this.state === "after") return;
    this.pending += text;
    if (this.state === "before") {
      const start = this.pending.indexOf("<sheetData");
      if (start < 0) {
        // Keep enough to find the tag when it is split between pieces.
        this.pending = this.pending.slice(-"<sheetData".length);
        return;
      }
      this.pending = this.pending.slice(start);
      this.state = "data";
    }
    const end = this.pending.indexOf("</sheetData>");
    if (end >= 0) {
      this.readRows(this.pending.slice(0, end));
      this.pending = "";
      this.state = "after";
      return;
    }
    const last = this.pending.lastIndexOf("</row>");
    if (last < 0) return;
    this.readRows(this.pending.slice(0, last + "</row>".length));
    this.pending = this.pending.slice(last + "</row>".length);
  }

  /** The rows once the whole part was pushed. */
  end(): GridCell[][] {
    if (this.state === "data") this.readRows(this.pending);
    this.pending = "";
    this.state = "after";
    return this.rows;
  }

  private readRows(data: string): void {
    const { rows, strings } = this;
    for (const rowMatch of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      const r = /\br="(\d+)"/.exec(rowMatch[1]);
      this.rowIndex = r ? Number(r[1]) - 1 : this.rowIndex + 1;
      const line: GridCell[] = [];
      let col = -1;
      for (const cell of (rowMatch[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const attrs = cell[1];
        const ref = /\br="([A-Z]+)\d+"/.exec(attrs);
        col = ref ? columnOf(ref[1]) : col + 1;
        const body = cell[2] ?? "";
        const type = /\bt="(\w+)"/.exec(attrs)?.[1] ?? "n";
        const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
        let value: GridCell = null;
        if (type === "s") value = v === undefined ? null : (strings[Number(v)] ?? null);
        else if (type === "inlineStr") value = itemText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? "");
        else if (type === "str") value = v === undefined ? null : unescapeXml(v);
        else if (type === "b") value = v === undefined ? null : v === "1";
        else if (type === "e") value = v === undefined ? null : unescapeXml(v);
        else if (v !== undefined && v !== "") value = Number(v);
        while (line.length < col) line.push(null);
        line[col] = value;
      }
      while (rows.length < this.rowIndex) rows.push([]);
      rows[this.rowIndex] = line;
    }
  }
}

/** The values of one worksheet's XML as a grid from A1. */
export function sheetRows(xml: string, strings: readonly string[]): GridCell[][] {
  const reader = new SheetRowReader(strings);
  reader.push(xml);
  return reader.end();
}

/** The workbook's sheets in tab order, each with its part's path. */
export function sheetParts(workbookXml: string, relsXml: string): { name: string; path: string }[] {
  const targets = new Map<string, string>();
  for (const rel of relsXml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = /\bId="([^"]+)"/.exec(rel[1])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(rel[1])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`);
  }
  return [...workbookXml.matchAll(/<sheet\b([^>]*)\/?>/g)].flatMap((sheet) => {
    const name = /\bname="([^"]*)"/.exec(sheet[1])?.[1];
    const id = /\br:id="([^"]+)"/.exec(sheet[1])?.[1] ?? /\b\w+:id="([^"]+)"/.exec(sheet[1])?.[1];
    const path = id ? targets.get(id) : undefined;
    return name !== undefined && path ? [{ name: unescapeXml(name), path }] : [];
  });
}

/**
 * A part's text handed over piece by piece as it is inflated; resolves false when the package has no such part.
 */
export type PackageStream = (path: string, onText: (text: string) => void) => Promise<boolean>;

/** Every worksheet of the package as grids; undefined when the package has no workbook part. */
export async function readSheets(entry: PackageEntries, stream?: PackageStream): Promise<SourceSheet[] | undefined> {
  const [workbook, rels, strings] = await Promise.all([
    entry("xl/workbook.xml"),
    entry("xl/_rels/workbook.xml.rels"),
    entry("xl/sharedStrings.xml"),
  ]);
  if (!workbook || !rels) return undefined;
  const shared = sharedStrings(strings);
  const sheets: SourceSheet[] = [];
  for (const part of sheetParts(workbook, rels)) {
    if (stream) {
      const reader = new SheetRowReader(shared);
      if (await stream(part.path, (text) => reader.push(text))) sheets.push({ name: part.name, rows: reader.end() });
      continue;
    }
    const xml = await entry(part.path);
    if (xml !== undefined) sheets.push({ name: part.name, rows: sheetRows(xml, shared) });
  }
  return sheets;
}
