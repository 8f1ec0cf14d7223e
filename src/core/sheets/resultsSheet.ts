import { ROLES } from "../workbook/roles";
import { ru } from "../base/i18n/ru";
import { isNotHeld, NOT_HELD, readCount } from "../base/cells/input";
import { isError } from "../base/math/outcome";
import { cellA1 } from "../base/plan/a1";
import { SheetGrid } from "../base/plan/sheetGrid";
import { cellText, inputRows, isBlankCell, RowProblem, typedValues, UnreadableRow } from "../base/plan/sheetLines";
import type { CellValue, PlannedCell, SheetPlan } from "../base/plan/types";
import { NUMBER_FORMATS } from "../workbook/formats";
import { guards } from "../workbook/guards";
import { schoolListGuard } from "./simpleSheets";
import { resultsColumns as x } from "../base/i18n/import";
import {
  BlankCount,
  Confirmation,
  DEFAULT_RESULT_SETTINGS,
  MarkDistribution,
  Procedure,
  PROCEDURES,
  ReferenceLevel,
  ResultRow,
  ScoreBands,
  SourceBands,
} from "../base/model/results";

export const RESULTS_ROLE = ROLES.results;
export const RESULTS_HEADER_ROW = 3;
const FIRST_ROW = RESULTS_HEADER_ROW + 1;
const EMPTY_ROWS = 200;

const t = ru.results;
const TEXT_HEADERS = [t.period, t.school, t.procedure, t.subject, t.grade] as const;
const MARKS = [t.mark5, t.mark4, t.mark3, t.mark2] as const;
const BANDS = [t.belowMinimum, t.upTo60, t.from61to80, t.from81to99, t.hundred] as const;
const CONFIRMATION = [t.lowered, t.confirmed, t.raised] as const;
/** The model's fields of the count columns above, in the same order. */
const MARK_FIELDS: readonly BlankCount[] = ["n5", "n4", "n3", "n2"];
const BAND_FIELDS: readonly BlankCount[] = ["belowMinimum", "upTo60", "from61to80", "from81to99", "hundred"];
const CONFIRMATION_FIELDS: readonly BlankCount[] = ["lowered", "confirmed", "raised"];
const COUNT_HEADERS = [t.participants, ...MARKS, ...BANDS, ...CONFIRMATION];
const COMPUTED_HEADERS = [t.quality, t.success, t.averageMark, t.sou, t.highShare, t.addsUp];
/** What received files hold beyond the typed distribution, after the computed columns. */
const EXTRA_HEADERS = [
  x.level,
  x.averageScore,
  x.averagePrimary,
  x.sourceBelowMinimum,
  x.sourceHighLabel,
  x.sourceHigh,
  x.sourceHundred,
  x.source,
] as const;
const EXTRA_NUMBERS = [x.averageScore, x.averagePrimary, x.sourceBelowMinimum, x.sourceHigh, x.sourceHundred];
const LEVELS: readonly ReferenceLevel[] = ["municipality", "region", "russia"];

// Column indices (zero-based).
const C = {
  period: 0,
  school: 1,
  procedure: 2,
  subject: 3,
  grade: 4,
  participants: 5,
  marks: 6, // «5», «4», «3», «2»
  bands: 10, // ниже минимума … 100
  confirmation: 15, // понизили, подтвердили, повысили
  computed: 18,
  extra: 24, // «Уровень», averages, the source's bands, «Источник»
} as const;

const HEADERS = [...TEXT_HEADERS, ...COUNT_HEADERS, ...COMPUTED_HEADERS, ...EXTRA_HEADERS];
/** Input cells of a row as the reader takes them: text, counts, then the extra columns. */
const INPUT_HEADERS = [...TEXT_HEADERS, ...COUNT_HEADERS, ...EXTRA_HEADERS];

const text = (value: string) => `"${value.replace(/"/g, '""')}"`;

/**
 * Portable native formulas for one row: the same numbers as metrics.ts for rows that add up.
 * `egeHighFrom` is the threshold itself or a reference to the cell holding it on «Пороги результатов».
 */
