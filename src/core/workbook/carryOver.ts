import type { Framework, Indicator } from "../catalog/schema";
import { carryText as t } from "../i18n/carryOver";
import { ru } from "../i18n/ru";
import { cellA1 } from "../plan/a1";
import { SheetGrid } from "../plan/sheetGrid";
import type { CellValue, PlannedCell, SheetPlan } from "../plan/types";
import { formatPlain } from "../text/format";
import { entryIndicators, entryOf, hasParts } from "./entry";
import { Field, fieldOfHeader, InputKey, keyOf, parseKey, scanSheet } from "./inputs";

/**
 * What a rebuild keeps of what the user put on the add-in's entry sheets — one rule for both workbook shells:
 *
 * - a value typed into an input cell returns to its place (or to «Архив данных» when the place is gone);
 * - a formula typed into an input cell is the user's: it returns to its place, never replaced by a number, or is
 *   archived as text;
 * - a note on a cell of the table is archived with the cell's indicator, school and column, and reported;
 * - a value typed over a computed cell (a share, a school sum, «Динамика», «Статус», «Тенденция») is archived
 *   with a notice naming the cell, and the formula comes back;
 * - a value fed from «Результаты процедур» follows corrected results while the cell still holds what was fed; a
 *   cell the user typed over or cleared stays as the user left it, and is reported; a value the results no longer
 *   give leaves the cell blank, never 0.
 *
 * What was fed is recorded on a hidden sheet, so the next rebuild can tell a fed value from a typed one.
 */

/** The minimal view of an existing sheet this module reads (the planner's ExistingSheet). */
interface Sheet {
  readonly name: string;
  readonly role?: string;
  readonly cells?: readonly (readonly PlannedCell[])[];
  readonly notes?: readonly { readonly row: number; readonly col: number; readonly text: string }[];
}

export const FED_ROLE = "fed";
const ARCHIVE_ROLE = "archive";
const ARCHIVE_FIRST_ROW = 3;
const LISTED = 5;

/** The record's marker: undefined (never fed), the value written last time, or the user's. */
type Fed = CellValue | typeof USER;
const USER = Symbol("user");

const isFormula = (cell: PlannedCell | undefined): cell is { formula: string } =>
  typeof cell === "object" && cell !== null;
const isBlank = (cell: PlannedCell | undefined) => cell === undefined || cell === null || cell === "";

/** «'Лист'!F7», as Excel names a cell. */
const address = (sheet: string, row: number, col: number) => `'${sheet.replace(/'/g, "''")}'!${cellA1(row, col)}`;

function listed(items: readonly string[]): string {
  const shown = items.slice(0, LISTED).join("; ");
  return items.length > LISTED ? `${shown}; ${t.andMore(items.length - LISTED)}` : shown;
}

const DYNAMICS = new RegExp(`^${ru.layout.dynamics("(.+)")}$`);
const isComputedHeader = (text: string) => text === ru.layout.status || text === ru.layout.trend || DYNAMICS.test(text);

/** «ASN.1.01.01, МБОУ «СОШ № 1», 2023/2024»: a cell named by what it holds, where its address is unknown. */
function described(id: string): string {
  const key = parseKey(id);
  return [key.code, key.school, key.period].filter(Boolean).join(", ");
}

export interface CarryOver {
  /** Typed values and the user's formulas by key: archived ones first, then what the sheets hold. */
  readonly inputs: Map<string, PlannedCell>;
  /** Values from the results for cells that are still the results': blank, or as fed last time. */
  readonly fed: Map<string, CellValue>;
  /** Rows for «Архив данных» that are not inputs: values typed over computed cells, earlier and now. */
  readonly archiveRows: CellValue[][];
  readonly notices: string[];
  /** True when a record of fed values exists or is needed. */
  readonly recordNeeded: boolean;
  /** Fed values for cells that were blank: newly filled from the results. */
  readonly fresh: ReadonlySet<string>;
  /**
   * The record for the next rebuild, given what the new layout put in each input cell (undefined: no such cell).
   * `partial`: only some sheets are laid out (an import); the entries of the others are kept as they were.
   */
  record(sheetName: string, landed: (id: string) => PlannedCell | undefined, partial?: boolean): SheetPlan;
}

const FIELD_WORDS: Record<Field, string> = ru.validation.fieldName;
const fieldOfWord = (word: unknown) =>
  (Object.keys(FIELD_WORDS) as Field[]).find((field) => FIELD_WORDS[field] === word);

