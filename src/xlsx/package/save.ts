import { listWithAnd } from "../../core/base/text/grammar";
import * as fs from "node:fs";
import * as path from "node:path";
import type * as ExcelJS from "exceljs";
import { filesRu } from "../../core/base/i18n/files";
import { workbookToBytes } from "../workbookBytes";
import { FileProblem, writeProblem } from "./problems";
import { diskSteps, writeFileSafely, WriteSteps } from "./safeWrite";
import { sourceOf } from "./source";

/** What a save tells the user besides «записано». */
export interface SaveResult {
  notices: string[];
}

function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [fs.statSync(a), fs.statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

/** «сводные таблицы, макросы (VBA) и связи с другими книгами». */
const listOf = listWithAnd;

/**
 * The one way a command writes a workbook: ExcelJS writes it to memory, the parts ExcelJS leaves out are carried
 * over from the file it was read from, and the bytes replace the target only when fully on disk (see
 * writeFileSafely). Writing over the book it was read from is refused when something in it would be lost.
 */
export async function saveWorkbook(
  workbook: ExcelJS.Workbook,
  target: string,
  steps: WriteSteps = diskSteps,
): Promise<SaveResult> {
  let written: Awaited<ReturnType<typeof workbookToBytes>>;
  try {
    written = await workbookToBytes(workbook);
  } catch (error) {
    throw writeProblem(error, target);
  }
  const notices: string[] = [];
  const source = sourceOf(workbook);
  if (source && written.lost.length > 0) {
    const parts = listOf(written.lost.map((kind) => filesRu.parts[kind]));
    if (sameFile(source.path, target)) throw new FileProblem(filesRu.wouldLose(source.path, parts), source.path);
    notices.push(filesRu.lostInCopy(target, parts));
  }
  writeFileSafely(target, written.bytes, steps);
  return { notices };
}
