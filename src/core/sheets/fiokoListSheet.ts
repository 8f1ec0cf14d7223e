import { ROLES } from "../workbook/roles";
import { indicatorsOf } from "../catalog";
import { FROM_FIOKO_LIST } from "../catalog/resultFeeds";
import type { Framework } from "../catalog/schema";
import { fiokoListTexts as f } from "../base/i18n/import";
import { ru } from "../base/i18n/ru";
import { SheetGrid } from "../base/plan/sheetGrid";
import { cellText, inputRows, isBlankCell, RowProblem, typedValues, UnreadableRow } from "../base/plan/sheetLines";
import type { CellValue, PlannedCell, SheetPlan } from "../base/plan/types";
import { NUMBER_FORMATS } from "../workbook/formats";
import { keyOf } from "../workbook/inputs";
import { schoolListGuard } from "./simpleSheets";

/**
 * «Список ФИОКО»: the official list of schools with signs of non-objectivity, one row per school and
 * period — «да» for a school on that year's list, «нет» for one that is not. Kept apart from the
 * objectivity signs the book computes from ВПР results: those are prompts, this list is official.
 */

export const FIOKO_LIST_ROLE = ROLES.fiokoList;
const HEADER_ROW = 3;
const FIRST_ROW = HEADER_ROW + 1;
const EMPTY_ROWS = 20;
const HEADERS = [f.period, f.school, f.listed, f.works, f.markers, f.source];
const C = { period: 0, school: 1, listed: 2, works: 3, markers: 4, source: 5 } as const;

export interface FiokoListRow {
  readonly period: string;
  readonly school: string;
  readonly listed: boolean;
  /** The works marked, as the list names them: «4 РУ, 5 МА». */
  readonly works?: string;
  readonly markers?: number;
  readonly source?: string;
  /** Zero-based sheet row, when read from the sheet. */
  readonly row?: number;
}

export function fiokoListSheetPlan(
  rows: readonly FiokoListRow[],
  schools: readonly string[],
  unreadable: readonly UnreadableRow[] = [],
): SheetPlan {
  const grid = new SheetGrid();
  grid.set(0, 0, f.title, { style: "title" });
  grid.set(1, 0, f.note, { style: "note", wrap: true });
  grid.merges.push({ row: 1, col: 0, rows: 1, cols: HEADERS.length });
  HEADERS.forEach((header, col) => grid.set(HEADER_ROW, col, header, { style: "header", wrap: true }));

  const textLook = { style: "input" as const };
  const codeLook = { style: "input" as const, numberFormat: NUMBER_FORMATS.text };
  const countLook = { style: "input" as const, numberFormat: NUMBER_FORMATS.count };
  const schoolGuard = schoolListGuard(schools, f.validationSchool);
  const listedGuard = { rule: { kind: "list" as const, items: [f.yes, f.no] }, errorMessage: f.validationListed };
  const markersGuard = { rule: { kind: "wholeNumber" as const, min: 0 }, errorMessage: f.validationMarkers };

  const lines = inputRows(rows, unreadable, EMPTY_ROWS, HEADERS.length, (given) => [
    given?.period ?? null,
    given?.school ?? null,
    given ? (given.listed ? f.yes : f.no) : null,
    given?.works ?? null,
    given?.markers ?? null,
    given?.source ?? null,
  ]);
  lines.forEach((cells, i) => {
    const r = FIRST_ROW + i;
    grid.set(r, C.period, cells[C.period], codeLook);
    grid.set(r, C.school, cells[C.school], textLook, schoolGuard);
    grid.set(r, C.listed, cells[C.listed], textLook, listedGuard);
    grid.set(r, C.works, cells[C.works], textLook);
    grid.set(r, C.markers, cells[C.markers], countLook, markersGuard);
    grid.set(r, C.source, cells[C.source], textLook);
  });
  grid.tables.push({
    name: "MsokoFiokoList",
    range: { row: HEADER_ROW, col: 0, rows: lines.length + 1, cols: HEADERS.length },
  });
  return grid.toSheet(f.sheetName, FIOKO_LIST_ROLE, {
    columnWidths: [11, 40, 12, 22, 12, 36],
    freeze: { rows: FIRST_ROW, cols: 0 },
  });
}

/** Reads «Список ФИОКО» back by its headers; a row that cannot be read is reported and kept as typed. */
export function readFiokoList(cells: readonly (readonly PlannedCell[])[]): {
  rows: FiokoListRow[];
  problems: RowProblem[];
} {
  const headerRow = cells.findIndex((line) => [f.period, f.school, f.listed].every((h) => line.includes(h)));
  if (headerRow < 0) return { rows: [], problems: [{ row: 0, message: f.noHeader }] };
  const header = cells[headerRow];
  const rows: FiokoListRow[] = [];
  const problems: RowProblem[] = [];
  for (let r = headerRow + 1; r < cells.length; r++) {
    const line = cells[r];
    const get = (name: string) => (header.indexOf(name) >= 0 ? line[header.indexOf(name)] : null);
    const inputs = HEADERS.map(get);
    if (inputs.every((cell) => isBlankCell(cell))) continue;
    const problem = (what: string) =>
      problems.push({ row: r, message: f.rowProblem(r + 1, what), cells: typedValues(inputs) });
    const period = cellText(get(f.period));
    const school = cellText(get(f.school));
    const listedText = cellText(get(f.listed)).toLowerCase();
    const markersText = cellText(get(f.markers));
    if (!period) problem(f.noPeriod);
    else if (!school) problem(f.noSchool);
    else if (listedText !== f.yes && listedText !== f.no) problem(f.notYesNo(cellText(get(f.listed))));
    else if (markersText && !/^\d+$/.test(markersText)) problem(f.notMarkers(markersText));
    else {
      const works = cellText(get(f.works));
      const source = cellText(get(f.source));
      rows.push({
        period,
        school,
        listed: listedText === f.yes,
        ...(works && { works }),
        ...(markersText && { markers: Number(markersText) }),
        ...(source && { source }),
        row: r,
      });
    }
  }
  return { rows, problems };
}

/** The flags the list gives those indicators, per school and period, keyed like the workbook inputs. */
export function fiokoListIndicatorValues(
  framework: Framework,
  rows: readonly FiokoListRow[],
): { values: Map<string, CellValue>; codes: string[] } {
  const present = new Set(indicatorsOf(framework).map((indicator) => indicator.code));
  const codes = FROM_FIOKO_LIST.filter((code) => present.has(code));
  const values = new Map<string, CellValue>();
  for (const code of codes) {
    for (const row of rows) {
      const key = keyOf({ code, field: "val", period: row.period, school: row.school });
      // Two rows of one school and period (two lists): on either is on the list.
      if (values.get(key) !== ru.layout.yes) values.set(key, row.listed ? ru.layout.yes : ru.layout.no);
    }
  }
  return { values, codes };
}
