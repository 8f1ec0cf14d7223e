import JSZip from "jszip";
import type { SourceTable } from "../core/features/library/appendix";

/**
 * The tables of a Word document (.docx) as grids of cell texts, each with the paragraph just above it
 * as its caption. A cell merged across columns repeats its text in the columns it spans; a cell
 * merged down leaves the rows below it empty. Nested tables are read as text of their cell.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

const TOKEN = /<(\/?)w:(tbl|tr|tc|p|t|tab|br|gridSpan|vMerge)\b([^>]*?)(\/?)>|([^<]+)|<[^>]*>/g;

interface Cell {
  text: string;
  span: number;
  continued: boolean;
}

export function tablesOfDocumentXml(xml: string): SourceTable[] {
  const tables: SourceTable[] = [];
  let depth = 0; // table nesting
  let rows: string[][] = [];
  let row: Cell[] = [];
  let cell: Cell | undefined;
  let paragraph = "";
  let lastParagraph = "";
  let caption = "";
  let inText = false;
  for (const match of xml.matchAll(TOKEN)) {
    const [, closing, tag, attributes = "", selfClosing, text] = match;
    if (text !== undefined) {
      if (inText) paragraph += decode(text);
      continue;
    }
    if (!tag) continue;
    const open = closing !== "/";
    switch (tag) {
      case "t":
        inText = open && selfClosing !== "/";
        break;
      case "tab":
      case "br":
        if (open) paragraph += " ";
        break;
      case "p":
        if (open && selfClosing !== "/") paragraph = depth > 1 ? paragraph : "";
        else if (!open) {
          const finished = paragraph.replace(/[\s\u00a0]+/g, " ").trim();
          if (depth === 0) {
            if (finished !== "") lastParagraph = finished;
          } else if (cell && depth === 1) cell.text = cell.text ? `${cell.text} ${finished}`.trim() : finished;
          if (depth <= 1) paragraph = "";
          else paragraph += " ";
        }
        break;
      case "tbl":
        if (open) {
          depth++;
          if (depth === 1) {
            rows = [];
            caption = lastParagraph;
          }
        } else {
          depth--;
          if (depth === 0) {
            tables.push({ ...(caption && { caption }), rows });
            lastParagraph = "";
          }
        }
        break;
      case "tr":
        if (depth !== 1) break;
        if (open) row = [];
        else rows.push(expand(row));
        break;
      case "tc":
        if (depth !== 1) break;
        if (open) cell = { text: "", span: 1, continued: false };
        else if (cell) {
          row.push(cell);
          cell = undefined;
        }
        break;
      case "gridSpan":
        if (cell && depth === 1) cell.span = Math.max(1, Number(/w:val="(\d+)"/.exec(attributes)?.[1] ?? 1));
        break;
      case "vMerge":
        if (cell && depth === 1) cell.continued = !/w:val="restart"/.test(attributes);
        break;
    }
  }
  return tables;
}

/** A row's cells laid on the grid: spans repeated across, continued (merged-down) cells left empty. */
function expand(cells: readonly Cell[]): string[] {
  const texts: string[] = [];
  for (const cell of cells) {
    for (let i = 0; i < cell.span; i++) texts.push(cell.continued ? "" : cell.text);
  }
  return texts;
}

export class NotAWordDocument extends Error {}

/** Reads a .docx file's tables; throws NotAWordDocument when the bytes are not a Word document. */
export async function readDocxTables(bytes: Uint8Array | ArrayBuffer): Promise<SourceTable[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new NotAWordDocument();
  }
  const part = zip.file("word/document.xml");
  if (!part) throw new NotAWordDocument();
  return tablesOfDocumentXml(await part.async("string"));
}
