import { ROLES, isSchoolSheetRole, systemCodeOfRole } from "../workbook/roles";
import type { Framework, Indicator } from "../catalog/schema";
import { carryText as t } from "../base/i18n/carryOver";
import { ru } from "../base/i18n/ru";
import { cellA1 } from "../base/plan/a1";
import { SheetGrid } from "../base/plan/sheetGrid";
import type { CellValue, PlannedCell, SheetPlan } from "../base/plan/types";
import { formulaShape } from "../base/plan/formulas";
import { formatPlain } from "../base/text/format";
import { entryOf, entryIndicators, hasParts } from "../workbook/entry";
import { Field, fieldOfHeader, InputKey, keyOf, parseKey, scanSheet } from "../workbook/inputs";
import { computedFormulaShapes } from "./systemSheet";
import type { SheetFormula } from "../workbook/existing";

/**
 * What a rebuild keeps of what the user put on the add-in's entry sheets — one rule for both workbook shells:
 *
 * - a value typed into an input cell returns to its place (or to «Архив данных» when the place is gone);
 * - a formula typed into an input cell is the user's: it returns to its place, never replaced by a number, or is
 *   archived as text;
 * - a note on a cell of the table is archived with the cell's indicator, school and column, and reported;
 * - a value or a formula of the user's typed over a computed cell (a share, a school sum, «Динамика», «Статус»,
 *   «Тенденция») is archived with a notice naming the cell (a formula as text), and our formula comes back; a
 *   formula is ours when it has the shape of one we write (formulaShape), wherever its references point;
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
  /** On the user's own sheets: formulas that read other sheets. */
  readonly formulas?: readonly SheetFormula[];
}
type ExistingLike = Sheet;

export const FED_ROLE = ROLES.fed;
const ARCHIVE_ROLE = ROLES.archive;
const ARCHIVE_FIRST_ROW = 3;
const LISTED = 5;

/** The record's marker: undefined (never fed), the value written last time, or the user's. */
type Fed = CellValue | typeof USER;
const USER = Symbol("user");

const isFormula = (cell: PlannedCell | undefined): cell is { formula: string } =>
  typeof cell === "object" && cell !== null;
const isBlank = (cell: PlannedCell | undefined) => cell === undefined || cell === null || cell === "";

export const noteKey = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;

/** «'Лист'!F7», as Excel names a cell. */
export const address = (sheet: string, row: number, col: number) =>
  `'${sheet.replace(/'/g, "''")}'!${cellA1(row, col)}`;

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

/** A cell still holding what the results gave at the last rebuild, while the results now give another value. */
export interface StaleFed {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly code: string;
  readonly school?: string;
  readonly period?: string;
  readonly stored: CellValue;
  /** What the results give now; undefined when they give nothing. */
  readonly now?: CellValue;
}

export interface CarryOver {
  /** Typed values and the user's formulas by key: archived ones first, then what the sheets hold. */
  readonly inputs: Map<string, PlannedCell>;
  /** Values from the results for cells that are still the results': blank, or as fed last time. */
  readonly fed: Map<string, CellValue>;
  /** Rows for «Архив данных» that are not inputs: values typed over computed cells, earlier and now. */
  readonly archiveRows: CellValue[][];
  readonly notices: string[];
  /** Fed cells the results have moved away from since the last rebuild (what «Проверить данные» reports). */
  readonly stale: readonly StaleFed[];
  /** Cells whose notes were archived here, as «sheet\u0000row\u0000col». */
  readonly archivedNotes: ReadonlySet<string>;
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
  const places = new Map<string, { sheet: string; row: number; col: number }>();
  const ourShapes = computedFormulaShapes();
  const isOurs = (formula: string) => ourShapes.has(formulaShape(formula));

