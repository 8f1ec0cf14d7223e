import type { PlannedCell } from "../base/plan/types";

/** A sheet already in the workbook: its name, the role the add-in gave it (none: the user's), its cells. */
export interface ExistingSheet {
  readonly name: string;
  readonly role?: string;
  readonly cells?: readonly (readonly PlannedCell[])[];
  /** Cell notes (comments) on the add-in's sheets, where the shell can read them; zero-based. */
  readonly notes?: readonly CellNote[];
  /** On the user's own sheets, where the shell reads them: formulas that read other sheets; zero-based. */
  readonly formulas?: readonly SheetFormula[];
}

export interface CellNote {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/** A formula on one of the user's own sheets that reads another sheet: where it stands and its text. */
export interface SheetFormula {
  readonly row: number;
  readonly col: number;
  readonly formula: string;
}
