import { storedReportDocument } from "../core/features/analysis/reportDocument";
import { wordReportTexts } from "../core/base/i18n/wordReport";
import { settingsFromWorkbook } from "../core/sheets/resultSettingsSheet";
import { wordLayoutOf } from "../core/base/model/wordLayout";
import type { ExistingSheet } from "../core/workbook/existing";

/** The справка as a Word file, ready to save or to offer for download. */
export interface WordReportFile {
  readonly bytes: Uint8Array;
  /** «Справка МСОКО 2024-2025.docx» */
  readonly fileName: string;
  readonly period: string;
  /** What to tell the user: unreadable rows, changed thresholds. */
  readonly notices: readonly string[];
}

/**
 * The справка of a workbook the add-in laid out, for a period (the latest of the book by default), laid out as
 * its «Пороги результатов» say. The docx library is loaded only here, on demand: in the pane it is a chunk of
 * its own, fetched when the user asks for the Word file, never part of the first bundle.
 */
export async function wordReportFile(existing: readonly ExistingSheet[], period?: string): Promise<WordReportFile> {
  const made = storedReportDocument(existing, period);
  const layout = wordLayoutOf(settingsFromWorkbook(existing).settings);
  const { renderDocx } = await import(/* webpackChunkName: "docx" */ "./renderDocx");
  return {
    bytes: await renderDocx(made.document, layout),
    fileName: wordReportTexts.fileName(made.period),
    period: made.period,
    notices: made.notices,
  };
}
