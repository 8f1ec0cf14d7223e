import { ROLES } from "../workbook/roles";
import { ru } from "../base/i18n/ru";
import { CellInput, isNotHeld, readNumber } from "../base/cells/input";
import { isError } from "../base/math/outcome";
import { cellA1 } from "../base/plan/a1";
import { SheetGrid } from "../base/plan/sheetGrid";
import { cellText, inputRows, isBlankCell, RowProblem, typedValues, UnreadableRow } from "../base/plan/sheetLines";
import type { PlannedCell, SheetPlan } from "../base/plan/types";
import { NUMBER_FORMATS } from "../workbook/formats";
import { schoolListGuard } from "./simpleSheets";
import { DEFAULT_RESULT_SETTINGS, MedallistRow } from "../base/model/results";

export const MEDALLISTS_ROLE = ROLES.medallists;
export const MEDALLISTS_HEADER_ROW = 3;
const FIRST_ROW = MEDALLISTS_HEADER_ROW + 1;
const EMPTY_ROWS = 100;

const m = ru.medallists;
type ResultField = "russian" | "mathProfile" | "mathBaseMark" | "otherLowest";
const RESULTS: readonly { field: ResultField; header: string; kind: "score" | "mark" }[] = [
  { field: "russian", header: m.russian, kind: "score" },
  { field: "mathProfile", header: m.mathProfile, kind: "score" },
  { field: "mathBaseMark", header: m.mathBase, kind: "mark" },
  { field: "otherLowest", header: m.otherLowest, kind: "score" },
];
const HEADERS = [m.period, m.school, m.graduate, ...RESULTS.map((r) => r.header), m.below];
const RANGE = { score: [0, 100], mark: [2, 5] } as const;

// Column indices (zero-based).
const C = { period: 0, school: 1, graduate: 2, results: 3, below: 7 } as const;

/** Thresholds as formula operands: A1 references (a settings sheet) or literal numbers. */
export interface MedallistThresholds {
  readonly minScore: string;
  readonly minBaseMark: string;
}

const DEFAULT_THRESHOLDS: MedallistThresholds = {
  minScore: String(DEFAULT_RESULT_SETTINGS.medallistMinScore),
  minBaseMark: String(DEFAULT_RESULT_SETTINGS.medallistMinBaseMark),
};

const text = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** «Ниже ожидаемого» of one row: the union of both checks, as medallistShortfalls reads it; "" while empty. */
export function medallistFormula(row: number, thresholds: MedallistThresholds = DEFAULT_THRESHOLDS): string {
  const at = (k: number) => cellA1(row, C.results + k);
  const below = (cell: string, threshold: string) => `AND(ISNUMBER(${cell}),${cell}<${threshold})`;
  const checks = RESULTS.map((r, k) =>
    below(at(k), r.kind === "score" ? thresholds.minScore : thresholds.minBaseMark),
  ).join(",");
  return `=IF(COUNT(${at(0)}:${at(3)})=0,"",IF(OR(${checks}),${text(m.yes)},${text(m.no)}))`;
}

/**
 * «Медалисты»: one row per medallist with the ГИА-11 results typed in and «Ниже ожидаемого»
 * computed by a native formula; the rows given are written first, then empty rows.
 */
