import { ru } from "../i18n/ru";
import { readNumber } from "../math/input";
import { isError } from "../math/outcome";
import { columnLetter, quoteSheet } from "../plan/a1";
import { SheetGrid } from "../plan/sheetGrid";
import { typedValue } from "../plan/sheetLines";
import type { CellValue, PlannedCell, SheetPlan, ValidationRule } from "../plan/types";
import { formatPlain } from "../text/format";
import { DEFAULT_RESULT_SETTINGS, ResultSettings } from "./model";
import { reportTexts, type SignificanceKey } from "../i18n/report";
import type { SignificanceRule } from "../analysis/significance";
import { wordReportTexts } from "../i18n/wordReport";
import { WORD_FONTS } from "./wordLayout";

/**
 * «Пороги результатов»: the result settings as a small editable table, one parameter per row.
 * Formulas on the results and medallists sheets refer to its value cells, so an edit shows there at
 * once; rules computed by the add-in read it back on every run.
 */

export const RESULT_SETTINGS_ROLE = "resultSettings";
const HEADER_ROW = 3;
const FIRST_ROW = HEADER_ROW + 1;
const COL = { label: 0, value: 1, byDefault: 2, source: 3 } as const;

const t = ru.resultSettings;
type Key = keyof ResultSettings;

interface Choice<V> {
  readonly text: string;
  readonly value: V;
}

type Spec =
  | {
      readonly key: Key;
      readonly kind: "number";
      readonly min: number;
      readonly max: number;
      readonly whole: boolean;
      /** Rows added later: a workbook built before them simply uses the default. */
      readonly optional?: boolean;
    }
  | { readonly key: Key; readonly kind: "oneOf"; readonly allowed: readonly number[] }
  | { readonly key: Key; readonly kind: "choice"; readonly choices: readonly Choice<ResultSettings[Key]>[] };

const SPECS: readonly Spec[] = [
  { key: "egeHighFrom", kind: "oneOf", allowed: [81, 80, 61] },
  { key: "riskShareOfTwos", kind: "number", min: 0, max: 100, whole: false },
  {
    key: "riskNoTopMarks",
    kind: "choice",
    choices: [
      { text: t.yes, value: true },
      { text: t.no, value: false },
    ],
  },
  {
    key: "riskCombination",
    kind: "choice",
    choices: [
      { text: t.either, value: "either" },
      { text: t.both, value: "both" },
    ],
  },
  { key: "riskYears", kind: "number", min: 1, max: 10, whole: true },
  { key: "riskWindow", kind: "number", min: 1, max: 10, whole: true },
  { key: "unconfirmedAbove", kind: "number", min: 0, max: 100, whole: false },
  { key: "vprAboveMunicipality", kind: "number", min: 0, max: 100, whole: false },
  { key: "smallSample", kind: "number", min: 1, max: 1000, whole: true },
  { key: "medallistMinScore", kind: "number", min: 1, max: 100, whole: true },
  { key: "medallistMinBaseMark", kind: "number", min: 3, max: 5, whole: true },
  // The справка's significance rule (analysis/significance.ts).
  { key: "significantSharePoints", kind: "number", min: 0, max: 100, whole: false, optional: true },
  { key: "significantCountPercent", kind: "number", min: 0, max: 1000, whole: false, optional: true },
  { key: "significantCountMinimum", kind: "number", min: 0, max: 1000000, whole: true, optional: true },
  { key: "significantScorePoints", kind: "number", min: 0, max: 100, whole: false, optional: true },
  { key: "schoolFallPoints", kind: "number", min: 0, max: 100, whole: false, optional: true },
  // The справка as a Word document (wordLayout.ts).
  { key: "wordFont", kind: "choice", choices: WORD_FONTS.map((font) => ({ text: font, value: font })) },
  { key: "wordBodySize", kind: "number", min: 10, max: 16, whole: false },
  { key: "wordTableSize", kind: "number", min: 10, max: 14, whole: false },
  { key: "wordLineSpacing", kind: "number", min: 1, max: 2, whole: false },
  { key: "wordMarginLeft", kind: "number", min: 1, max: 5, whole: false },
  { key: "wordMarginRight", kind: "number", min: 0.5, max: 5, whole: false },
  { key: "wordMarginTop", kind: "number", min: 1, max: 5, whole: false },
  { key: "wordMarginBottom", kind: "number", min: 1, max: 5, whole: false },
];

