import { ROLES } from "../workbook/roles";
import { formsText } from "../base/i18n/forms";
import { SheetGrid } from "../base/plan/sheetGrid";
import type { PlannedCell, SheetPlan } from "../base/plan/types";

/** The role of the «Сбор данных» sheet. */
export const COLLECTION_ROLE = ROLES.collection;

const t = formsText;
const HEADERS = t.logHeaders;

/** One organisation and period on «Сбор данных»: the latest form received for it. */
export interface LogRow {
  readonly organisation: string;
  readonly period: string;
  readonly received: "yes" | "no" | "refused";
  readonly when: string;
  readonly file: string;
  readonly values: number;
  readonly errors: number;
  readonly conflicts: number;
  readonly note: string;
}

export const logKey = (organisation: string, period: string) => `${organisation}\u001f${period}`;

const text = (cell: PlannedCell | undefined) => (typeof cell === "string" ? cell.trim() : "");
const count = (cell: PlannedCell | undefined) => (typeof cell === "number" ? cell : Number(text(cell)) || 0);

/** Reads the rows of an earlier «Сбор данных», by organisation and period. */
export function readLog(grid: readonly (readonly PlannedCell[])[]): Map<string, LogRow> {
  const rows = new Map<string, LogRow>();
  const headerRow = grid.findIndex((line) => line[0] === HEADERS[0] && line[1] === HEADERS[1]);
  if (headerRow < 0) return rows;
  const statuses = new Map<string, LogRow["received"]>([
    [t.received.yes, "yes"],
    [t.received.no, "no"],
    [t.received.refused, "refused"],
  ]);
  for (const line of grid.slice(headerRow + 1)) {
    const [organisation, period] = [text(line[0]), text(line[1])];
    if (!organisation || !period) continue;
    rows.set(logKey(organisation, period), {
      organisation,
      period,
      received: statuses.get(text(line[2]).toLowerCase()) ?? "no",
      when: text(line[3]),
      file: text(line[4]),
      values: count(line[5]),
      errors: count(line[6]),
      conflicts: count(line[7]),
      note: text(line[8]),
    });
  }
  return rows;
}

/**
 * «Сбор данных»: every organisation for every period collected so far, received or not, when, from
 * which file, how many values, errors and conflicts. A summary line per period on top.
 */
export function logSheetPlan(
  sheetName: string,
  organisations: readonly string[],
  periods: readonly string[],
  rows: ReadonlyMap<string, LogRow>,
): SheetPlan {
  const grid = new SheetGrid();
  grid.set(0, 0, t.logTitle, { style: "title" });
  periods.forEach((period, i) => {
    const received = organisations.filter((o) => rows.get(logKey(o, period))?.received === "yes").length;
    grid.set(1 + i, 0, t.logSummary(received, organisations.length, period), { style: "subtitle" });
  });
  const noteRow = 1 + periods.length;
  grid.set(noteRow, 0, t.logNote, { style: "note", wrap: true });
  grid.merges.push({ row: noteRow, col: 0, rows: 1, cols: HEADERS.length });
  const headerRow = noteRow + 2;
  HEADERS.forEach((header, col) => grid.set(headerRow, col, header, { style: "header", wrap: true }));
  const listed = new Set(organisations);
  const extra = [...rows.values()].filter((row) => !listed.has(row.organisation)).map((row) => row.organisation);
  let r = headerRow + 1;
  for (const period of periods) {
    for (const organisation of [...organisations, ...new Set(extra)]) {
      const row = rows.get(logKey(organisation, period));
      if (!row && !listed.has(organisation)) continue;
      const cells: PlannedCell[] = row
        ? [
            organisation,
            period,
            t.received[row.received],
            row.when,
            row.file,
            row.values,
            row.errors,
            row.conflicts,
            row.note,
          ]
        : [organisation, period, t.received.no, null, null, null, null, null, null];
      cells.forEach((cell, col) => grid.set(r, col, cell, { style: "label", wrap: col === 8 }));
      r++;
    }
  }
  grid.tables.push({
    name: "MsokoCollection",
    range: { row: headerRow, col: 0, rows: Math.max(r - headerRow, 2), cols: HEADERS.length },
  });
  return grid.toSheet(sheetName, COLLECTION_ROLE, {
    columnWidths: [44, 11, 10, 17, 30, 10, 9, 11, 50],
    freeze: { rows: headerRow + 1, cols: 1 },
  });
}
