/**
 * A declarative description of a workbook: what sheets, cells, formats, tables and rules it has.
 * The core plans it once; the Office.js shell and the .xlsx shell both apply it. Addresses are
 * zero-based row/column indices within a sheet; A1 strings appear only inside formulas.
 */

export type CellValue = string | number | boolean | null;

/** A cell is a value or a formula in English function names with comma separators («=SUM(A1,B1)»). */
export type PlannedCell = CellValue | { readonly formula: string };

/** Named looks, so both shells render one calm, consistent style. */
export type CellStyle =
  | "title" // sheet title line
  | "subtitle" // explanatory line under the title
  | "header" // table header
  | "input" // a cell the user types into
  | "computed" // a formula result
  | "label" // row labels (indicator names)
  | "note" // small grey remarks, defaults, sources
  | "link"; // a hyperlink to another sheet

export interface CellRange {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** A rectangle of cells written in one go. `numberFormat` applies to the whole block when given. */
export interface Block {
  readonly row: number;
  readonly col: number;
  readonly cells: readonly (readonly PlannedCell[])[];
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

export interface StyledRange {
  readonly range: CellRange;
  readonly style: CellStyle;
  readonly numberFormat?: string;
  readonly wrap?: boolean;
}

export type ValidationRule =
  | { readonly kind: "wholeNumber"; readonly min: number; readonly max?: number }
  | { readonly kind: "decimal"; readonly min: number; readonly max: number }
  | { readonly kind: "list"; readonly items: readonly string[] }
  /** A list whose items stand in a range (needed past 255 characters): sheet name and A1 range. */
  | { readonly kind: "listFromRange"; readonly source: string };

export interface PlannedValidation {
  readonly range: CellRange;
  readonly rule: ValidationRule;
  /** Russian text shown when the entry is refused. */
  readonly errorMessage: string;
  /** Values like «не проводилось» pass the rule only when allowed; Excel can't, so it is a warning-level rule. */
  readonly allowOtherText?: boolean;
}

/** Colour a range by the sign of its numbers: green for good news, red for bad, per direction. */
export interface PlannedConditionalFormat {
  readonly range: CellRange;
  /** Formula relative to the range's top-left cell, true where the rule applies, e.g. «=AND(ISNUMBER(F5),F5>0)». */
  readonly formula: string;
  readonly look: "good" | "bad" | "flag";
}

export interface PlannedTable {
  readonly name: string;
  readonly range: CellRange; // including the header row
}

export interface PlannedHyperlink {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  /** Target inside the workbook, e.g. «'Показатели'!A1». */
  readonly target: string;
}

/** A native chart over cells of the same sheet, placed over a block of cells. */
export interface PlannedChart {
  readonly type: "line" | "columnClustered" | "barClustered";
  readonly title: string;
  /** The data with its header row and label column. */
  readonly data: CellRange;
  readonly seriesBy: "rows" | "columns";
  /** The cells the chart covers. */
  readonly anchor: CellRange;
}

export interface SheetPlan {
  readonly name: string;
  /** What this sheet is to the add-in; stored with the sheet so reruns recognise their own sheets. */
  readonly role: string;
  readonly columnWidths: readonly number[]; // in characters
  /** Heights (points) of rows whose wrapped text needs more than one line, in runs of equal height. */
  readonly rowHeights?: readonly { readonly row: number; readonly rows: number; readonly height: number }[];
  readonly blocks: readonly Block[];
  readonly styles: readonly StyledRange[];
  readonly tables: readonly PlannedTable[];
  readonly validations: readonly PlannedValidation[];
  readonly conditionalFormats: readonly PlannedConditionalFormat[];
  readonly hyperlinks: readonly PlannedHyperlink[];
  /** Cells merged across, for long text rows outside tables. */
  readonly merges?: readonly CellRange[];
  /** Added after the data is written. The .xlsx shell cannot write charts (ExcelJS has none) and skips them. */
  readonly charts?: readonly PlannedChart[];
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly print: {
    readonly landscape: boolean;
    readonly fitToWidth: boolean;
    /** What prints: the rest of the sheet (helper data, notes) stays off paper. */
    readonly area?: CellRange;
    /** Rows repeated at the top of every printed page. */
    readonly titleRows?: { readonly row: number; readonly rows: number };
    /** A new printed page starts at each of these rows (zero-based). */
    readonly rowBreaks?: readonly number[];
  };
  readonly tabColor?: string;
  /** A service sheet the user need not see (e.g. the record of values fed from results). */
  readonly hidden?: boolean;
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
}
