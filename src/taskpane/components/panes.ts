import type { ReactNode } from "react";
import type { FormsOperations } from "../../core/operations/forms";
import type { ImportOperations } from "../../core/operations/contract";
import type { WorkbookOperations } from "../../core/operations/contract";
import type { WordFile } from "./WordReportButton";

/** Operations of step 2 and the Word справка: loading results, forms for schools, the .docx file. */
export interface MoreOperations extends ImportOperations, FormsOperations {
  wordReport(): Promise<WordFile>;
}
import type { StatusState } from "../state/workbookStatus";

/** What every panel of the pane receives. */
export interface PaneContext {
  /** The workbook operations; their code and the catalog load on first use. */
  readonly operations: WorkbookOperations;
  /** Import, forms and the Word справка; their code (and ExcelJS, docx) loads on first use. */
  readonly more: MoreOperations;
  /** Whether this host lets the pane download a file (not Excel for Mac or iPad). */
  readonly canDownload: boolean;
  readonly status: StatusState;
  /** Reads the workbook's status again (after an operation changed it). */
  refresh(): Promise<void>;
  /** Opens another tab, e.g. the next step after a success. */
  goTo(tab: string): void;
  insertFormula(formula: string): Promise<string>;
}

/** A tab of the pane: its label, the step of the year it serves, and what it shows. */
export interface PaneTab {
  readonly id: string;
  readonly label: string;
  /** Step 1–4 of «Листы → Данные → Проверка → Справка» this tab carries out. */
  readonly step?: number;
  readonly render: (context: PaneContext) => ReactNode;
}
