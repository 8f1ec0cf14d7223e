import * as ExcelJS from "exceljs";
import type { ReportDocument } from "../../src/core/features/analysis/document";
import { planStoredAnalysis, type AnalysisPlan } from "../../src/core/operations/analyse";
import { demoRequest } from "../../src/core/features/demo/demoData";
import { buildIntoWorkbook, existingSheets } from "../../src/xlsx/buildFile";

/** The demo workbook's справка for its latest period, built once per test file, dated for stable snapshots. */
export function demoReport(): AnalysisPlan {
  const workbook = new ExcelJS.Workbook();
  buildIntoWorkbook(workbook, demoRequest());
  return planStoredAnalysis(existingSheets(workbook), undefined, {
    date: { year: 2025, month: 9, day: 15 },
    preparedBy: "методист ИМЦ",
  });
}

/** The document as plain text, one block a line: what a reader reads, tables row by row. */
export function documentText(document: ReportDocument): string {
  const lines: string[] = [
    document.title.authority,
    document.title.title,
    document.title.municipality,
    document.title.date,
  ];
  for (const section of document.sections) {
    for (const block of section.blocks) {
      if (block.kind === "heading")
        lines.push(`${"#".repeat(block.level)} ${block.number ? `${block.number}. ` : ""}${block.text}`);
      else if (block.kind === "paragraph") lines.push(block.style === "bullet" ? `— ${block.text}` : block.text);
      else if (block.kind === "table") {
        if (block.caption) lines.push(block.caption);
        for (const row of [...block.header, ...block.rows]) lines.push(row.map((cell) => cell.text).join(" | "));
      } else lines.push(`[${block.title}: ${block.series.map((s) => `${s.name} ${s.values.join("/")}`).join("; ")}]`);
    }
  }
  return lines.join("\n");
}

/** Body text: the document without the appendix, as the length limit counts it. */
export function bodyText(document: ReportDocument): string {
  return documentText({ ...document, sections: document.sections.filter((section) => section.id !== "appendix") });
}
