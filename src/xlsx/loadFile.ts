import * as fs from "fs";
import type * as ExcelJS from "exceljs";
import { readProblem } from "./package/problems";
import { workbookFromBytes } from "./workbookBytes";

/**
 * Reads a workbook file: its bytes as workbookFromBytes reads them (each problem with the file a Russian message),
 * the file remembered so that saving the workbook carries over what ExcelJS does not keep.
 */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  let bytes: Uint8Array;
  try {
    if (fs.statSync(path).isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    bytes = fs.readFileSync(path);
  } catch (error) {
    throw readProblem(error, path);
  }
  return workbookFromBytes(bytes, path);
}
