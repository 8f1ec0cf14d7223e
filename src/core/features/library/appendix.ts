import { derivedAudience } from "../../catalog/audience";
import type { OrgKind, SourceRef, Unit } from "../../catalog/schema";
import type { Direction } from "../../base/model/terms";
import { closestEntry, IndicatorKind, LibraryEntry } from "./library";
import { mechanismOf } from "../../catalog/mechanisms";
import { Mechanism } from "../../base/model/terms";
import { normaliseWording } from "./similarity";

/**
 * Reads the appendix tables of a Положение о МСОКО («Критерий | Показатель | Единица измерения»),
 * as they come from Word, a workbook or text pasted from Word, into a draft catalog: every guess
 * (unit, kind, direction, audience, library match) is marked so the user can confirm it, and every
 * row that could not be read is listed with its place — nothing is dropped silently.
 */

/** One table as a grid of cell texts; merged cells repeat their text or leave the copies empty. */
export interface SourceTable {
  /** The text just above the table in the document («Таблица 1. Система …»), when there is one. */
  readonly caption?: string;
  readonly rows: readonly (readonly string[])[];
}

export interface DraftIndicator {
  /** As in the document, numbering and footnote marks removed. */
  readonly name: string;
  /** The user's own wording, where the table gives one beside the document's. */
  readonly label?: string;
  readonly unit: Unit;
  /** The unit as the document writes it; empty when its cell was empty. */
  readonly unitVerbatim: string;
  readonly unitGuessed: boolean;
  readonly kind: IndicatorKind;
  readonly direction: Direction;
  readonly audience: readonly OrgKind[];
  readonly collectedPer: "school" | "municipality";
  /** The library indicator worded closest, when close enough: its computation and feed are inherited. */
  readonly match?: { readonly entry: LibraryEntry; readonly similarity: number };
  readonly table: number;
  readonly row: number;
  /** Where the wording comes from when not from a read table: a library pick's document, one's own addition. */
  readonly source?: SourceRef;
}

export interface DraftCriterion {
  readonly name: string;
  readonly indicators: DraftIndicator[];
}

export interface DraftSystem {
  readonly name: string;
  readonly mechanism: Mechanism;
  readonly criteria: DraftCriterion[];
}

export type AppendixProblemKind = "noIndicator" | "footnote" | "noTable";

export interface AppendixProblem {
  /** 1-based number of the table in the document and of the row in it (0 for the whole table). */
  readonly table: number;
  readonly row: number;
  readonly kind: AppendixProblemKind;
  readonly text: string;
}

export interface AppendixDraft {
  readonly systems: DraftSystem[];
  readonly problems: AppendixProblem[];
  /** Tables looked at that were not indicator tables (no «Показатель» header). */
  readonly skippedTables: number;
}

interface Columns {
  readonly criterion?: number;
  readonly indicator: number;
  readonly unit?: number;
  /** The library sheet's columns: the system on every row, «Взять», and one's own wording. */
  readonly system?: number;
  readonly take?: number;
  readonly label?: number;
}

const cellKey = (text: string) => normaliseWording(text);

/** The header row and its columns: «Показатель» is required; «Критерий» and «Единица измерения» may be absent. */
function findHeader(rows: readonly (readonly string[])[]): { index: number; columns: Columns } | undefined {
  for (let index = 0; index < Math.min(rows.length, 10); index++) {
    const keys = rows[index].map(cellKey);
    const indicator = keys.findIndex((key) => /^(наименование )?показател|^индикатор/.test(key));
    if (indicator < 0) continue;
    const criterion = keys.findIndex((key, at) => at !== indicator && /критери/.test(key));
    const unit = keys.findIndex((key) => /единиц|ед изм|^ед$/.test(key));
    const optional = {
      criterion,
      unit,
      system: keys.findIndex((key, at) => at !== indicator && /^(механизм|система)/.test(key)),
      take: keys.findIndex((key) => /^взять/.test(key)),
      label: keys.findIndex((key) => /^сво[а-яё]* формулировк/.test(key)),
    };
    const found = Object.fromEntries(Object.entries(optional).filter(([, at]) => at >= 0));
    return { index, columns: { indicator, ...found } };
  }
  return undefined;
}

/** «да», «+», «x», «1» in «Взять» pick a library row; anything else leaves it out. */
const TAKEN = /^(да|\+|x|х|v|1|✓|✔)$/i;

const NUMBERING = /^\s*(\d+(\.\d+)*\.?|[а-я]\)|\d+\))\s+/i;
const FOOTNOTE_MARKS = /[*¹²³⁴⁵]+|\(\d\)$/g;

