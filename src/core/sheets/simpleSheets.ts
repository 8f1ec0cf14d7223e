import { ru } from "../base/i18n/ru";
import { absoluteColumn } from "../base/plan/a1";
import { Guard, SheetGrid } from "../base/plan/sheetGrid";
import type { CellValue, PlannedCell, SheetPlan } from "../base/plan/types";
import { carryText } from "../base/i18n/carryOver";
import type { InputKey } from "../workbook/inputs";
import { ORG_KINDS } from "../catalog/audience";
import type { OrgKind } from "../catalog/schema";
import { guessKind, kindOfText } from "../workbook/organisations";
import { importTexts } from "../base/i18n/import";
import { NUMBER_FORMATS } from "../workbook/formats";
import type { SchoolIds } from "../workbook/schoolIds";
import { flagsIn, NO_STATUSES, OrgStatuses, statusCell, statusTexts } from "../workbook/statuses";

export const SCHOOLS_HEADER_ROW = 3;
const SCHOOL_LIST_ROWS = 1000;

/** A name a written-out list cannot hold: Excel splits such a list at commas, and quotes end it. */
const unlistable = (name: string) => /[,"]/.test(name);

/**
 * Data validation offering the «ОО» list: written out when short, else the list's column (Excel
 * caps a written-out list at 255 characters and splits it at commas, so a name with a comma needs the column too).
 */
export function schoolListGuard(schools: readonly string[], errorMessage: string): Guard {
  if (schools.length > 0 && schools.join(",").length < 250 && !schools.some(unlistable)) {
    return { rule: { kind: "list", items: [...schools] }, errorMessage };
  }
  const first = SCHOOLS_HEADER_ROW + 1;
  const source = `=${absoluteColumn(ru.sheets.schools, 1, first, SCHOOLS_HEADER_ROW + SCHOOL_LIST_ROWS)}`;
  return { rule: { kind: "listFromRange", source }, errorMessage };
}

const FIXED_COLUMNS = 5;

/** The column of a status in a period on «ОО»: «ШНОР» then «ШНСУ», period by period after the fixed columns. */
export function statusColumn(periodIndex: number, status: "shnor" | "shnsu"): number {
  return FIXED_COLUMNS + 2 * periodIndex + (status === "shnor" ? 0 : 1);
}

/** The statuses «ОО» shows: the periods of the book, and the marks read from it or given. */
export interface SchoolStatuses {
  readonly periods: readonly string[];
  readonly marks: OrgStatuses;
}

/** «ОО»: the municipality's schools, one per row, with their ШНОР / ШНСУ marks by period. */
export function schoolsSheetPlan(
  sheetName: string,
  municipality: string,
  schools: readonly string[],
  kinds: ReadonlyMap<string, OrgKind> = new Map(),
  ids: ReadonlyMap<string, SchoolIds> = new Map(),
  statuses: SchoolStatuses = { periods: [], marks: NO_STATUSES },
): SheetPlan {
  const o = ru.organisations;
  const grid = new SheetGrid();
  const cols = FIXED_COLUMNS + 2 * statuses.periods.length;
  grid.set(0, 0, ru.layout.schoolsTitle(municipality), { style: "title" });
  const note = [ru.layout.schoolsNote, o.note, importTexts.idsNote];
  if (statuses.periods.length > 0) note.push(statusTexts.note);
  grid.set(1, 0, note.join(" "), { style: "note", wrap: true });
  grid.merges.push({ row: 1, col: 0, rows: 1, cols: FIXED_COLUMNS });
  grid.set(SCHOOLS_HEADER_ROW, 0, ru.layout.number, { style: "header" });
  grid.set(SCHOOLS_HEADER_ROW, 1, ru.layout.schoolName, { style: "header" });
  grid.set(SCHOOLS_HEADER_ROW, 2, o.kindHeader, { style: "header" });
  grid.set(SCHOOLS_HEADER_ROW, 3, importTexts.loginHeader, { style: "header" });
  grid.set(SCHOOLS_HEADER_ROW, 4, importTexts.codeHeader, { style: "header" });
  statuses.periods.forEach((period, p) => {
    for (const status of ["shnor", "shnsu"] as const) {
      const header = statusTexts.header(statusTexts[status], period);
      grid.set(SCHOOLS_HEADER_ROW, statusColumn(p, status), header, { style: "header", wrap: true });
    }
  });
  const statusGuard = {
    rule: { kind: "list" as const, items: [ru.layout.yes, ru.layout.no] },
    errorMessage: statusTexts.validation,
  };
  const kindGuard = {
    rule: { kind: "list" as const, items: ORG_KINDS.map((kind) => o.kinds[kind]) },
    errorMessage: o.validationKind,
  };
  schools.forEach((school, index) => {
    const row = SCHOOLS_HEADER_ROW + 1 + index;
    grid.set(row, 0, index + 1, { style: "label" });
    grid.set(row, 1, school, { style: "input" });
    grid.set(row, 2, o.kinds[kinds.get(school) ?? guessKind(school)], { style: "input" }, kindGuard);
    const id = ids.get(school);
    grid.set(row, 3, id?.login ?? null, { style: "input", numberFormat: NUMBER_FORMATS.text });
    grid.set(row, 4, id?.code ?? null, { style: "input", numberFormat: NUMBER_FORMATS.text });
    statuses.periods.forEach((period, p) => {
      const flags = statuses.marks.bySchool.has(school) ? flagsIn(statuses.marks, school, period) : undefined;
      // Blanks of an undecided period stay blank; in a decided one they are written out as «нет».
      const decided = statuses.marks.decided.has(period) || statuses.marks.decided.has("");
      for (const status of ["shnor", "shnsu"] as const) {
        const cell = statusCell(
          flags?.[status] === true ? true : decided && flags?.[status] === false ? false : undefined,
        );
        grid.set(row, statusColumn(p, status), cell, { style: "input" }, statusGuard);
      }
    });
  });
  grid.tables.push({
    name: "MsokoSchools",
    range: { row: SCHOOLS_HEADER_ROW, col: 0, rows: Math.max(schools.length, 1) + 1, cols },
  });
  return grid.toSheet(sheetName, "schools", {
    columnWidths: [5, 60, 26, 16, 12, ...statuses.periods.flatMap(() => [11, 11])],
    freeze: { rows: SCHOOLS_HEADER_ROW + 1, cols: 0 },
  });
}

/** Reads the schools back from an «ОО» sheet grid: the column under «Наименование ОО», blanks and repeats dropped. */
export function readSchools(grid: readonly (readonly unknown[])[]): string[] {
  const headerRow = grid.findIndex((row) => row.includes(ru.layout.schoolName));
  if (headerRow < 0) return [];
  const col = grid[headerRow].indexOf(ru.layout.schoolName);
  const names = grid
    .slice(headerRow + 1)
    .map((row) => row[col])
    .filter((cell): cell is string => typeof cell === "string" && cell.trim() !== "")
    .map((name) => name.trim());
  return [...new Set(names)];
}

/**
 * The kinds typed in «Тип ОО», by school. A blank or unknown kind is left out (the name's guess
 * stands in), and an unknown one is reported.
 */
export function readSchoolKinds(grid: readonly (readonly unknown[])[]): {
  kinds: Map<string, OrgKind>;
  problems: string[];
} {
  const kinds = new Map<string, OrgKind>();
  const problems: string[] = [];
  const headerRow = grid.findIndex((row) => row.includes(ru.layout.schoolName));
  if (headerRow < 0) return { kinds, problems };
  const nameCol = grid[headerRow].indexOf(ru.layout.schoolName);
  const kindCol = grid[headerRow].indexOf(ru.organisations.kindHeader);
  if (kindCol < 0) return { kinds, problems };
  for (const row of grid.slice(headerRow + 1)) {
    const name = row[nameCol];
    const text = row[kindCol];
    if (typeof name !== "string" || name.trim() === "" || typeof text !== "string" || text.trim() === "") continue;
    const kind = kindOfText(text);
    if (kind) kinds.set(name.trim(), kind);
    else problems.push(ru.organisations.unknownKind(name.trim(), text.trim()));
  }
  return { kinds, problems };
}

export interface ContentsEntry {
  readonly sheetName: string;
  readonly about: string;
}

/** «Содержание»: what the workbook holds, with a link to each sheet. */
export function contentsSheetPlan(
  sheetName: string,
  municipality: string,
  frameworkTitle: string,
  periods: readonly string[],
  entries: readonly ContentsEntry[],
): SheetPlan {
  const grid = new SheetGrid();
  grid.set(0, 0, ru.layout.contentsTitle(municipality), { style: "title" });
  grid.set(1, 0, ru.layout.contentsFramework(frameworkTitle), { style: "subtitle" });
  grid.set(2, 0, ru.layout.contentsPeriods(periods.join(", ")), { style: "subtitle" });
  grid.set(3, 0, ru.layout.contentsLegend, { style: "note" });
  grid.set(5, 0, ru.layout.contentsSheet, { style: "header" });
  grid.set(5, 1, ru.layout.contentsAbout, { style: "header" });
  entries.forEach((entry, index) => {
    const row = 6 + index;
    grid.set(row, 0, entry.sheetName, { style: "link" });
    grid.set(row, 1, entry.about, { style: "label", wrap: true });
    grid.hyperlinks.push({ row, col: 0, text: entry.sheetName, target: `'${entry.sheetName.replace(/'/g, "''")}'!A1` });
  });
  return grid.toSheet(sheetName, "contents", { columnWidths: [36, 80] });
}

/** «Архив данных»: typed values the current layout has no place for, kept rather than lost. */
export function archiveSheetPlan(
  sheetName: string,
  kept: readonly (readonly CellValue[])[],
  unplaced: readonly [InputKey, PlannedCell][],
  sourceOf: (code: string) => string,
): SheetPlan {
  const grid = new SheetGrid();
  grid.set(0, 0, ru.layout.archiveTitle, { style: "title" });
  ru.layout.archiveHeaders.forEach((text, col) => grid.set(2, col, text, { style: "header" }));
  const rows: CellValue[][] = [...kept.map((row) => [...row])];
  for (const [key, value] of unplaced) {
    const column = key.field === "target" ? ru.layout.target : fieldHeader(key.field, key.period ?? "");
    const kept = typeof value === "object" && value !== null ? carryText.archivedFormula(value.formula) : value;
    rows.push([sourceOf(key.code), key.code, key.school ?? "", column, kept]);
  }
  rows.forEach((row, index) => row.forEach((cell, col) => grid.set(3 + index, col, cell, { style: "label" })));
  return grid.toSheet(sheetName, "archive", { columnWidths: [30, 14, 30, 26, 16] });
}

function fieldHeader(field: "num" | "den" | "val", period: string): string {
  if (field === "num") return ru.layout.numerator(period);
  if (field === "den") return ru.layout.denominator(period);
  return ru.layout.value(period);
}
