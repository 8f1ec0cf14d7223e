import { FlagTopic, flagTopic, statusTopic } from "../catalog/statusTopic";
import { ru } from "../base/i18n/ru";
import { statusTexts } from "../base/i18n/statuses";

/**
 * ШНОР (low results) and ШНСУ (adverse social conditions) are statuses the methodologist gives a
 * school on the «ОО» sheet, by period; the risk rule only suggests them. Indicators about ШНОР/ШНСУ
 * are collected from the marked schools only, so their shares count over the marked schools; an
 * indicator whose flag is the status itself («доля школ зоны риска») is computed from the marks.
 */

/** The statuses of an organisation in one period; a status left undefined filters nothing. */
export interface OrgFlags {
  readonly shnor?: boolean;
  readonly shnsu?: boolean;
}

/** Whether flags say an organisation has the status; undefined flags (no column) say nothing. */
export function hasStatus(topic: FlagTopic, flags: OrgFlags | undefined): boolean | undefined {
  if (!flags) return undefined;
  const { shnor, shnsu } = flags;
  if (topic === "shnor") return shnor;
  if (topic === "shnsu") return shnsu;
  if (shnor === true || shnsu === true) return true;
  return shnor === undefined && shnsu === undefined ? undefined : false;
}

/** Whether an organisation answers an indicator about ШНОР/ШНСУ: only when marked, where the book records marks. */
export function answersByFlags(topic: FlagTopic | undefined, flags: OrgFlags | undefined): boolean {
  if (!topic) return true;
  return hasStatus(topic, flags) !== false;
}

const YES = /^(да|\+|1|true|истина|x|х|v|✓)$/i;
const NO = /^(нет|-|−|0|false|ложь)$/i;
/** A whole-book column: «ШНОР» with no period, as a user (or an older form test) may add by hand. */
const ANY_PERIOD = "";

/** Statuses read from «ОО»: by school, then by period («» for a column with no period); a blank cell is undefined. */
export interface OrgStatuses {
  readonly bySchool: ReadonlyMap<string, ReadonlyMap<string, OrgFlags>>;
  /** The statuses the sheet has a column for: a blank of such a status reads as «нет». */
  readonly kept: ReadonlySet<"shnor" | "shnsu">;
  /** Periods with a status column on the sheet («» for a column without a period). */
  readonly periods: readonly string[];
  /** Periods in which some school is marked «да» or «нет»: elsewhere the status share is left blank. */
  readonly decided: ReadonlySet<string>;
}

export const NO_STATUSES: OrgStatuses = { bySchool: new Map(), kept: new Set(), periods: [], decided: new Set() };

/**
 * The statuses of a school in a period: what its period's column says, else the column without a
 * period, else «нет» where the sheet keeps the status at all (a blank, or a period added since).
 */
export function flagsIn(statuses: OrgStatuses, school: string, period: string): OrgFlags | undefined {
  const own = statuses.bySchool.get(school);
  if (!own) return undefined;
  const [at, any] = [own.get(period), own.get(ANY_PERIOD)];
  const read = (status: "shnor" | "shnsu") =>
    at?.[status] ?? any?.[status] ?? (statuses.kept.has(status) ? false : undefined);
  return { shnor: read("shnor"), shnsu: read("shnsu") };
}

/** Whether a school has the status in any of the periods: its rows about the status are laid out then. */
export function answersInAny(
  topic: FlagTopic | undefined,
  statuses: OrgStatuses,
  school: string,
  periods: readonly string[],
): boolean {
  if (!topic || !statuses.bySchool.has(school)) return true;
  return periods.some((period) => answersByFlags(topic, flagsIn(statuses, school, period)));
}

/** A header of a status column: «ШНОР», «ШНОР 2024/2025», «ШССУ 2024» (any case). */
function statusHeader(text: string): { status: "shnor" | "shnsu"; period: string } | undefined {
  const match = /^(ШНОР|ШНСУ|ШССУ)(?![А-ЯЁа-яё])\s*(.*)$/iu.exec(text.trim());
  if (!match) return undefined;
  return { status: match[1].toUpperCase() === "ШНОР" ? "shnor" : "shnsu", period: match[2].trim() };
}

/**
 * The «ШНОР» and «ШНСУ» columns of the «ОО» sheet, where the book has them. A status with no column
 * stays undefined (nothing is filtered by it); a blank cell reads as «нет» (flagsIn). `decided` keeps
 * the periods where some school was marked at all, so the status share of an untouched period stays blank.
 */
export function readOrgStatuses(grid: readonly (readonly unknown[])[]): OrgStatuses {
  const headerRow = grid.findIndex((row) => row.includes(ru.layout.schoolName));
  if (headerRow < 0) return NO_STATUSES;
  const header = grid[headerRow];
  const nameCol = header.indexOf(ru.layout.schoolName);
  const columns = header.flatMap((cell, col) => {
    const found = typeof cell === "string" ? statusHeader(cell) : undefined;
    return found ? [{ ...found, col }] : [];
  });
  if (columns.length === 0) return NO_STATUSES;
  const answer = (cell: unknown): boolean | undefined => {
    if (cell === true || cell === 1) return true;
    if (cell === false || cell === 0) return false;
    if (typeof cell !== "string") return undefined;
    if (YES.test(cell.trim())) return true;
    return NO.test(cell.trim()) ? false : undefined;
  };
  const typed = new Map<string, Map<string, { shnor?: boolean; shnsu?: boolean }>>();
  const decided = new Set<string>();
  for (const line of grid.slice(headerRow + 1)) {
    const name = line[nameCol];
    if (typeof name !== "string" || name.trim() === "") continue;
    const byPeriod = new Map<string, { shnor?: boolean; shnsu?: boolean }>();
    for (const { status, period, col } of columns) {
      const value = answer(line[col]);
      if (value !== undefined) decided.add(period);
      byPeriod.set(period, { ...byPeriod.get(period), [status]: value });
    }
    typed.set(name.trim(), byPeriod);
  }
  const kept = new Set(columns.map((column) => column.status));
  return { bySchool: typed, kept, periods: [...new Set(columns.map((column) => column.period))], decided };
}

/** The statuses as a BuildRequest gives them (the demo): every period decided. */
export function statusesOf(given: ReadonlyMap<string, ReadonlyMap<string, OrgFlags>>): OrgStatuses {
  const periods = [...new Set([...given.values()].flatMap((byPeriod) => [...byPeriod.keys()]))];
  return { bySchool: given, kept: new Set(["shnor", "shnsu"]), periods, decided: new Set(periods) };
}

/** No school marked, no period decided: the statuses of a book before the methodologist marks any. */
export function unmarked(schools: readonly string[]): OrgStatuses {
  const none = new Map<string, OrgFlags>();
  const bySchool = new Map(schools.map((school) => [school, none]));
  return { bySchool, kept: new Set(["shnor", "shnsu"]), periods: [], decided: new Set() };
}

/** The text a status cell holds on «ОО»: «да», «нет» or blank. */
export function statusCell(value: boolean | undefined): string | null {
  return value === undefined ? null : value ? ru.layout.yes : ru.layout.no;
}

export { flagTopic, statusTexts, statusTopic, type FlagTopic };