/** «1.1. Доля …*» → «Доля …». */
export function cleanWording(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .replace(NUMBERING, "")
    .replace(FOOTNOTE_MARKS, "")
    .trim();
}

const UNIT_WORDS: readonly (readonly [RegExp, Unit])[] = [
  [/^(%|процент[а-яё]*|доля|в процентах|проц)$/, "percent"],
  [/^(ед|единиц[а-яё]*|шт|штук[а-яё]*|чел|человек[а-яё]*|количество|кол во|число|человеко часы)$/, "count"],
  [/^(да нет|да\/нет|наличие|есть нет)$/, "yesno"],
  [/^(балл[а-яё]*|б)$/, "score"],
];

/** The unit a cell names, or undefined when the cell is empty or unknown. */
export function unitOfText(text: string): Unit | undefined {
  const key = normaliseWording(text).replace(/\//g, " ").replace(/\s+/g, " ");
  if (key === "") return undefined;
  if (text.trim() === "%") return "percent";
  if (/^да\s*\/?\s*нет$/i.test(text.trim())) return "yesno";
  return UNIT_WORDS.find(([pattern]) => pattern.test(key))?.[1];
}

/** The unit read off the wording, where the unit cell is empty: «Доля» is percent, «Наличие» да/нет. */
export function unitOfWording(name: string): Unit {
  const key = normaliseWording(name);
  if (/^(доля|удельный вес|процент)/.test(key)) return "percent";
  if (/^(наличие|соответствие|обеспечение наличия)/.test(key)) return "yesno";
  if (/^средн[а-яё]* (балл|оценк)|рейтинг|индекс/.test(key)) return "score";
  return "count";
}

/** What an indicator is, from its unit: «%» is a share, баллы an average when the wording says «средний». */
export function kindOfUnit(unit: Unit, name: string): IndicatorKind {
  if (unit === "percent") return "share";
  if (unit === "yesno") return "yesno";
  if (unit === "score") return /^средн/i.test(name) ? "average" : "score";
  if (unit === "ratio") return "ratio";
  return "count";
}

/** Lower is better where the wording counts failures: «2», неуспевающие, КДН, правонарушения, пропуски. */
const LOWER_IS_BETTER =
  /неуспева|не преодолев|не получивш|ниже минимальн|отметк[а-яё]* «?2»?|неудовлетворительн|правонаруш|преступлен|кдн|на учете|пропуск|отсев|травм|вакан|дефицит|жалоб|необъективн|низк[а-яё]* результат|выбывш|второгодн/i;

export function directionOfWording(name: string): Direction {
  return LOWER_IS_BETTER.test(name) ? "lower" : "higher";
}

/** Municipal-level facts («наличие … на муниципальном уровне», «в районе») are collected once, not per school. */
export function collectedPerOf(name: string, unit: Unit): "school" | "municipality" {
  if (
    /муниципальн[а-яё]* уровн|в районе|в муниципалитете|муниципальн[а-яё]* (программ|систем|нормативн|акт|сет)/i.test(
      name,
    )
  ) {
    return "municipality";
  }
  return unit === "yesno" ? "municipality" : "school";
}

/**
 * A row that names a system or a criterion rather than an indicator: one text merged across the row
 * (readers repeat a merged cell's text in the cells it spans), or a lone text outside «Показатель».
 */
function sectionText(row: readonly string[], indicatorText: string): string | undefined {
  const filled = row.map((cell) => cell.trim()).filter((cell) => cell !== "");
  const texts = new Set(filled);
  return texts.size === 1 && (filled.length >= 2 || indicatorText === "") ? filled[0] : undefined;
}

const SYSTEM_WORDS = /^(\d+(\.\d+)*\.?\s*)?(система|механизм|подсистема|направление)(?=[\s,.:]|$)/i;

interface Cursor {
  system?: DraftSystem;
  criterion?: DraftCriterion;
}

function startSystem(systems: DraftSystem[], cursor: Cursor, name: string): void {
  const clean = cleanWording(name);
  const system: DraftSystem = {
    name: clean,
    mechanism: mechanismOf({ label: clean, name: clean, sheetName: clean }),
    criteria: [],
  };
  systems.push(system);
  cursor.system = system;
  cursor.criterion = undefined;
}

function startCriterion(cursor: Cursor, name: string): DraftCriterion {
  const criterion: DraftCriterion = { name: cleanWording(name), indicators: [] };
  cursor.system!.criteria.push(criterion);
  cursor.criterion = criterion;
  return criterion;
}

/** Reads every indicator table of a document; `library` is matched against each indicator's wording. */
export function readAppendix(tables: readonly SourceTable[], library: readonly LibraryEntry[]): AppendixDraft {
  const systems: DraftSystem[] = [];
  const problems: AppendixProblem[] = [];
  let skippedTables = 0;
  const cursor: Cursor = {};
  tables.forEach((table, tableIndex) => {
    const tableNo = tableIndex + 1;
    const header = findHeader(table.rows);
    if (!header) {
      skippedTables++;
      return;
    }
    const { columns } = header;
    const caption = table.caption ?? captionAbove(table.rows, header.index);
    // A table titled by its system («Таблица 1. Система …») holds that system: a heading row inside it is a criterion.
    const captioned = caption !== undefined && SYSTEM_WORDS.test(cleanCaption(caption));
    if (captioned) startSystem(systems, cursor, cleanCaption(caption));
    for (let index = header.index + 1; index < table.rows.length; index++) {
      const row = table.rows[index];
      const rowNo = index + 1;
      if (row.every((cell) => cell.trim() === "")) continue;
      if (/^\d+$/.test(row.map((cell) => cell.trim()).join(""))) continue; // a row of column numbers «1 2 3»
      if (columns.take !== undefined && !TAKEN.test((row[columns.take] ?? "").trim())) continue;
      const systemText = columns.system === undefined ? "" : cleanWording(row[columns.system] ?? "");
      if (systemText !== "" && systemText !== cursor.system?.name) startSystem(systems, cursor, systemText);
      const indicatorText = cleanWording(row[columns.indicator] ?? "");
      const section = columns.system === undefined ? sectionText(row, indicatorText) : undefined;
      if (section !== undefined) {
        if (/^[*¹²³]|^примечани/i.test(section.trim())) {
          problems.push({ table: tableNo, row: rowNo, kind: "footnote", text: section });
        } else if (SYSTEM_WORDS.test(section) || !cursor.system || (columns.criterion === undefined && !captioned)) {
          startSystem(systems, cursor, section);
        } else startCriterion(cursor, section);
        continue;
      }
      if (!cursor.system) startSystem(systems, cursor, caption ? cleanCaption(caption) : "");
      const criterionText = columns.criterion === undefined ? "" : cleanWording(row[columns.criterion] ?? "");
      if (criterionText !== "" && criterionText !== cursor.criterion?.name) startCriterion(cursor, criterionText);
      if (indicatorText === "") {
        problems.push({ table: tableNo, row: rowNo, kind: "noIndicator", text: row.join(" | ").trim() });
        continue;
      }
      const criterion = cursor.criterion ?? startCriterion(cursor, "");
      criterion.indicators.push(draftIndicator(indicatorText, row, columns, cursor.system!, library, tableNo, rowNo));
    }
  });
  if (tables.length > 0 && systems.length === 0) {
    problems.push({ table: 0, row: 0, kind: "noTable", text: "" });
  }
  return { systems: systems.filter((system) => system.criteria.length > 0), problems, skippedTables };
}

/** In a sheet, the title stands in the rows above the header: the last lone text there. */
function captionAbove(rows: readonly (readonly string[])[], headerIndex: number): string | undefined {
  for (let index = headerIndex - 1; index >= 0; index--) {
    const texts = [...new Set(rows[index].map((cell) => cell.trim()).filter((cell) => cell !== ""))];
    if (texts.length === 1) return texts[0];
  }
  return undefined;
}

function cleanCaption(caption: string): string {
  return cleanWording(caption.replace(/^\s*таблица\s*\d*\.?\s*/i, ""));
}

function draftIndicator(
  name: string,
  row: readonly string[],
  columns: Columns,
  system: DraftSystem,
  library: readonly LibraryEntry[],
  table: number,
  rowNo: number,
): DraftIndicator {
  const unitVerbatim = columns.unit === undefined ? "" : (row[columns.unit] ?? "").replace(/\s+/g, " ").trim();
  const read = unitOfText(unitVerbatim);
  const unit = read ?? unitOfWording(name);
  const match = closestEntry(library, name);
  const label = columns.label === undefined ? "" : cleanWording(row[columns.label] ?? "");
  return {
    name,
    ...(label && { label }),
    unit,
    unitVerbatim,
    unitGuessed: read === undefined,
    kind: kindOfUnit(unit, name),
    direction: match?.entry.direction ?? directionOfWording(name),
    audience: derivedAudience({ label: system.name }, { label: name }),
    collectedPer: match?.entry.indicator.collectedPer ?? collectedPerOf(name, unit),
    ...(match && { match }),
    table,
    row: rowNo,
  };
}

/** How many indicators a draft holds. */
export const draftIndicatorCount = (draft: AppendixDraft): number =>
  draft.systems.reduce(
    (total, system) => total + system.criteria.reduce((sum, criterion) => sum + criterion.indicators.length, 0),
    0,
  );
