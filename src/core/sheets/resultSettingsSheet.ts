import { ROLES } from "../workbook/roles";
import { ru } from "../base/i18n/ru";
import { readNumber } from "../base/cells/input";
import { isError } from "../base/math/outcome";
import { columnLetter, quoteSheet } from "../base/plan/a1";
import { SheetGrid } from "../base/plan/sheetGrid";
import { typedValue } from "../base/plan/sheetLines";
import type { CellValue, PlannedCell, SheetPlan, ValidationRule } from "../base/plan/types";
import { formatPlain } from "../base/text/format";
import { riskRulesText } from "../base/i18n/riskRules";
import {
  DEFAULT_RESULT_SETTINGS,
  DEFAULT_RISK_RULES,
  ResultSettings,
  RiskRule,
  RiskRuleId,
} from "../base/model/results";
import { reportTexts, type SignificanceKey } from "../base/i18n/report";
import type { SignificanceRule } from "../base/model/results";
import { wordReportTexts } from "../base/i18n/wordReport";
import { WORD_FONTS } from "../base/model/wordLayout";

/**
 * «Пороги результатов»: the result settings as a small editable table, one parameter per row.
 * Formulas on the results and medallists sheets refer to its value cells, so an edit shows there at
 * once; rules computed by the add-in read it back on every run.
 */

export const RESULT_SETTINGS_ROLE = ROLES.resultSettings;
const HEADER_ROW = 3;
const FIRST_ROW = HEADER_ROW + 1;
const COL = { label: 0, value: 1, byDefault: 2, source: 3 } as const;

const t = ru.resultSettings;
const r = riskRulesText;
/** Parameters written one a row; the ШНОР rule lines are a table below them. */
type Key = Exclude<keyof ResultSettings, "riskRules">;
type RuleField = "shareOfTwos" | "minWorks" | "years" | "window";
const RULE_FIELDS: readonly {
  readonly field: RuleField;
  readonly min: number;
  readonly max: number;
  readonly whole: boolean;
}[] = [
  { field: "shareOfTwos", min: 0, max: 100, whole: false },
  { field: "minWorks", min: 1, max: 10, whole: true },
  { field: "years", min: 1, max: 10, whole: true },
  { field: "window", min: 1, max: 10, whole: true },
];
/** Key of a rule line's cell among the typed values: «vpr4.shareOfTwos». */
export const ruleCellKey = (id: RiskRuleId, field: RuleField): string => `${id}.${field}`;

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
  typed: ReadonlyMap<string, CellValue> = new Map(),
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
  riskRulesTable(grid, settings.riskRules, typed);
  return grid.toSheet(t.sheetName, RESULT_SETTINGS_ROLE, {
    columnWidths: [46, 16, 14, 16, 16, 70],
    freeze: { rows: FIRST_ROW, cols: 0 },
  });
}

/** Where the rule table's header stands: two rows below the last parameter. */
const RULES_TITLE_ROW = FIRST_ROW + SPECS.length + 1;
const RULE_SOURCE_COL = RULE_FIELDS.length + 1;

const ruleValue = (rules: readonly RiskRule[], id: RiskRuleId): RiskRule =>
  rules.find((rule) => rule.id === id) ?? DEFAULT_RISK_RULES.find((rule) => rule.id === id)!;

/** «ШНОР: правило по процедурам и классам»: one line per procedure and grades, its four numbers editable. */
function riskRulesTable(grid: SheetGrid, rules: readonly RiskRule[], typed: ReadonlyMap<string, CellValue>): void {
  grid.set(RULES_TITLE_ROW, 0, r.tableTitle, { style: "header" });
  grid.set(RULES_TITLE_ROW + 1, 0, r.tableNote, { style: "note", wrap: true });
  grid.merges.push({ row: RULES_TITLE_ROW + 1, col: 0, rows: 1, cols: RULE_SOURCE_COL + 1 });
  const header = RULES_TITLE_ROW + 2;
  [r.headers.rule, ...RULE_FIELDS.map(({ field }) => r.headers[field]), r.headers.source].forEach((text, col) =>
    grid.set(header, col, text, { style: "header", wrap: true }),
  );
  DEFAULT_RISK_RULES.forEach((byDefault, i) => {
    const row = header + 1 + i;
    const rule = ruleValue(rules, byDefault.id);
    grid.set(row, 0, r.labels[byDefault.id], { style: "label", wrap: true });
    RULE_FIELDS.forEach(({ field, min, max, whole }, j) => {
      const kept = typed.get(ruleCellKey(byDefault.id, field));
      const value = kept !== undefined && kept !== null && kept !== "" ? kept : rule[field];
      const guard: ValidationRule = whole ? { kind: "wholeNumber", min, max } : { kind: "decimal", min, max };
      grid.set(row, 1 + j, value, { style: "input" }, { rule: guard, errorMessage: t.validationNumber });
    });
    grid.set(row, RULE_SOURCE_COL, r.sources[byDefault.id], { style: "note", wrap: true });
  });
}