export function resultFormulas(
  row: number,
  egeHighFrom: number | string = DEFAULT_RESULT_SETTINGS.egeHighFrom,
): string[] {
  const at = (col: number) => cellA1(row, col);
  const [n5, n4, n3, n2] = [0, 1, 2, 3].map((i) => at(C.marks + i));
  const [, , b61, b81, b100] = [0, 1, 2, 3, 4].map((i) => at(C.bands + i));
  const marks = `${n5}:${n2}`;
  const bands = `${at(C.bands)}:${at(C.bands + 4)}`;
  const conf = `${at(C.confirmation)}:${at(C.confirmation + 2)}`;
  const people = at(C.participants);
  const N = `SUM(${marks})`;
  const perMark = (weighted: string, digits: number) => `=IF(${N}>0,ROUND((${weighted})/${N},${digits}),"")`;
  const bandHigh =
    typeof egeHighFrom === "string"
      ? `IF(${egeHighFrom}=61,${b61}+${b81}+${b100},${b81}+${b100})`
      : egeHighFrom === 61
        ? `${b61}+${b81}+${b100}`
        : `${b81}+${b100}`;
  const fits = (range: string) => `OR(COUNT(${range})=0,SUM(${range})=${people})`;
  return [
    perMark(`(${n5}+${n4})*100`, 1),
    perMark(`(${n5}+${n4}+${n3})*100`, 1),
    perMark(`5*${n5}+4*${n4}+3*${n3}+2*${n2}`, 2),
    perMark(`100*${n5}+64*${n4}+36*${n3}+16*${n2}`, 1),
    `=IF(${N}>0,ROUND(${n5}/${N}*100,1),IF(SUM(${bands})>0,ROUND((${bandHigh})/SUM(${bands})*100,1),""))`,
    `=IF(ISNUMBER(${people}),IF(AND(${fits(marks)},${fits(bands)},${fits(conf)}),${text(t.yes)},${text(t.no)}),"")`,
  ];
}

function countCells(row: ResultRow): CellValue[] {
  const d = row.distribution;
  const m = d?.kind === "marks" ? [d.n5, d.n4, d.n3, d.n2] : [null, null, null, null];
  const b =
    d?.kind === "bands"
      ? [d.belowMinimum, d.upTo60, d.from61to80, d.from81to99, d.hundred]
      : [null, null, null, null, null];
  const c = row.confirmation;
  const conf = c ? [c.lowered, c.confirmed, c.raised] : [null, null, null];
  const participants = row.notHeld ? NOT_HELD : (row.participants ?? null);
  const blank = new Set(row.blanks ?? []);
  const kept = (fields: readonly BlankCount[], values: (number | null)[]) =>
    values.map((value, i) => (blank.has(fields[i]) ? null : value));
  return [participants, ...kept(MARK_FIELDS, m), ...kept(BAND_FIELDS, b), ...kept(CONFIRMATION_FIELDS, conf)];
}

function extraCells(row: ResultRow): CellValue[] {
  const s = row.sourceBands;
  return [
    row.level ? x.levels[row.level] : null,
    row.averageScore ?? null,
    row.averagePrimary ?? null,
    s?.belowMinimum ?? null,
    s?.highLabel ?? null,
    s?.high ?? null,
    s?.hundred ?? null,
    row.source || null,
  ];
}

/**
 * «Результаты процедур»: one row per period, school, procedure, subject and grade with the
 * distribution typed in and the indicators computed by native formulas; the rows given are
 * written first, then empty rows for new entries.
 */
