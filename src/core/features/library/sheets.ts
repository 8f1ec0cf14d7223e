import { ROLES } from "../../workbook/roles";
import { libraryTexts as t } from "../../base/i18n/library";
import { ru } from "../../base/i18n/ru";
import { SheetGrid } from "../../base/plan/sheetGrid";
import type { SheetPlan } from "../../base/plan/types";
import type { AppendixDraft, AppendixProblem } from "./appendix";
import type { LibraryEntry } from "./library";

export const LIBRARY_ROLE = ROLES.library;
export const REVIEW_ROLE = ROLES.appendixReview;
const HEADER_ROW = 3;
const catalogWords = ru.catalogSheet;

const audienceText = (kinds: readonly string[]) =>
  kinds.map((kind) => catalogWords.audience[kind as keyof typeof catalogWords.audience]).join(", ");

/**
 * «Библиотека показателей»: every indicator of the built-in documents, by mechanism, for picking one's
 * own Положение: «да» in «Взять» takes a row, «Своя формулировка» renames it (the document's wording
 * stays beside it). `msoko catalog --from` reads the sheet back.
 */
export function librarySheetPlan(library: readonly LibraryEntry[]): SheetPlan {
  const h = t.librarySheet.headers;
  const headers = [
    h.take,
    h.mechanism,
    h.criterion,
    h.indicator,
    h.label,
    h.unit,
    h.kind,
    h.direction,
    h.audience,
    h.feed,
    h.sources,
  ];
  const grid = new SheetGrid();
  grid.set(0, 0, t.librarySheet.title, { style: "title" });
  grid.set(1, 0, t.librarySheet.note, { style: "note" });
  headers.forEach((header, col) => grid.set(HEADER_ROW, col, header, { style: "header", wrap: true }));
  const takeGuard = {
    rule: { kind: "list", items: ["да", "нет"] },
    errorMessage: t.librarySheet.takeValidation,
  } as const;
  library.forEach((entry, index) => {
    const r = HEADER_ROW + 1 + index;
    grid.set(r, 0, "", { style: "input" }, takeGuard);
    grid.set(r, 1, t.mechanisms[entry.mechanism], { style: "label", wrap: true });
    grid.set(r, 2, entry.criterion, { style: "label", wrap: true });
    grid.set(r, 3, entry.label, { style: "label", wrap: true });
    grid.set(r, 4, "", { style: "input", wrap: true });
    grid.set(r, 5, catalogWords.units[entry.unit], { style: "label" });
    grid.set(r, 6, t.kinds[entry.kind], { style: "label" });
    grid.set(r, 7, catalogWords.directions[entry.direction], { style: "label" });
    grid.set(r, 8, audienceText(entry.audience), { style: "label", wrap: true });
    grid.set(r, 9, t.feeds[entry.feed], { style: "label", wrap: true });
    const sources = entry.sources.map((source) => `${source.municipality}: ${source.code}`).join("; ");
    grid.set(r, 10, sources, { style: "note", wrap: true });
  });
  grid.tables.push({
    name: "MsokoLibrary",
    range: { row: HEADER_ROW, col: 0, rows: library.length + 1, cols: headers.length },
  });
  return grid.toSheet(t.librarySheet.name, LIBRARY_ROLE, {
    columnWidths: [8, 26, 28, 56, 40, 9, 12, 16, 20, 18, 30],
    freeze: { rows: HEADER_ROW + 1, cols: 0 },
  });
}

export function problemText(problem: AppendixProblem): string {
  switch (problem.kind) {
    case "noIndicator":
      return t.problems.noIndicator(problem.table, problem.row, problem.text);
    case "footnote":
      return t.problems.footnote(problem.table, problem.row, problem.text);
    case "noTable":
      return t.problems.noTable;
  }
}

/**
 * «Разбор положения»: what was read from each row and what was guessed, for the user to confirm
 * before building: units read or guessed, kind, direction, audience, the closest library indicator.
 */
export function reviewSheetPlan(draft: AppendixDraft): SheetPlan {
  const h = t.reviewSheet.headers;
  const headers = [
    h.place,
    h.system,
    h.criterion,
    h.indicator,
    h.unitVerbatim,
    h.unit,
    h.kind,
    h.direction,
    h.audience,
    h.match,
    h.similarity,
  ];
  const grid = new SheetGrid();
  grid.set(0, 0, t.reviewSheet.title, { style: "title" });
  grid.set(1, 0, t.reviewSheet.note, { style: "note" });
  headers.forEach((header, col) => grid.set(HEADER_ROW, col, header, { style: "header", wrap: true }));
  let r = HEADER_ROW + 1;
  for (const system of draft.systems) {
    for (const criterion of system.criteria) {
      for (const indicator of criterion.indicators) {
        grid.set(r, 0, t.reviewSheet.place(indicator.table, indicator.row), { style: "note" });
        grid.set(r, 1, system.name, { style: "label", wrap: true });
        grid.set(r, 2, criterion.name, { style: "label", wrap: true });
        grid.set(r, 3, indicator.label ?? indicator.name, { style: "label", wrap: true });
        grid.set(r, 4, indicator.unitVerbatim, { style: "label" });
        const unit = catalogWords.units[indicator.unit];
        grid.set(r, 5, indicator.unitGuessed ? t.reviewSheet.guessed(unit) : unit, { style: "label" });
        grid.set(r, 6, t.kinds[indicator.kind], { style: "label" });
        grid.set(r, 7, catalogWords.directions[indicator.direction], { style: "label" });
        grid.set(r, 8, audienceText(indicator.audience), { style: "label", wrap: true });
        const match = indicator.match;
        grid.set(r, 9, match ? `${match.entry.key}: ${match.entry.label}` : t.reviewSheet.noMatch, {
          style: "note",
          wrap: true,
        });
        grid.set(r, 10, match ? Math.round(match.similarity * 100) : null, { style: "label" });
        r++;
      }
    }
  }
  const rows = r - HEADER_ROW;
  grid.tables.push({ name: "MsokoAppendixReview", range: { row: HEADER_ROW, col: 0, rows, cols: headers.length } });
  if (draft.problems.length > 0) {
    grid.set(r + 1, 0, t.reviewSheet.problemsTitle, { style: "subtitle" });
    draft.problems.forEach((problem, index) => grid.set(r + 2 + index, 0, problemText(problem), { style: "note" }));
  }
  return grid.toSheet(t.reviewSheet.name, REVIEW_ROLE, {
    columnWidths: [16, 26, 28, 56, 14, 16, 12, 16, 20, 50, 10],
    freeze: { rows: HEADER_ROW + 1, cols: 0 },
  });
}
