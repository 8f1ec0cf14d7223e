import type { FormOutcome } from "./collect";
import type { FormPlan } from "../features/forms/plan";
import type { ReceivedForm } from "../features/forms/read";

/** A file as the pane hands it over: its name and bytes. */
export interface FormFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What «Формы для ОО» and «Собрать формы» ask of the workbook; the shells implement these. */
export interface FormsOperations {
  /** The book's periods, oldest first. */
  periods(): Promise<readonly string[]>;
  /** A form for every organisation for the period; the book gets its id first if it has none. */
  makeForms(period: string): Promise<{ files: FormFile[]; notices: readonly string[] }>;
  /** What collecting the files would do, without changing the book. */
  previewForms(files: readonly FormFile[], period: string, replace: boolean): Promise<readonly FormOutcome[]>;
  /** Takes the files into the book and updates «Сбор данных». */
  collectForms(files: readonly FormFile[], period: string, replace: boolean): Promise<readonly FormOutcome[]>;
}

/** How form files are written and read: the file shell (src/xlsx/formFile) gives these to an Office.js shell. */
export interface FormFileCodec {
  formBytes(plan: FormPlan): Promise<Uint8Array>;
  receivedForm(file: string, bytes: Uint8Array): Promise<ReceivedForm>;
}