export function resultsSheetPlan(
  rows: readonly ResultRow[],
  schools: readonly string[],
  periods: readonly string[],
  egeHighFrom: number | string = DEFAULT_RESULT_SETTINGS.egeHighFrom,
  unreadable: readonly UnreadableRow[] = [],
): SheetPlan {
  const grid = new SheetGrid();
  grid.set(0, 0, t.title, { style: "title" });
  grid.set(1, 0, t.note, { style: "note", wrap: true });
  grid.merges.push({ row: 1, col: 0, rows: 1, cols: HEADERS.length });
  HEADERS.forEach((header, col) => grid.set(RESULTS_HEADER_ROW, col, header, { style: "header", wrap: true }));

  const schoolGuard = schoolListGuard(schools, t.validationSchool);
  const procedureGuard = {
    rule: { kind: "list" as const, items: [...PROCEDURES] },
    errorMessage: t.validationProcedure,
  };
  const periodLook = { style: "input" as const, numberFormat: NUMBER_FORMATS.text };
  const textLook = { style: "input" as const };
  const countLook = { style: "input" as const, numberFormat: NUMBER_FORMATS.count };
  const computedFormats = [
    NUMBER_FORMATS.percent,
    NUMBER_FORMATS.percent,
    NUMBER_FORMATS.ratio,
    NUMBER_FORMATS.percent,
    NUMBER_FORMATS.percent,
    NUMBER_FORMATS.general,
  ];

  const firstPeriod = periods.length === 1 ? periods[0] : null;
  const lines = inputRows(rows, unreadable, EMPTY_ROWS, INPUT_HEADERS.length, (given) => [
    given ? given.period : firstPeriod,
    given?.school ?? null,
    given?.procedure ?? null,
    given?.subject ?? null,
    given?.grade || null,
    ...(given ? countCells(given) : COUNT_HEADERS.map(() => null)),
    ...(given ? extraCells(given) : EXTRA_HEADERS.map(() => null)),
  ]);
  const levelGuard = {
    rule: { kind: "list" as const, items: LEVELS.map((level) => x.levels[level]) },
    errorMessage: x.validationLevel,
  };
  const decimalLook = { style: "input" as const, numberFormat: NUMBER_FORMATS.ratio };
  const total = lines.length;
  lines.forEach((cells, i) => {
    const r = FIRST_ROW + i;
    grid.set(r, C.period, cells[C.period], periodLook);
    grid.set(r, C.school, cells[C.school], textLook, schoolGuard);
    grid.set(r, C.procedure, cells[C.procedure], textLook, procedureGuard);
    grid.set(r, C.subject, cells[C.subject], textLook);
    grid.set(r, C.grade, cells[C.grade], periodLook);
    for (let k = C.participants; k < C.computed; k++) grid.set(r, k, cells[k], countLook, guards.whole);
    resultFormulas(r, egeHighFrom).forEach((formula, k) =>
      grid.set(r, C.computed + k, { formula }, { style: "computed", numberFormat: computedFormats[k] }),
    );
    const extra = cells.slice(C.computed);
    grid.set(r, C.extra, extra[0], textLook, levelGuard);
    grid.set(r, C.extra + 1, extra[1], decimalLook);
    grid.set(r, C.extra + 2, extra[2], decimalLook);
    grid.set(r, C.extra + 3, extra[3], countLook, guards.whole);
    grid.set(r, C.extra + 4, extra[4], periodLook);
    grid.set(r, C.extra + 5, extra[5], countLook, guards.whole);
    grid.set(r, C.extra + 6, extra[6], countLook, guards.whole);
    grid.set(r, C.extra + 7, extra[7], textLook);
  });
  grid.tables.push({
    name: "MsokoResults",
    range: { row: RESULTS_HEADER_ROW, col: 0, rows: total + 1, cols: HEADERS.length },
  });
  const widths = [
    11, 30, 14, 18, 7, 11, 6, 6, 6, 6, 10, 9, 9, 9, 8, 10, 11, 10, 10, 11, 9, 8, 10, 9, 13, 10, 10, 10, 10, 10, 10, 30,
  ];
  return grid.toSheet(t.sheetName, RESULTS_ROLE, {
    columnWidths: widths,
    freeze: { rows: FIRST_ROW, cols: 2 },
  });
}

export type ResultsProblem = RowProblem;

/**
 * Reads «Результаты процедур» back by its headers. Rows with nothing typed are skipped; a row that
 * cannot be read is reported in Russian and left out. «не проводилось» in «Участники» marks notHeld.
 */
