import { listWithAnd } from "../core/base/text/grammar";
import type * as ExcelJS from "exceljs";
import { filesRu } from "../core/base/i18n/files";
import { webTexts as t } from "../core/base/i18n/web";
import { createFileOperations, FileBook, newWorkbook, ShownCell } from "../xlsx/fileOperations";
import { FileProblem } from "../xlsx/package/problems";
import { workbookFromBytes, workbookToBytes } from "../xlsx/workbookBytes";
import { ROLES_SHEET } from "../xlsx/readWorkbook";

/**
 * The workbook open in the page and the pane's operations over it. This module brings ExcelJS and the catalog,
 * so the page loads it only when a book is opened or started.
 */

let current: FileBook | undefined;
let cellListener: ((cell: ShownCell) => void) | undefined;

function open(): FileBook {
  if (!current) throw new Error(t.noBook);
  return current;
}

export const operations = createFileOperations(open, { onSelect: (cell) => cellListener?.(cell) });

/** Where the page shows the cell of a finding the user picked. */
export function onShowCell(listener: (cell: ShownCell) => void): void {
  cellListener = listener;
}

/** The book's visible sheets (not the add-in's hidden register of roles). */
const sheetCount = (workbook: ExcelJS.Workbook) => workbook.worksheets.filter((s) => s.name !== ROLES_SHEET).length;

/**
 * Reads a picked file as the open book. A file that is no workbook, damaged or encrypted throws a FileProblem
 * with the Russian message, and the book open before stays as it was.
 */
export async function openBook(bytes: Uint8Array, name: string): Promise<{ sheets: number }> {
  const workbook = await workbookFromBytes(bytes, name, t.files);
  current = { workbook, changed: false };
  return { sheets: sheetCount(workbook) };
}

export function startBook(): void {
  current = { workbook: newWorkbook(), changed: false };
}

/** The open book as .xlsx bytes, with what could not be carried over from the file it was read from. */
export async function saveBook(): Promise<{ bytes: Uint8Array; notices: string[] }> {
  const book = open();
  let written: Awaited<ReturnType<typeof workbookToBytes>>;
  try {
    written = await workbookToBytes(book.workbook);
  } catch {
    throw new FileProblem(t.saveFailed, "");
  }
  book.changed = false;
  const lost = written.lost.map((kind) => filesRu.parts[kind]);
  const parts = listWithAnd(lost);
  return { bytes: written.bytes, notices: lost.length > 0 ? [t.lost(parts)] : [] };
}

/** True when the open book has changes not yet saved. */
export const hasChanges = (): boolean => Boolean(current?.changed);
