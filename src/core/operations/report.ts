import type { ReportDocument } from "../features/analysis/document";
import { storedReportDocument } from "../features/analysis/reportDocument";
import { wordReportTexts } from "../base/i18n/wordReport";
import { WordLayout, wordLayoutOf } from "../base/model/wordLayout";
import { settingsFromWorkbook } from "../sheets/resultSettingsSheet";
import type { ExistingSheet } from "../workbook/existing";

/** The справка as a document to render: its content, its page layout, the file's name and what to tell the user. */
export interface WordReport {
  readonly document: ReportDocument;
  readonly layout: WordLayout;
  /** «Справка МСОКО 2024-2025.docx» */
  readonly fileName: string;
  readonly period: string;
  /** Unreadable rows, changed thresholds. */
  readonly notices: readonly string[];
}

/**
 * «Скачать справку (Word)» and `msoko report`: the справка of a workbook the add-in laid out, for a period (the
 * latest of the book by default), laid out as its «Пороги результатов» say.
 */
export function planWordReport(existing: readonly ExistingSheet[], period?: string): WordReport {
  const made = storedReportDocument(existing, period);
  return {
    document: made.document,
    layout: wordLayoutOf(settingsFromWorkbook(existing).settings),
    fileName: wordReportTexts.fileName(made.period),
    period: made.period,
    notices: made.notices,
  };
}