function readRecord(existing: readonly Sheet[]): Map<string, Fed> | undefined {
  const sheet = existing.find((s) => s.role === FED_ROLE);
  if (!sheet) return undefined;
  const record = new Map<string, Fed>();
  for (const [code, school, period, word, value] of (sheet.cells ?? []).slice(1)) {
    const field = fieldOfWord(word);
    if (typeof code !== "string" || code === "" || !field) continue;
    const key: InputKey = {
      code,
      field,
      period: typeof period === "string" && period !== "" ? period : undefined,
      school: typeof school === "string" && school !== "" ? school : undefined,
    };
    if (value === t.fedUser) record.set(keyOf(key), USER);
    else if (!isBlank(value) && !isFormula(value)) record.set(keyOf(key), value as CellValue);
  }
  return record;
}

function recordSheet(sheetName: string, rows: readonly [InputKey, Fed][]): SheetPlan {
  const grid = new SheetGrid();
  t.fedHeaders.forEach((text, col) => grid.set(0, col, text, { style: "header" }));
  rows.forEach(([key, value], index) => {
    const line = [
      key.code,
      key.school ?? "",
      key.period ?? "",
      FIELD_WORDS[key.field],
      value === USER ? t.fedUser : value,
    ];
    line.forEach((cell, col) => grid.set(index + 1, col, cell, { style: "label" }));
  });
  return { ...grid.toSheet(sheetName, FED_ROLE, { columnWidths: [14, 30, 12, 14, 16] }), hidden: true };
}

const sameValue = (a: PlannedCell | undefined, b: CellValue) =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) : a === b;

function shown(cell: PlannedCell | undefined): string {
  if (isBlank(cell)) return t.blank;
  if (isFormula(cell)) return `${t.formula} ${cell.formula}`;
  return typeof cell === "number" ? formatPlain(cell) : String(cell);
}

/**
 * Reads what the entry sheets and «Архив данных» hold and decides, cell by cell, what the new layout gets.
 * `fromResults`: the values the results determine now, by key.
 */
