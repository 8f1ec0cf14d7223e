import * as ExcelJS from "exceljs";
import type { CarryLossKind } from "../core/base/i18n/files";
import { filesRu } from "../core/base/i18n/files";
import { carryOver } from "./package/carryOver";
import { openPackage, OpenTexts } from "./package/open";
import { FileProblem } from "./package/problems";
import { repairNotes, restoreEmptyCellNotes } from "./package/repair";
import { rememberSource, sourceOf } from "./package/source";

/**
 * A workbook to and from bytes, in Node and in the browser: the command line reads and writes files
 * with these (src/xlsx/loadFile.ts, package/save.ts), the page (src/web) the files a user picks and downloads.
 */

/**
 * Reads a workbook from a file's bytes. What the file is gets checked by its bytes first (empty, .xls,
 * password-protected, text, damaged, too large: each a Russian message naming `name`), and parts ExcelJS trips
 * over are patched; the package is remembered so that writing the workbook carries over what ExcelJS does not keep.
 */
export async function workbookFromBytes(
  bytes: Uint8Array,
  name: string,
  texts: OpenTexts = filesRu,
): Promise<ExcelJS.Workbook> {
  const opened = await openPackage(bytes, name, texts);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(opened.forExcelJs as unknown as ExcelJS.Buffer);
  } catch {
    throw new FileProblem(texts.unreadable(name), name);
  }
  repairNotes(workbook);
  await restoreEmptyCellNotes(workbook, opened.zip);
  rememberSource(workbook, { path: name, opened });
  return workbook;
}

/** A workbook's bytes, and the kinds of parts of the file it was read from that could not be carried over. */
export async function workbookToBytes(
  workbook: ExcelJS.Workbook,
): Promise<{ bytes: Uint8Array; lost: CarryLossKind[] }> {
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const source = sourceOf(workbook);
  if (!source) return { bytes, lost: [] };
  return carryOver(source.opened.zip, bytes);
}
