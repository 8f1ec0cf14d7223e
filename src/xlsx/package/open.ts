import JSZip from "jszip";
import { filesRu } from "../../core/base/i18n/files";
import { formatPlain } from "../../core/base/text/format";
import { LIMITS } from "./limits";
import { sheetsOf, workbookPartOf } from "./parts";
import { FileProblem } from "./problems";
import { sniffFile } from "./sniff";

/** The messages of a file that cannot be opened; the page words them for a file picked, not a path typed. */
export type OpenTexts = Pick<
  typeof filesRu,
  | "empty"
  | "xls"
  | "encrypted"
  | "text"
  | "ods"
  | "notWorkbook"
  | "damaged"
  | "unreadable"
  | "tooLargeFile"
  | "tooManyCells"
  | "tooManyCellsBook"
  | "tooMuchSheetData"
>;

/** A workbook package read from a file: its zip, and bytes ready for ExcelJS (patched where ExcelJS would fail). */
export interface OpenedPackage {
  zip: JSZip;
  /** The file as it was on disk. The zip is this, except table parts patched for ExcelJS. */
  original: Uint8Array;
  /** What ExcelJS should load: the original, or a copy with parts patched for it. */
  forExcelJs: Uint8Array;
}

/** JSZip streams a part's content in chunks; its typings leave this out. */
interface ChunkStream {
  on(event: "data", listener: (chunk: string) => void): ChunkStream;
  on(event: "end", listener: () => void): ChunkStream;
  on(event: "error", listener: (error: unknown) => void): ChunkStream;
  pause(): ChunkStream;
  resume(): ChunkStream;
}
interface Streamable {
  internalStream(type: "string"): ChunkStream;
}
interface Sized {
  _data?: { uncompressedSize?: number };
}

/** The first characters of a part, without inflating all of it. */
function headOf(zip: JSZip, name: string, length = 4096): Promise<string> {
  const file = zip.file(name) as unknown as Streamable | null;
  if (!file) return Promise.resolve("");
  return new Promise((resolve) => {
    let text = "";
    const stream = file.internalStream("string");
    stream
      .on("data", (chunk) => {
        text += chunk;
        if (text.length >= length) {
          stream.pause();
          resolve(text);
        }
      })
      .on("end", () => resolve(text))
      .on("error", () => resolve(text));
    stream.resume();
  });
}

const COLUMN = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Rows × columns a sheet declares in <dimension ref="A1:Z100">. */
export function declaredCells(head: string): number {
  const ref = head.match(/<(?:\w+:)?dimension\b[^>]*\bref="([^"]+)"/)?.[1];
  const match = ref?.match(/^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i);
  if (!match) return 0;
  const [, c1, r1, c2 = c1, r2 = r1] = match;
  return (Math.abs(COLUMN(c2) - COLUMN(c1)) + 1) * (Math.abs(Number(r2) - Number(r1)) + 1);
}

const grouped = (n: number) => formatPlain(n);

/** Refuses books too large to load before ExcelJS tries (and runs out of memory). */
async function guardSize(zip: JSZip, workbook: string, path: string, texts: OpenTexts): Promise<void> {
  let xmlBytes = 0;
  let cells = 0;
  for (const { part, name } of await sheetsOf(zip, workbook)) {
    const file = zip.file(part);
    if (!file) continue;
    xmlBytes += (file as unknown as Sized)._data?.uncompressedSize ?? 0;
    const declared = declaredCells(await headOf(zip, part));
    if (declared > LIMITS.sheetCells) {
      throw new FileProblem(texts.tooManyCells(path, name, grouped(declared), grouped(LIMITS.sheetCells)), path);
    }
    cells += declared;
  }
  if (cells > LIMITS.bookCells) {
    throw new FileProblem(texts.tooManyCellsBook(path, grouped(cells), grouped(LIMITS.bookCells)), path);
  }
  if (xmlBytes > LIMITS.sheetXmlBytes) {
    const [megabytes, limit] = [xmlBytes, LIMITS.sheetXmlBytes].map((n) => grouped(Math.round(n / 1024 / 1024)));
    throw new FileProblem(texts.tooMuchSheetData(path, megabytes, limit), path);
  }
}

const STYLE_INFO = '<tableStyleInfo showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/>';

/**
 * LibreOffice (and ONLYOFFICE, Р7-Офис) write tables without <tableStyleInfo>; ExcelJS then fails on write with
 * «Cannot read properties of null (reading 'theme')» or gives the table the style of the table read before it.
 * Such a table gets an explicit «no style» entry, which is what it means.
 */
async function patchTables(zip: JSZip): Promise<boolean> {
  let patched = false;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/i.test(n))) {
    const xml = await zip.file(name)!.async("string");
    if (/<(?:\w+:)?tableStyleInfo\b/.test(xml)) continue;
    const next = xml.replace(/(<\/(?:\w+:)?tableColumns>)/, `$1${STYLE_INFO}`);
    if (next !== xml) {
      zip.file(name, next);
      patched = true;
    }
  }
  return patched;
}

/**
 * Opens a file as a workbook package, or says in Russian what it is instead: empty, .xls, password-protected,
 * text, another kind of zip, damaged, too large.
 */
export async function openPackage(bytes: Uint8Array, path: string, texts: OpenTexts = filesRu): Promise<OpenedPackage> {
  if (bytes.length > LIMITS.fileBytes) {
    const megabytes = grouped(Math.round(bytes.length / 1024 / 1024));
    throw new FileProblem(texts.tooLargeFile(path, megabytes, grouped(LIMITS.fileBytes / 1024 / 1024)), path);
  }
  switch (sniffFile(bytes)) {
    case "empty":
      throw new FileProblem(texts.empty(path), path);
    case "xls":
      throw new FileProblem(texts.xls(path), path);
    case "encrypted":
      throw new FileProblem(texts.encrypted(path), path);
    case "text":
      throw new FileProblem(texts.text(path), path);
    case "unknown":
      throw new FileProblem(texts.notWorkbook(path), path);
    case "zip":
      break;
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new FileProblem(texts.damaged(path), path);
  }
  if (zip.file("EncryptedPackage") || zip.file("EncryptionInfo")) throw new FileProblem(texts.encrypted(path), path);
  const workbook = await workbookPartOf(zip);
  if (!workbook) {
    const mimetype = (await zip.file("mimetype")?.async("string")) ?? "";
    if (mimetype.includes("opendocument.spreadsheet")) throw new FileProblem(texts.ods(path), path);
    throw new FileProblem(texts.notWorkbook(path), path);
  }
  await guardSize(zip, workbook, path, texts);
  const forExcelJs = (await patchTables(zip)) ? await zip.generateAsync({ type: "uint8array" }) : bytes;
  return { zip, original: bytes, forExcelJs };
}
