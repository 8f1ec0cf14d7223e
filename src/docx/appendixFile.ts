import JSZip from "jszip";
import { ownTexts } from "../core/base/i18n/ownFramework";
import type { SourceTable } from "../core/features/library/appendix";
import { tablesOfPastedText } from "../core/features/library/pastedText";
import { sharedStrings, sheetParts, sheetRows } from "../xlsx/sheetXml";
import { tablesOfDocumentXml } from "./readTables";

/**
 * One's own Положение picked in the pane, as bytes: the tables of a Word document, of each sheet of
 * a workbook, or of text copied from a Word table. The kind is told by the bytes, so a renamed file
 * gets the right message; nothing here needs Node, ExcelJS or the network.
 */

export type AppendixFileReading =
  { readonly ok: true; readonly tables: SourceTable[] } | { readonly ok: false; readonly reason: string };

const t = ownTexts.file;
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** Zero-based row and column of «AB12». */
function cellAt(ref: string): { row: number; col: number } | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!match) return undefined;
  const col = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, col };
}

/**
 * A worksheet as a table of cell texts; a cell merged across columns repeats its text in the columns it
 * spans (as Word tables are read), one merged down leaves the rows below empty.
 */
export function tableOfSheetXml(xml: string, strings: readonly string[]): SourceTable {
  const rows = sheetRows(xml, strings).map((row) =>
    Array.from(row, (value) => (typeof value === "string" || typeof value === "number" ? String(value) : "")),
  );
  for (const merge of xml.matchAll(/<mergeCell\b[^>]*\bref="([A-Z]+\d+):([A-Z]+\d+)"/g)) {
    const from = cellAt(merge[1]);
    const to = cellAt(merge[2]);
    const row = from && rows[from.row];
    if (!from || !to || !row) continue;
    for (let col = from.col + 1; col <= to.col; col++) row[col] = row[from.col] ?? "";
  }
  const width = Math.max(0, ...rows.map((row) => row.length));
  return { rows: rows.map((row) => Array.from({ length: width }, (_, col) => row[col] ?? "")) };
}

async function zipTables(name: string, zip: JSZip): Promise<AppendixFileReading> {
  const text = (path: string) => zip.file(path)?.async("string");
  const document = await text("word/document.xml");
  if (document !== undefined) return { ok: true, tables: tablesOfDocumentXml(document) };
  const [workbook, rels, strings] = await Promise.all([
    text("xl/workbook.xml"),
    text("xl/_rels/workbook.xml.rels"),
    text("xl/sharedStrings.xml"),
  ]);
  if (workbook === undefined || rels === undefined) {
    return { ok: false, reason: /\.xls[xm]$/i.test(name) ? t.notWorkbook(name) : t.notDocx(name) };
  }
  const shared = sharedStrings(strings);
  const tables: SourceTable[] = [];
  for (const part of sheetParts(workbook, rels)) {
    const xml = await text(part.path);
    if (xml !== undefined) tables.push(tableOfSheetXml(xml, shared));
  }
  return { ok: true, tables };
}

/** Text has no NUL bytes; UTF-8 unless that garbles, then Windows-1251 (Notepad's older files). */
function textOf(bytes: Uint8Array): string | undefined {
  if (bytes.subarray(0, 4096).includes(0)) return undefined;
  const utf8 = new TextDecoder("utf-8").decode(bytes);
  return utf8.includes("\uFFFD") ? new TextDecoder("windows-1251").decode(bytes) : utf8;
}

export async function readAppendixFile(name: string, bytes: Uint8Array): Promise<AppendixFileReading> {
  if (bytes.length === 0) return { ok: false, reason: t.empty(name) };
  if (startsWith(bytes, ZIP)) {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch {
      return { ok: false, reason: /\.xls[xm]$/i.test(name) ? t.notWorkbook(name) : t.notDocx(name) };
    }
    return zipTables(name, zip);
  }
  if (startsWith(bytes, OLE2)) {
    return { ok: false, reason: /\.xls$/i.test(name) ? t.notWorkbook(name) : t.oldWord(name) };
  }
  if (/\.docx$/i.test(name)) return { ok: false, reason: t.notDocx(name) };
  if (/\.xls[xm]$/i.test(name)) return { ok: false, reason: t.notWorkbook(name) };
  const text = textOf(bytes);
  return text === undefined
    ? { ok: false, reason: t.unknownKind(name) }
    : { ok: true, tables: tablesOfPastedText(text) };
}