  // «Архив данных»: inputs come back when their place does; other rows (overrides) stay as they are.
  for (const sheet of existing.filter((s) => s.role === ARCHIVE_ROLE)) {
    for (const row of (sheet.cells ?? []).slice(ARCHIVE_FIRST_ROW)) {
      const [source, code, school, column, value] = row;
      if (isBlank(value) || isFormula(value)) continue;
      if (typeof code !== "string" || code === "") {
        // A note from outside our tables has no indicator: it stays as it was archived.
        if (typeof column === "string" && t.noteColumnPattern.test(column))
          archiveRows.push(
            [source, "", school, column, value].map((cell) => (isFormula(cell) ? null : cell)) as CellValue[],
          );
        continue;
      }
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
    existing.flatMap((s) => (s.role && isSchoolSheetRole(s.role) ? [systemCodeOfRole(s.role)] : [])),
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
  const formulaOverrides: string[] = [];
  const totals: string[] = [];
  const notes: string[] = [];
  const archivedNotes = new Set<string>();
  for (const sheet of existing) {
    const role = sheet.role ?? "";
    const onSchoolSheet = isSchoolSheetRole(role);
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
        const at = () => address(sheet.name, row, col);
        if (field) {
          const id = keyOf({ code, field: field.field, period: field.period, school });
          places.set(id, { sheet: sheet.name, row, col });
        }
        if (isBlank(cell)) return;
        const override = () => {
          if (isFormula(cell)) {
            archiveRows.push([sheet.name, code, school ?? "", text, t.archivedFormula(cell.formula)]);
            formulaOverrides.push(at());
          } else {
            archiveRows.push([sheet.name, code, school ?? "", text, cell as CellValue]);
            overrides.push(at());
          }
        };
        if (field) {
          const key = { code, field: field.field, period: field.period, school };
          const input = isInput(key, onSchoolSheet, system);
          if (isFormula(cell)) {
            // A formula in an input cell was typed by the user; in a computed cell, it is ours if it has our shape.
            if (input === false && !isOurs(cell.formula)) override();
            if (input !== true) return;
            formulas.push(at());
          } else if (input === false && hasParts(indicators.get(code)!)) {
            // A total typed before the indicator was broken down (or over its formula): the parts are the user's to type.
            archiveRows.push([sheet.name, code, school ?? "", t.totalColumn(text), cell as CellValue]);
            totals.push(at());
            return;
          } else if (input === false) {
            override();
            return;
          }
          inputs.set(keyOf(key), cell as PlannedCell);
        } else if (computed[col] && !(isFormula(cell) && isOurs(cell.formula))) override();
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
      archivedNotes.add(noteKey(sheet.name, note.row, note.col));
    }
  }
  if (formulas.length > 0) notices.push(t.formulasKept(formulas.length, listed(formulas)));
  if (notes.length > 0) notices.push(t.notesArchived(notes.length, listed(notes)));
  if (overrides.length > 0) notices.push(t.overridesArchived(overrides.length, listed(overrides)));
  if (formulaOverrides.length > 0)
    notices.push(t.formulaOverridesArchived(formulaOverrides.length, listed(formulaOverrides)));
  if (totals.length > 0) notices.push(t.totalsArchived(totals.length, listed(totals)));

  // Values fed from the results: follow the results while the cell is still theirs.
  const before = readRecord(existing);
  const fed = new Map<string, CellValue>();
  const ours = new Set<string>();
  const users = new Set<string>();
  const fresh = new Set<string>();
  const userCells: string[] = [];
  const placed = (id: string) => {
    const place = places.get(id);
    return place && address(place.sheet, place.row, place.col);
  };
  const stale: StaleFed[] = [];
  let updated = 0;
  let cleared = 0;
  for (const id of new Set([...fromResults.keys(), ...(before?.keys() ?? [])])) {
    const now = fromResults.get(id);
    const had = inputs.get(id);
    const last = before?.get(id);
    const takeOver = () => {
      users.add(id);
      if (now !== undefined && !sameValue(had, now))
        userCells.push(t.userCell(placed(id) ?? described(id), shown(had), shown(now)));
    };
    if (last !== undefined && last !== USER) {
      if (!sameValue(had, last)) takeOver();
      else {
        const place = places.get(id);
        if (place && (now === undefined || !sameValue(now, last))) {
          const key = parseKey(id);
          stale.push({ ...place, code: key.code, school: key.school, period: key.period, stored: last, now });
        }
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
    stale,
    archivedNotes,
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

/** The widest column a sheet's plan touches (exclusive), as both shells clear it: columns from here on are the user's. */
export function planWidth(plan: SheetPlan): number {
  const ranges = [...plan.styles, ...plan.tables, ...plan.validations, ...plan.conditionalFormats];
  return Math.max(
    0,
    ...plan.blocks.map((block) => block.col + (block.cells[0]?.length ?? 0)),
    ...ranges.map(({ range }) => range.col + range.cols),
    ...plan.hyperlinks.map((link) => link.col + 1),
  );
}

/**
 * Notes on our sheets that carryOver did not archive with an indicator (below or beside the tables, in titles) and
 * that stand where the new plan rewrites the sheet: archived with their sheet and cell. Notes right of the plan's
 * columns stay where they are in both shells.
 */
export function strayNotes(
  existing: readonly Sheet[],
  planned: readonly SheetPlan[],
  archived: ReadonlySet<string>,
): { rows: CellValue[][]; notices: string[] } {
  const widths = new Map(planned.map((plan) => [plan.name.toLowerCase(), planWidth(plan)]));
  const rows: CellValue[][] = [];
  const where: string[] = [];
  for (const sheet of existing) {
    const width = widths.get(sheet.name.toLowerCase());
    if (!sheet.role || width === undefined) continue;
    for (const note of sheet.notes ?? []) {
      if (note.col >= width || note.text.trim() === "" || archived.has(noteKey(sheet.name, note.row, note.col)))
        continue;
      rows.push([sheet.name, "", "", t.noteColumn(cellA1(note.row, note.col)), note.text.trim()]);
      where.push(address(sheet.name, note.row, note.col));
    }
  }
  return { rows, notices: where.length > 0 ? [t.strayNotesArchived(where.length, listed(where))] : [] };
}

/** The cells of a sheet's plan as a grid, holes as null. */
function planGrid(plan: SheetPlan): PlannedCell[][] {
  const grid: PlannedCell[][] = [];
  for (const block of plan.blocks)
    block.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        const row = (grid[block.row + r] ??= []);
        row[block.col + c] = cell;
      }),
    );
  return Array.from(grid, (line) => Array.from(line ?? [], (cell) => cell ?? null));
}

const SHEET_REFERENCE = /(?:'((?:[^']|'')+)'|([\p{L}\p{N}_.]+))!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/gu;
const columnIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** Where each header column and each indicator row of an entry table stands: by header text, and by code and school. */
function tableMap(cells: readonly (readonly PlannedCell[])[]) {
  const scan = scanSheet(cells);
  if (!scan) return undefined;
  const header = (cells[scan.headerRow] ?? []).map((cell) => (typeof cell === "string" ? cell.trim() : ""));
  const rows = new Map(scan.rows.map(({ row, code, school }) => [`${code}\u0000${school ?? ""}`, row]));
  return { headerRow: scan.headerRow, header, rows, lines: scan.rows };
}

