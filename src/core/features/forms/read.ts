import { formsText } from "../../base/i18n/forms";
import type { PlannedCell } from "../../base/plan/types";
import { scanSheet, ScannedSheet } from "../../workbook/inputs";
import { FormIdentity, readIdentity } from "./identity";

/** A sheet of a received file, as read: its name and cells (formulas as formulas). */
export interface ReceivedSheet {
  readonly name: string;
  readonly cells: readonly (readonly PlannedCell[])[];
}

/** A received file: its name as the user knows it, and its sheets. */
export interface ReceivedForm {
  readonly file: string;
  readonly sheets: readonly ReceivedSheet[];
  /** Why the file could not be opened as a workbook, when it could not. */
  readonly unreadable?: string;
}

export interface FormReading {
  readonly identity?: FormIdentity;
  /** Where the identity was read: the hidden sheet, or the visible block (a suite dropped the hidden sheet). */
  readonly identityFrom?: "hidden" | "visible";
  /** The sheet holding the table, and the table scanned. */
  readonly sheet?: string;
  readonly scan?: ScannedSheet;
}

/**
 * Reads what a form is and what it holds. The hidden identity sheet is preferred; the visible
 * block stands in when a suite dropped hidden sheets on the way.
 */
export function readForm(form: ReceivedForm): FormReading {
  const hidden = form.sheets.find((sheet) => sheet.name === formsText.idSheetName);
  const visible = form.sheets.filter((sheet) => sheet !== hidden);
  const table =
    visible.find((sheet) => sheet.name === formsText.sheetName && scanSheet(sheet.cells)) ??
    visible.find((sheet) => scanSheet(sheet.cells));
  const fromHidden = hidden ? readIdentity(hidden.cells) : undefined;
  const fromVisible = fromHidden ? undefined : visible.map((sheet) => readIdentity(sheet.cells)).find(Boolean);
  const identity = fromHidden ?? fromVisible;
  return {
    identity,
    identityFrom: fromHidden ? "hidden" : fromVisible ? "visible" : undefined,
    sheet: table?.name,
    scan: table ? scanSheet(table.cells) : undefined,
  };
}