export function readResults(cells: readonly (readonly PlannedCell[])[]): {
  /** Schools' rows: what every computation over schools takes. */
  rows: ResultRow[];
  /** The municipality's, region's and Russia's figures as their sources computed them («Уровень» filled). */
  references: ResultRow[];
  problems: ResultsProblem[];
} {
  const headerRow = cells.findIndex((line) => [t.period, t.school, t.procedure].every((h) => line.includes(h)));
  if (headerRow < 0) return { rows: [], references: [], problems: [{ row: 0, message: t.noHeader }] };
  const header = cells[headerRow];
  const col = (name: string) => header.indexOf(name);
  const rows: ResultRow[] = [];
  const references: ResultRow[] = [];
  const problems: ResultsProblem[] = [];

  for (let r = headerRow + 1; r < cells.length; r++) {
    const line = cells[r];
    const get = (name: string) => (col(name) >= 0 ? line[col(name)] : null);
    const inputs = INPUT_HEADERS.map(get);
    const problem = (what: string) =>
      problems.push({ row: r, message: t.rowProblem(r + 1, what), cells: typedValues(inputs) });

    const period = cellText(get(t.period));
    const school = cellText(get(t.school));
    const procedureText = cellText(get(t.procedure));
    const subject = cellText(get(t.subject));
    const grade = cellText(get(t.grade));
    const procedure = PROCEDURES.find((p) => p.toLowerCase() === procedureText.toLowerCase());
    // Nothing typed but perhaps the prefilled period: an untouched input row.
    if (inputs.slice(1).every(isBlankCell)) continue;
    const missing = !period
      ? t.noPeriod
      : !school
        ? t.noSchool
        : !procedure
          ? t.unknownProcedure(procedureText)
          : !subject
            ? t.noSubject
            : undefined;
    if (missing) {
      problem(missing);
      continue;
    }
    const levelText = cellText(get(x.level)).toLowerCase();
    const level = LEVELS.find((l) => x.levels[l].toLowerCase() === levelText);
    if (levelText && !level && levelText !== x.schoolLevel) {
      problem(x.unknownLevel(cellText(get(x.level))));
      continue;
    }
    const source = cellText(get(x.source));
    const base = {
      period,
      school,
      procedure: procedure as Procedure,
      subject,
      grade,
      ...(level && { level }),
      ...(source && { source }),
      row: r,
    };

    const numbers = [...MARKS, ...BANDS, ...CONFIRMATION, ...EXTRA_NUMBERS].map(get);
    if (isNotHeld(get(t.participants) as CellValue)) {
      if (numbers.some((cell) => !isBlankCell(cell))) problem(t.numbersAfterNotHeld);
      else rows.push({ ...base, notHeld: true });
      continue;
    }
    const read = (name: string): number | undefined | Error => {
      const value = readCount(get(name) as CellValue, name);
      if (isError(value)) return new Error(value.message);
      if (value.kind === "notHeld") return new Error(t.numbersAfterNotHeld);
      return value.kind === "number" ? value.value : undefined;
    };
    const readDecimal = (name: string): number | undefined | Error => {
      const cell = get(name) as CellValue;
      if (isBlankCell(cell)) return undefined;
      const value = typeof cell === "number" ? cell : Number(String(cell).replace(",", ".").trim());
      return Number.isFinite(value) && value >= 0 ? value : new Error(x.notNumber(name, String(cell)));
    };
    const values = new Map<string, number | undefined | Error>([
      ...COUNT_HEADERS.map((name) => [name, read(name)] as const),
      ...[x.sourceBelowMinimum, x.sourceHigh, x.sourceHundred].map((name) => [name, read(name)] as const),
      ...[x.averageScore, x.averagePrimary].map((name) => [name, readDecimal(name)] as const),
    ]);
    const broken = [...values.values()].find((value): value is Error => value instanceof Error);
    if (broken) {
      problem(broken.message);
      continue;
    }
    const n = (name: string) => (values.get(name) as number | undefined) ?? 0;
    const filled = (names: readonly string[]) => names.some((name) => values.get(name) !== undefined);
    if (filled(MARKS) && filled(BANDS)) {
      problem(t.bothKinds);
      continue;
    }
    const [m5, m4, m3, m2] = MARKS.map(n);
    const [below, to60, to80, to99, top] = BANDS.map(n);
    const [lowered, confirmed, raised] = CONFIRMATION.map(n);
    const distribution: MarkDistribution | ScoreBands | undefined = filled(MARKS)
      ? { kind: "marks", n5: m5, n4: m4, n3: m3, n2: m2 }
      : filled(BANDS)
        ? { kind: "bands", belowMinimum: below, upTo60: to60, from61to80: to80, from81to99: to99, hundred: top }
        : undefined;
    const confirmation: Confirmation | undefined = filled(CONFIRMATION) ? { lowered, confirmed, raised } : undefined;
    const blankIn = (names: readonly string[], fields: readonly BlankCount[]) =>
      filled(names) ? fields.filter((_, i) => values.get(names[i]) === undefined) : [];
    const blanks = [
      ...(distribution?.kind === "marks" ? blankIn(MARKS, MARK_FIELDS) : []),
      ...(distribution?.kind === "bands" ? blankIn(BANDS, BAND_FIELDS) : []),
      ...blankIn(CONFIRMATION, CONFIRMATION_FIELDS),
    ];
    const participants = values.get(t.participants) as number | undefined;
    const extra = (name: string) => values.get(name) as number | undefined;
    const highLabel = cellText(get(x.sourceHighLabel));
    const sourceBands: SourceBands = {
      ...(extra(x.sourceBelowMinimum) !== undefined && { belowMinimum: extra(x.sourceBelowMinimum) }),
      ...(highLabel && { highLabel }),
      ...(extra(x.sourceHigh) !== undefined && { high: extra(x.sourceHigh) }),
      ...(extra(x.sourceHundred) !== undefined && { hundred: extra(x.sourceHundred) }),
    };
    const row: ResultRow = {
      ...base,
      ...(participants !== undefined && { participants }),
      ...(distribution && { distribution }),
      ...(confirmation && { confirmation }),
      ...(extra(x.averageScore) !== undefined && { averageScore: extra(x.averageScore) }),
      ...(extra(x.averagePrimary) !== undefined && { averagePrimary: extra(x.averagePrimary) }),
      ...(Object.keys(sourceBands).length > 0 && { sourceBands }),
      ...(blanks.length > 0 && { blanks }),
    };
    (row.level ? references : rows).push(row);
  }
  return { rows, references, problems };
}