/**
 * Formulas on the user's sheets that read a cell of our entry tables which now stands elsewhere (a period, an
 * indicator or a school added or removed moved its column or row): the user is told which of their cells to check,
 * what the cell they read held and where it is now. The formulas themselves are the user's and stay as typed.
 */
export function movedReferences(existing: readonly ExistingLike[], planned: readonly SheetPlan[]): string[] {
  const plans = new Map(planned.map((plan) => [plan.name.toLowerCase(), plan]));
  const moves = new Map<string, { name: string; at: (row: number, col: number) => string | undefined }>();
  for (const sheet of existing) {
    const role = sheet.role ?? "";
    if (!role.startsWith("system:") && !isSchoolSheetRole(role)) continue;
    const plan = plans.get(sheet.name.toLowerCase());
    const before = tableMap(sheet.cells ?? []);
    const after = plan ? tableMap(planGrid(plan)) : undefined;
    if (!before || !after) continue;
    const lineAt = new Map(before.lines.map((line) => [line.row, line]));
    const at = (row: number, col: number): string | undefined => {
      const text = before.header[col];
      const line = lineAt.get(row);
      if (row < before.headerRow || !text || (row > before.headerRow && !line)) return undefined;
      const newCol = after.header.indexOf(text);
      const newRow =
        row === before.headerRow ? after.headerRow : after.rows.get(`${line!.code}\u0000${line!.school ?? ""}`);
      if (newCol === col && newRow === row) return undefined;
      const what = line ? [line.code, line.school, text].filter(Boolean).join(", ") : text;
      return newCol < 0 || newRow === undefined
        ? t.referenceGone(cellA1(row, col), what)
        : t.referenceMoved(cellA1(row, col), what, cellA1(newRow, newCol));
    };
    moves.set(sheet.name.toLowerCase(), { name: sheet.name, at });
  }
  if (moves.size === 0) return [];
  const found: string[] = [];
  for (const sheet of existing) {
    if (sheet.role) continue;
    for (const { row, col, formula } of sheet.formulas ?? []) {
      const told: string[] = [];
      for (const match of formula.matchAll(SHEET_REFERENCE)) {
        const target = moves.get((match[1]?.replace(/''/g, "'") ?? match[2]).toLowerCase());
        if (!target) continue;
        const corners: [number, number][] = [[Number(match[4]) - 1, columnIndex(match[3])]];
        if (match[5]) corners.push([Number(match[6]) - 1, columnIndex(match[5])]);
        for (const [r, c] of corners) {
          const moved = target.at(r, c);
          if (moved) told.push(`'${target.name.replace(/'/g, "''")}'!${moved}`);
        }
      }
      if (told.length > 0) found.push(t.userReference(address(sheet.name, row, col), told.join(", ")));
    }
  }
  return found.length > 0 ? [t.referencesMoved(found.length, listed(found))] : [];
}
