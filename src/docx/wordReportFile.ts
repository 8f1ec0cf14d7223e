import { planWordReport } from "../core/operations/report";
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
  const report = planWordReport(existing, period);
  const { renderDocx } = await import(/* webpackChunkName: "docx" */ "./renderDocx");
  return {
    bytes: await renderDocx(report.document, report.layout),
    fileName: report.fileName,
    period: report.period,
    notices: report.notices,
  };
}
