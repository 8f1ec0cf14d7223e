import * as fs from "fs";
import * as ExcelJS from "exceljs";
import { filesRu } from "../core/i18n/files";
import { openPackage } from "./package/open";
import { FileProblem, readProblem } from "./package/problems";
import { repairNotes } from "./package/repair";
import { rememberSource } from "./package/source";

/**
 * Reads a workbook file. What the file is gets checked by its bytes first (empty, .xls, password-protected, text,
 * damaged, too large: each a Russian message), and parts ExcelJS trips over are patched; the package is remembered
 * so that saving the workbook carries over what ExcelJS does not keep.
 */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  let bytes: Uint8Array;
  try {
    if (fs.statSync(path).isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    bytes = fs.readFileSync(path);
  } catch (error) {
    throw readProblem(error, path);
  }
  const opened = await openPackage(bytes, path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(opened.forExcelJs as unknown as ExcelJS.Buffer);
  } catch {
    throw new FileProblem(filesRu.unreadable(path), path);
  }
  repairNotes(workbook);
  rememberSource(workbook, { path, opened });
  return workbook;
}
