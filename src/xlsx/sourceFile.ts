import type JSZip from "jszip";
import { importTexts as t } from "../core/base/i18n/import";
import { csvSourceFile } from "../core/features/import/csv";
import type { RefusedFile, SourceFile } from "../core/features/import/model";
import type { ImportFile } from "../core/operations/import";
import { parseSourceFile } from "../core/features/import/parse";

/**
 * A received file's bytes as grids of values, in Node and in the browser. The kind is told by the
 * bytes, not the extension, so a renamed file gets the right message: .xlsx (a zip) is read straight
 * from its XML with JSZip, loaded only when needed; an OLE2 file is an old .xls or a password-protected workbook
 * (both refused with a message saying what to do); a web page or XML table under .xls is refused the same way;
 * anything else is read as CSV text when it is text.
 */

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Encrypted OOXML sits in an OLE2 container holding an «EncryptedPackage» stream (its name in UTF-16LE). */
function hasEncryptedPackage(bytes: Uint8Array): boolean {
  const name = Array.from("EncryptedPackage").flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + name.length <= bytes.length; i++) {
    for (let k = 0; k < name.length; k++) if (bytes[i + k] !== name[k]) continue outer;
    return true;
  }
  return false;
}

/** Text has no NUL bytes and few control characters in its first kilobytes. */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) control += 1;
  }
  return control < sample.length / 100 + 1;
}

/** A web page or an XML Spreadsheet 2003 (often saved as .xls by other systems): not CSV, whatever its name. */
function markupKind(text: string): "html" | "xml" | undefined {
  const head = text
    .slice(0, 4096)
    .replace(/^[\uFEFF\s]+/, "")
    .toLowerCase();
  if (!head.startsWith("<")) return undefined;
  // XML Spreadsheet 2003 holds <Table> too: its root tells it from a web page.
  if (/<workbook\b[^>]*urn:schemas-microsoft-com:office:spreadsheet/.test(head)) return "xml";
  return /<(!doctype html|html|table|body)\b/.test(head) ? "html" : undefined;
}

/** Text of a CSV file: UTF-8 (a BOM or not) unless that garbles, then Windows-1251. */
export function decodeText(bytes: Uint8Array): string {
  const utf8 = new TextDecoder("utf-8").decode(bytes);
  return utf8.includes("\uFFFD") ? new TextDecoder("windows-1251").decode(bytes) : utf8;
}

/** JSZip's internal stream of a part (not in its typings): text pieces as the part is inflated. */
interface PartStream {
  on(event: "data", listener: (text: string) => void): PartStream;
  on(event: "end", listener: () => void): PartStream;
  on(event: "error", listener: (error: unknown) => void): PartStream;
  resume(): PartStream;
}

function streamPart(file: JSZip.JSZipObject | null, onText: (text: string) => void): Promise<boolean> {
  if (!file) return Promise.resolve(false);
  const stream = (file as unknown as { internalStream(type: "string"): PartStream }).internalStream("string");
  return new Promise((resolve, reject) => {
    stream
      .on("data", onText)
      .on("error", reject)
      .on("end", () => resolve(true))
      .resume();
  });
}

async function xlsxSourceFile(name: string, bytes: Uint8Array): Promise<SourceFile | RefusedFile> {
  const [{ default: JSZip }, { readSheets }] = await Promise.all([import("jszip"), import("./sheetXml")]);
  try {
    const zip = await JSZip.loadAsync(bytes);
    const sheets = await readSheets(
      (path) => zip.file(path)?.async("string") ?? Promise.resolve(undefined),
      (path, onText) => streamPart(zip.file(path), onText),
    );
    return sheets ? { name, sheets } : { refused: true, reason: t.notSpreadsheet(name) };
  } catch {
    return { refused: true, reason: t.notSpreadsheet(name) };
  }
}

export async function readSourceFile(name: string, bytes: Uint8Array): Promise<SourceFile | RefusedFile> {
  if (bytes.length === 0) return { refused: true, reason: t.empty(name) };
  if (startsWith(bytes, ZIP)) return xlsxSourceFile(name, bytes);
  if (startsWith(bytes, OLE2))
    return { refused: true, reason: hasEncryptedPackage(bytes) ? t.encrypted(name) : t.xls(name) };
  if (looksLikeText(bytes)) {
    const text = decodeText(bytes);
    const markup = markupKind(text);
    return markup ? { refused: true, reason: t.markup(name, markup === "html") } : csvSourceFile(name, text);
  }
  return { refused: true, reason: t.notSpreadsheet(name) };
}

/** A file the user picked: its name and bytes. */
export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Picked files read and parsed, in order; each one refused or parsed on its own. */
export async function parsePickedFiles(files: readonly PickedFile[]): Promise<ImportFile[]> {
  const parsed: ImportFile[] = [];
  for (const file of files) {
    const read = await readSourceFile(file.name, file.bytes);
    parsed.push({ name: file.name, outcome: "refused" in read ? read : parseSourceFile(read) });
  }
  return parsed;
}