export function medallistsSheetPlan(
  rows: readonly MedallistRow[],
  schools: readonly string[],
  periods: readonly string[],
  thresholds: MedallistThresholds = DEFAULT_THRESHOLDS,
  unreadable: readonly UnreadableRow[] = [],
): SheetPlan {
  const grid = new SheetGrid();
  grid.set(0, 0, m.title, { style: "title" });
  grid.set(1, 0, m.note, { style: "note", wrap: true });
  grid.merges.push({ row: 1, col: 0, rows: 1, cols: HEADERS.length });
  HEADERS.forEach((header, col) => grid.set(MEDALLISTS_HEADER_ROW, col, header, { style: "header", wrap: true }));

  const schoolGuard = schoolListGuard(schools, m.validationSchool);
  const resultGuard = (kind: "score" | "mark") => ({
    rule: { kind: "wholeNumber" as const, min: RANGE[kind][0], max: RANGE[kind][1] },
    errorMessage: kind === "score" ? m.validationScore : m.validationMark,
  });
  const codeLook = { style: "input" as const, numberFormat: NUMBER_FORMATS.text };
  const textLook = { style: "input" as const };
  const countLook = { style: "input" as const, numberFormat: NUMBER_FORMATS.count };
  const firstPeriod = periods.length === 1 ? periods[0] : null;

  const lines = inputRows(rows, unreadable, EMPTY_ROWS, C.below, (given) => [
    given ? given.period : firstPeriod,
    given?.school ?? null,
    given?.graduate ?? null,
    ...RESULTS.map((result) => given?.[result.field] ?? null),
  ]);
  const total = lines.length;
  lines.forEach((cells, i) => {
    const r = FIRST_ROW + i;
    grid.set(r, C.period, cells[C.period], codeLook);
    grid.set(r, C.school, cells[C.school], textLook, schoolGuard);
    grid.set(r, C.graduate, cells[C.graduate], codeLook);
    RESULTS.forEach((result, k) =>
      grid.set(r, C.results + k, cells[C.results + k], countLook, resultGuard(result.kind)),
    );
    grid.set(r, C.below, { formula: medallistFormula(r, thresholds) }, { style: "computed" });
  });
  grid.tables.push({
    name: "MsokoMedallists",
    range: { row: MEDALLISTS_HEADER_ROW, col: 0, rows: total + 1, cols: HEADERS.length },
  });
  return grid.toSheet(m.sheetName, MEDALLISTS_ROLE, {
    columnWidths: [11, 30, 12, 12, 14, 14, 18, 12],
    freeze: { rows: FIRST_ROW, cols: 0 },
  });
}

export type MedallistsProblem = RowProblem;

/** A result cell: undefined when blank, a Russian reason when it cannot be a score or a mark. */
function readResult(cell: PlannedCell | undefined, header: string, kind: "score" | "mark"): number | undefined | Error {
  if (cell !== null && typeof cell === "object") return undefined;
  if (isNotHeld(cell as CellInput)) return new Error(m.notTaken(header));
  const read = readNumber(cell as CellInput, header);
  if (isError(read)) return new Error(read.message);
  if (read.kind !== "number") return undefined;
  const [min, max] = RANGE[kind];
  if (read.value < min || read.value > max) {
    return new Error(kind === "score" ? m.scoreRange(header, read.value) : m.markRange(header, read.value));
  }
  if (!Number.isInteger(read.value)) return new Error(ru.errors.notWhole(header, read.value));
  return read.value;
}

/**
 * Reads «Медалисты» back by its headers. Rows with nothing typed are skipped; a row that cannot be
 * read is reported in Russian and left out, the others are kept.
 */
export function readMedallists(cells: readonly (readonly PlannedCell[])[]): {
  rows: MedallistRow[];
  problems: MedallistsProblem[];
} {
  const headerRow = cells.findIndex((line) => [m.period, m.school, m.graduate].every((h) => line.includes(h)));
  if (headerRow < 0) return { rows: [], problems: [{ row: 0, message: m.noHeader }] };
  const header = cells[headerRow];
  const rows: MedallistRow[] = [];
  const problems: MedallistsProblem[] = [];

  for (let r = headerRow + 1; r < cells.length; r++) {
    const line = cells[r];
    const get = (name: string) => (header.indexOf(name) >= 0 ? line[header.indexOf(name)] : null);
    const inputs = HEADERS.slice(0, C.below).map(get);
    const problem = (what: string) =>
      problems.push({ row: r, message: m.rowProblem(r + 1, what), cells: typedValues(inputs) });
    // The period may be prefilled: a row with nothing else typed is untouched.
    if ([m.school, m.graduate, ...RESULTS.map((result) => result.header)].every((name) => isBlankCell(get(name)))) {
      continue;
    }
    const period = cellText(get(m.period));
    const school = cellText(get(m.school));
    const graduate = cellText(get(m.graduate));
    const missing = !period ? m.noPeriod : !school ? m.noSchool : !graduate ? m.noGraduate : undefined;
    if (missing) {
      problem(missing);
      continue;
    }
    const values = RESULTS.map((result) => readResult(get(result.header), result.header, result.kind));
    const broken = values.find((value): value is Error => value instanceof Error);
    if (broken) {
      problem(broken.message);
      continue;
    }
    if (values.every((value) => value === undefined)) {
      problem(m.noResult);
      continue;
    }
    const results: Partial<Record<ResultField, number>> = {};
    RESULTS.forEach((result, k) => {
      const value = values[k];
      if (typeof value === "number") results[result.field] = value;
    });
    rows.push({ period, school, graduate, ...results, row: r });
  }
  return { rows, problems };
}