/** The parameter's label and the source of its default, from the messages of its feature. */
const labelOf = (key: Key): string =>
  (t.labels as Partial<Record<Key, string>>)[key] ??
  (wordReportTexts.layoutLabels as Partial<Record<Key, string>>)[key] ??
  reportTexts.settings.labels[key as SignificanceKey];
const sourceOf = (key: Key): string =>
  (t.sources as Partial<Record<Key, string>>)[key] ??
  (wordReportTexts.layoutSources as Partial<Record<Key, string>>)[key] ??
  reportTexts.settings.sources[key as SignificanceKey];

/** The significance rule the settings give (analysis/significance.ts). */
export function significanceOf(settings: ResultSettings): SignificanceRule {
  return {
    sharePoints: settings.significantSharePoints,
    countPercent: settings.significantCountPercent,
    countMinimum: settings.significantCountMinimum,
    scorePoints: settings.significantScorePoints,
    schoolFallPoints: settings.schoolFallPoints,
  };
}

/** How a value is shown in the sheet: numbers as numbers, choices by their text. */
function shown(spec: Spec, value: ResultSettings[Key]): CellValue {
  if (spec.kind === "choice") return spec.choices.find((choice) => choice.value === value)?.text ?? null;
  return value as number;
}

const shownText = (spec: Spec, value: ResultSettings[Key]) => {
  const cell = shown(spec, value);
  return typeof cell === "number" ? formatPlain(cell) : String(cell);
};

function guardOf(spec: Spec): { rule: ValidationRule; errorMessage: string } {
  if (spec.kind === "choice") {
    return { rule: { kind: "list", items: spec.choices.map((c) => c.text) }, errorMessage: t.validationChoice };
  }
  if (spec.kind === "oneOf") {
    return { rule: { kind: "list", items: spec.allowed.map(String) }, errorMessage: t.validationChoice };
  }
  const rule: ValidationRule = spec.whole
    ? { kind: "wholeNumber", min: spec.min, max: spec.max }
    : { kind: "decimal", min: spec.min, max: spec.max };
  return { rule, errorMessage: t.validationNumber };
}

/** Where each parameter's value sits, for formulas on other sheets: «'Пороги результатов'!$B$5». */
export function resultSettingRefs(sheetName: string): Record<Key, string> {
  const refs = {} as Record<Key, string>;
  SPECS.forEach((spec, i) => {
    refs[spec.key] = `${quoteSheet(sheetName)}!$${columnLetter(COL.value)}$${FIRST_ROW + i + 1}`;
  });
  return refs;
}

/**
 * The sheet, with the values given. `typed` are the value cells as the user left them: kept as
 * typed (even when unreadable, so nothing is lost and validation can point at them); blanks get
 * the effective value written out.
 */
export function resultSettingsSheetPlan(
  settings: ResultSettings = DEFAULT_RESULT_SETTINGS,
  typed: ReadonlyMap<Key, CellValue> = new Map(),
): SheetPlan {
  const grid = new SheetGrid();
  grid.set(0, 0, t.title, { style: "title" });
  grid.set(1, 0, t.note, { style: "note", wrap: true });
  grid.merges.push({ row: 1, col: 0, rows: 1, cols: 4 });
  [t.parameter, t.value, t.byDefault, t.source].forEach((header, col) =>
    grid.set(HEADER_ROW, col, header, { style: "header", wrap: true }),
  );
  SPECS.forEach((spec, i) => {
    const row = FIRST_ROW + i;
    const kept = typed.get(spec.key);
    const value = kept !== undefined && kept !== null && kept !== "" ? kept : shown(spec, settings[spec.key]);
    grid.set(row, COL.label, labelOf(spec.key), { style: "label", wrap: true });
    grid.set(row, COL.value, value, { style: "input" }, guardOf(spec));
    grid.set(row, COL.byDefault, shown(spec, DEFAULT_RESULT_SETTINGS[spec.key]), { style: "computed" });
    grid.set(row, COL.source, sourceOf(spec.key), { style: "note", wrap: true });
  });
  return grid.toSheet(t.sheetName, RESULT_SETTINGS_ROLE, {
    columnWidths: [46, 16, 14, 70],
    freeze: { rows: FIRST_ROW, cols: 0 },
  });
}

export interface SettingsProblem {
  /** Zero-based sheet row. */
  readonly row: number;
  readonly col: number;
  readonly message: string;
}