export function carryOver(
  framework: Framework,
  existing: readonly Sheet[],
  fromResults: ReadonlyMap<string, CellValue>,
): CarryOver {
  const indicators = new Map<string, Indicator>(
    entryIndicators(framework.systems.flatMap((s) => s.criteria.flatMap((c) => c.indicators))).map((i) => [i.code, i]),
  );
  const inputs = new Map<string, PlannedCell>();
  const archiveRows: CellValue[][] = [];
  const notices: string[] = [];
  const where = new Map<string, string>();

  // «Архив данных»: inputs come back when their place does; other rows (overrides) stay as they are.
  for (const sheet of existing.filter((s) => s.role === ARCHIVE_ROLE)) {
    for (const row of (sheet.cells ?? []).slice(ARCHIVE_FIRST_ROW)) {
      const [source, code, school, column, value] = row;
      if (typeof code !== "string" || code === "" || isBlank(value) || isFormula(value)) continue;
      const field = typeof column === "string" ? fieldOfHeader(column) : undefined;
      if (!field) {
        archiveRows.push(
          [source, code, school, column, value].map((cell) => (isFormula(cell) ? null : cell)) as CellValue[],
        );
        continue;
      }
      const key = keyOf({
        code,
        field: field.field,
        period: field.period,
        school: school ? String(school) : undefined,
      });
      const formula = typeof value === "string" ? t.archivedFormulaPattern.exec(value) : null;
      inputs.set(key, formula ? { formula: formula[1] } : value);
    }
  }

  // Systems whose school sheet existed: their system-sheet cells of per-school indicators were sums, not inputs.
  const summed = new Set(
    existing.flatMap((s) => (s.role?.startsWith("schools:") ? [s.role.slice("schools:".length)] : [])),
  );
  const isInput = (key: InputKey, onSchoolSheet: boolean, system: string): boolean | undefined => {
    const indicator = indicators.get(key.code);
    if (!indicator) return undefined;
    if (key.field === "target") return true;
    // A broken-down indicator's total is computed from its parts, on either sheet.
    if (hasParts(indicator)) return false;
    const entry = entryOf(indicator);
    if (onSchoolSheet) return entry.inputs === "numDen" ? key.field !== "val" : key.field === "val";
    if (entry.per === "school" && summed.has(system)) return false;
    return entry.inputs === "value" ? key.field === "val" : key.field !== "val";
  };

  const formulas: string[] = [];
  const overrides: string[] = [];
  const totals: string[] = [];
  const notes: string[] = [];
  for (const sheet of existing) {
    const role = sheet.role ?? "";
    const onSchoolSheet = role.startsWith("schools:");
    if (!onSchoolSheet && !role.startsWith("system:")) continue;
    const system = role.slice(role.indexOf(":") + 1);
    const cells = sheet.cells ?? [];
    const scan = scanSheet(cells);
    if (!scan) continue;
    const header = cells[scan.headerRow].map((cell) => (typeof cell === "string" ? cell.trim() : ""));
    const fields = header.map((text) => fieldOfHeader(text));
    const computed = header.map(isComputedHeader);
    for (const { row, code, school } of scan.rows) {
      header.forEach((text, col) => {
        const cell = cells[row]?.[col];
        const field = fields[col];
        const at = address(sheet.name, row, col);
        if (field) where.set(keyOf({ code, field: field.field, period: field.period, school }), at);
        if (isBlank(cell)) return;
        const override = () => {
          archiveRows.push([sheet.name, code, school ?? "", text, cell as CellValue]);
          overrides.push(at);
        };
        if (field) {
          const key = { code, field: field.field, period: field.period, school };
          const input = isInput(key, onSchoolSheet, system);
          if (isFormula(cell)) {
            // Our formulas stand in computed cells; one in an input cell was typed by the user.
            if (input !== true) return;
            formulas.push(at);
          } else if (input === false && hasParts(indicators.get(code)!)) {
            // A total typed before the indicator was broken down (or over its formula): the parts are the user's to type.
            archiveRows.push([sheet.name, code, school ?? "", t.totalColumn(text), cell as CellValue]);
            totals.push(at);
            return;
          } else if (input === false) {
            override();
            return;
          }
          inputs.set(keyOf(key), cell as PlannedCell);
        } else if (computed[col] && !isFormula(cell)) override();
      });
    }
    // A note on a cell of our table does not survive the rewrite of the sheet: it is archived with its cell.
    const codes = new Map(scan.rows.map((line) => [line.row, line]));
    for (const note of sheet.notes ?? []) {
      const line = codes.get(note.row);
      const text = header[note.col];
      if (!line || !text || note.text.trim() === "") continue;
      archiveRows.push([sheet.name, line.code, line.school ?? "", t.noteColumn(text), note.text.trim()]);
      notes.push(address(sheet.name, note.row, note.col));
    }
  }
  if (formulas.length > 0) notices.push(t.formulasKept(formulas.length, listed(formulas)));
  if (notes.length > 0) notices.push(t.notesArchived(notes.length, listed(notes)));
  if (overrides.length > 0) notices.push(t.overridesArchived(overrides.length, listed(overrides)));
  if (totals.length > 0) notices.push(t.totalsArchived(totals.length, listed(totals)));

  // Values fed from the results: follow the results while the cell is still theirs.
  const before = readRecord(existing);
  const fed = new Map<string, CellValue>();
  const ours = new Set<string>();
  const users = new Set<string>();
  const fresh = new Set<string>();
  const userCells: string[] = [];
  let updated = 0;
  let cleared = 0;
  for (const id of new Set([...fromResults.keys(), ...(before?.keys() ?? [])])) {
    const now = fromResults.get(id);
    const had = inputs.get(id);
    const last = before?.get(id);
    const takeOver = () => {
      users.add(id);
      if (now !== undefined && !sameValue(had, now))
        userCells.push(t.userCell(where.get(id) ?? described(id), shown(had), shown(now)));
    };
    if (last !== undefined && last !== USER) {
      if (!sameValue(had, last)) takeOver();
      else {
        inputs.delete(id);
        if (now === undefined) cleared++;
        else {
          fed.set(id, now);
          ours.add(id);
          if (now !== last) updated++;
        }
      }
    } else if (last === USER) {
      if (now !== undefined && sameValue(had, now)) ours.add(id);
      else takeOver();
    } else if (now !== undefined) {
      if (isBlank(had)) {
        fed.set(id, now);
        ours.add(id);
        fresh.add(id);
      } else if (sameValue(had, now)) ours.add(id);
      else takeOver();
    }
  }
  if (updated > 0) notices.push(t.fedUpdated(updated));
  if (cleared > 0) notices.push(t.fedCleared(cleared));
  if (userCells.length > 0) notices.push(t.userOverFed(userCells.length, listed(userCells)));

  return {
    inputs,
    fed,
    archiveRows,
    notices,
    fresh,
    recordNeeded: before !== undefined || ours.size > 0 || users.size > 0,
    record(sheetName, landed, partial = false) {
      const rows: [InputKey, Fed][] = [];
      if (partial) for (const [id, last] of before ?? []) if (landed(id) === undefined) rows.push([parseKey(id), last]);
      for (const id of ours) {
        const value = fromResults.get(id);
        // A value collected from a form may have taken the cell: then it is not the results' any more.
        if (value !== undefined && sameValue(landed(id), value)) rows.push([parseKey(id), value]);
      }
      for (const id of users) if (landed(id) !== undefined) rows.push([parseKey(id), USER]);
      return recordSheet(sheetName, rows);
    },
  };
}