/** Reads the rule table back by its line labels; a blank or unreadable cell keeps the default, a wrong one is reported. */
function readRiskRules(
  cells: readonly (readonly PlannedCell[])[],
  typed: Map<string, CellValue>,
  problems: SettingsProblem[],
): RiskRule[] {
  const rowOf = new Map<string, number>();
  cells.forEach((line, at) => {
    const label = typedValue(line[0]);
    if (typeof label === "string") rowOf.set(label.trim().toLowerCase(), at);
  });
  // A sheet written before the table existed: the defaults, nothing to report; a rebuild adds the table.
  if (!rowOf.has(r.tableTitle.toLowerCase())) return [...DEFAULT_RISK_RULES];
  return DEFAULT_RISK_RULES.map((byDefault) => {
    const label = r.labels[byDefault.id];
    const at = rowOf.get(label.toLowerCase());
    if (at === undefined) {
      problems.push({ row: RULES_TITLE_ROW, col: 0, message: t.notFound(label) });
      return byDefault;
    }
    const rule: Record<RuleField, number> = { ...byDefault };
    RULE_FIELDS.forEach(({ field, min, max, whole }, j) => {
      const cell = typedValue(cells[at][1 + j]);
      typed.set(ruleCellKey(byDefault.id, field), cell);
      const read = readValue({ key: "riskYears", kind: "number", min, max, whole }, cell);
      const what = `${label}, ${r.headers[field]}`;
      if (read.problem) {
        problems.push({
          row: at,
          col: 1 + j,
          message: t.problem(at + 1, what, read.problem, formatPlain(byDefault[field])),
        });
      } else if (typeof read.value === "number") rule[field] = read.value;
    });
    if (rule.years > rule.window) {
      problems.push({ row: at, col: 3, message: t.yearsOverWindow(rule.years, rule.window) });
      rule.years = rule.window;
    }
    return { ...byDefault, ...rule };
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
  /** The value cells as found, by parameter (and rule cell, `ruleCellKey`): what a rebuild writes back. */
  readonly typed: ReadonlyMap<string, CellValue>;
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
  const settings: Record<keyof ResultSettings, unknown> = { ...DEFAULT_RESULT_SETTINGS };
  const typed = new Map<string, CellValue>();
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
  settings.riskRules = readRiskRules(cells, typed, problems);
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
  const rules = DEFAULT_RISK_RULES.flatMap((byDefault) =>
    RULE_FIELDS.filter(({ field }) => ruleValue(settings.riskRules, byDefault.id)[field] !== byDefault[field]),
  );
  const scalars = SPECS.filter((spec) => !(spec.key in wordReportTexts.layoutLabels)).filter(
    (spec) => settings[spec.key] !== DEFAULT_RESULT_SETTINGS[spec.key],
  ).length;
  return scalars + rules.length;
}

/** The settings a workbook holds: its «Пороги результатов» read, or the defaults when it has none yet. */
export function settingsFromWorkbook(
  existing: readonly { readonly role?: string; readonly cells?: readonly (readonly PlannedCell[])[] }[],
): ReadSettings & { readonly found: boolean } {
  const sheet = existing.find((s) => s.role === RESULT_SETTINGS_ROLE);
  if (!sheet) return { settings: DEFAULT_RESULT_SETTINGS, typed: new Map(), problems: [], found: false };
  return { ...readResultSettings(sheet.cells ?? []), found: true };
}