export interface ReadSettings {
  readonly settings: ResultSettings;
  /** The value cells as found, by parameter: what a rebuild writes back. */
  readonly typed: ReadonlyMap<Key, CellValue>;
  readonly problems: readonly SettingsProblem[];
}

/** One value cell read against its spec: the value, nothing (blank), or what is wrong with it. */
function readValue(spec: Spec, cell: CellValue): { value?: ResultSettings[Key]; problem?: string } {
  if (cell === null || (typeof cell === "string" && cell.trim() === "")) return {};
  if (spec.kind === "choice") {
    const text = String(cell).trim().toLowerCase();
    const choice = spec.choices.find((c) => c.text.toLowerCase() === text);
    return choice
      ? { value: choice.value }
      : { problem: t.notAllowed(String(cell), spec.choices.map((c) => `«${c.text}»`).join(", ")) };
  }
  const read = readNumber(typeof cell === "boolean" ? String(cell) : cell, t.value);
  if (isError(read) || read.kind !== "number") return { problem: t.notNumber(String(cell)) };
  const value = read.value;
  if (spec.kind === "oneOf") {
    return spec.allowed.includes(value)
      ? { value: value as ResultSettings[Key] }
      : { problem: t.notAllowed(formatPlain(value), spec.allowed.join(", ")) };
  }
  if (value < spec.min || value > spec.max) return { problem: t.outOfRange(value, spec.min, spec.max) };
  if (spec.whole && !Number.isInteger(value)) return { problem: t.notWhole(value) };
  return { value: value as ResultSettings[Key] };
}

/**
 * Reads the sheet back by its labels. A blank value is the default; an unreadable one is reported
 * with its row and replaced by the default; a missing row is reported likewise.
 */
export function readResultSettings(cells: readonly (readonly PlannedCell[])[]): ReadSettings {
  const settings: Record<Key, unknown> = { ...DEFAULT_RESULT_SETTINGS };
  const typed = new Map<Key, CellValue>();
  const problems: SettingsProblem[] = [];
  const rowOf = new Map<string, number>();
  cells.forEach((line, r) => {
    const label = typedValue(line[COL.label]);
    if (typeof label === "string") rowOf.set(label.trim().toLowerCase(), r);
  });
  for (const spec of SPECS) {
    const label = labelOf(spec.key);
    const fallback = shownText(spec, DEFAULT_RESULT_SETTINGS[spec.key]);
    const r = rowOf.get(label.toLowerCase());
    if (r === undefined) {
      if (spec.kind === "number" && spec.optional) continue;
      problems.push({ row: HEADER_ROW, col: COL.label, message: t.notFound(label) });
      continue;
    }
    const cell = typedValue(cells[r][COL.value]);
    typed.set(spec.key, cell);
    const read = readValue(spec, cell);
    if (read.problem)
      problems.push({ row: r, col: COL.value, message: t.problem(r + 1, label, read.problem, fallback) });
    else if (read.value !== undefined) settings[spec.key] = read.value;
  }
  const result = settings as unknown as ResultSettings;
  if (result.riskYears > result.riskWindow) {
    const r = rowOf.get(t.labels.riskYears.toLowerCase()) ?? HEADER_ROW;
    problems.push({ row: r, col: COL.value, message: t.yearsOverWindow(result.riskYears, result.riskWindow) });
    return { settings: { ...result, riskYears: result.riskWindow }, typed, problems };
  }
  return { settings: result, typed, problems };
}

/** How many parameters of the computations differ from the defaults (the Word layout is not one): said when a run uses them. */
export function changedSettings(settings: ResultSettings): number {
  return SPECS.filter((spec) => !(spec.key in wordReportTexts.layoutLabels)).filter(
    (spec) => settings[spec.key] !== DEFAULT_RESULT_SETTINGS[spec.key],
  ).length;
}

/** The settings a workbook holds: its «Пороги результатов» read, or the defaults when it has none yet. */
export function settingsFromWorkbook(
  existing: readonly { readonly role?: string; readonly cells?: readonly (readonly PlannedCell[])[] }[],
): ReadSettings & { readonly found: boolean } {
  const sheet = existing.find((s) => s.role === RESULT_SETTINGS_ROLE);
  if (!sheet) return { settings: DEFAULT_RESULT_SETTINGS, typed: new Map(), problems: [], found: false };
  return { ...readResultSettings(sheet.cells ?? []), found: true };
}
