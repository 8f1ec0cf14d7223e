import { answersByFlags, flagsIn, flagTopic, NO_STATUSES } from "../../workbook/statuses";
import type { Indicator } from "../../catalog/schema";
import { carryText } from "../../base/i18n/carryOver";
import { feedSourceOf } from "../../catalog/resultFeeds";
import { indicatorValuesFromResults } from "../results/indicators";
import { medallistIndicatorValues } from "../results/medallists";
import { DEFAULT_RESULT_SETTINGS } from "../../base/model/results";
import { ru } from "../../base/i18n/ru";
import { formatPlain } from "../../base/text/format";
import { address } from "../../sheets/carryOver";
import { isNotHeld } from "../../base/cells/input";
import { clean } from "../../base/math/rounding";
import { cellA1 } from "../../base/plan/a1";
import type { CellValue } from "../../base/plan/types";
import { entryOf, isWholeCount, hasParts, isPartCode, partsNest, partsOf } from "../../workbook/entry";
import { columnKey, Field, keyOf, ScannedCell } from "../../workbook/inputs";
import type { Dataset, EntrySheet } from "../../sheets/dataset";
import { bandsAddUp, confirmationAddsUp, marksAddUp } from "../results/metrics";
import { Finding, Rule, Severity } from "./findings";
import { DEFAULT_VALIDATION_SETTINGS, ValidationSettings } from "../../base/model/results";

const v = ru.validation;

interface Place {
  readonly sheet: EntrySheet;
  readonly row: number;
  readonly col: number;
  readonly indicator?: Indicator;
  readonly school?: string;
  readonly period?: string;
}

function finding(severity: Severity, rule: Rule, place: Place, message: string): Finding {
  return {
    severity,
    rule,
    sheet: place.sheet.name,
    row: place.row,
    col: place.col,
    cell: cellA1(place.row, place.col),
    code: place.indicator?.code,
    indicator: place.indicator?.label,
    school: place.school,
    period: place.period,
    message,
  };
}

const YES_NO = new Set<string>([ru.layout.yes, ru.layout.no]);
const asNumber = (value: CellValue | undefined): number | undefined => (typeof value === "number" ? value : undefined);

/** «у МБОУ «СОШ № 1» за 2023/2024» or «за 2023/2024»: who and when, for a sentence. */
function where(school: string | undefined, period: string | undefined): string {
  return [school ? v.ofSchool(school) : "", period ? v.inPeriod(period) : ""].filter(Boolean).join(" ");
}

/** Type and range of one typed cell, by its indicator's unit. */
function checkCell(cell: ScannedCell, place: Place, indicator: Indicator): Finding[] {
  const { value } = cell;
  const what = `${v.fieldName[cell.key.field]} ${where(place.school, place.period)}`.trim();
  const entry = entryOf(indicator);
  const yesNo = cell.key.field === "val" && (indicator.unit === "yesno" || entry.inputs === "flag");
  if (isNotHeld(value as string)) return [];
  if (yesNo) {
    const ok = typeof value === "string" && YES_NO.has(value.trim().toLowerCase());
    return ok ? [] : [finding("error", "type", place, v.notYesNo(indicator.label, what, String(value)))];
  }
  if (typeof value !== "number") {
    return [finding("error", "type", place, v.notNumber(indicator.label, what, String(value)))];
  }
  if (value < 0) return [finding("error", "range", place, v.negative(indicator.label, what, value))];
  const whole =
    (cell.key.field !== "val" && cell.key.field !== "target" && entry.quotient === "share") ||
    (cell.key.field === "val" && isWholeCount(indicator));
  if (whole && !Number.isInteger(value))
    return [finding("error", "range", place, v.notWhole(indicator.label, what, value))];
  const percent = indicator.unit === "percent" && (cell.key.field === "val" || cell.key.field === "target");
  if (percent && value > 100) return [finding("error", "range", place, v.above100(indicator.label, what, value))];
  return [];
}

type RowCells = Map<string, ScannedCell>;

function rowsOf(sheet: EntrySheet): Map<number, RowCells> {
  const rows = new Map<number, RowCells>();
  for (const row of sheet.scan.rows) rows.set(row.row, new Map());
  for (const cell of sheet.scan.cells) rows.get(cell.row)?.set(columnKey(cell.key.field, cell.key.period), cell);
  return rows;
}

/** Input fields a row of this sheet has, by the indicator's entry mode. */
export function inputFields(indicator: Indicator, perSchool: boolean): Field[] {
  const entry = entryOf(indicator);
  // A broken-down indicator's total is computed from its parts; the parts are the inputs.
  if (hasParts(indicator)) return [];
  if (!perSchool && entry.per === "school") return [];
  if (perSchool && entry.per !== "school") return [];
  return entry.inputs === "numDen" ? ["num", "den"] : ["val"];
}

interface ShareAt {
  readonly school?: string;
  readonly period: string;
  readonly share: number;
  readonly place: Place;
  /** The book computed it (see computedValues): a typing slip cannot be in it, though it is a neighbour. */
  readonly own: boolean;
}

/**
 * The values the book computes from «Результаты процедур» and «Медалисты», keyed like the inputs. A cell
 * holding exactly its computed value is the book's own, not typed: the checks for typing slips (a jump, a
 * school far from the others) leave it alone, and a share over a school's few medallists is no sample
 * to warn of. A value typed over the computed one is checked as any other.
 */
function computedValues(dataset: Dataset): ReadonlyMap<string, number> {
  const settings = dataset.resultSettings?.settings ?? DEFAULT_RESULT_SETTINGS;
  return new Map([
    ...(dataset.results ? indicatorValuesFromResults(dataset.framework, dataset.results.rows, settings).values : []),
    ...(dataset.medallists
      ? medallistIndicatorValues(dataset.framework, dataset.medallists.rows, settings).values
      : []),
  ]);
}

export function validateDataset(
  dataset: Dataset,
  settings: ValidationSettings = DEFAULT_VALIDATION_SETTINGS,
): Finding[] {
  const findings: Finding[] = [];
  const computed = computedValues(dataset);
  const medallistsAt = new Set((dataset.medallists?.rows ?? []).map((m) => `${m.school}|${m.period}`));
  const known = new Set(dataset.schools);
  const periodOrder = new Map(dataset.periods.map((period, index) => [period, index]));

  for (const sheet of dataset.sheets) {
    const rows = rowsOf(sheet);
    const column = (field: Field, period?: string) => sheet.scan.columns.get(columnKey(field, period));
    for (const period of sheet.scan.periods) {
      if (!periodOrder.has(period)) {
        const col = column("val", period) ?? column("num", period) ?? 0;
        findings.push(
          finding(
            "warning",
            "unknownPeriod",
            { sheet, row: sheet.scan.headerRow, col, period },
            v.unknownPeriod(period, dataset.periods.join(", ")),
          ),
        );
      }
    }
    const seen = new Map<string, number>();
    const shares: ShareAt[] = [];
    const schoolsWithData = new Set<string>();
    const firstRowOfSchool = new Map<string, number>();
    // Schools with something to type on this sheet: a row the book fills from its own sheets, or one the
    // school does not owe (ШНОР/ШНСУ), leaves nothing for it to fill in.
    const schoolsOwing = new Set<string>();
    const sameBase = new Map<string, { value: number; place: Place; indicator: Indicator }[]>();

    for (const { row, code, school } of sheet.scan.rows) {
      const indicator = dataset.indicators.get(code);
      const cells = rows.get(row) ?? new Map<string, ScannedCell>();
      const rowPlace: Place = { sheet, row, col: 0, indicator, school };
      const identity = `${code}|${school ?? ""}`;
      if (seen.has(identity)) {
        findings.push(
          finding("error", "duplicateRow", rowPlace, v.duplicateRow(code, school, seen.get(identity)! + 1)),
        );
        continue;
      }
      seen.set(identity, row);
      if (sheet.perSchool && school !== undefined) {
        if (!firstRowOfSchool.has(school)) firstRowOfSchool.set(school, row);
        if (cells.size > 0) schoolsWithData.add(school);
        if (!known.has(school)) {
          findings.push(
            finding(
              "error",
              "unknownSchool",
              { ...rowPlace, col: sheet.scan.columns.size > 0 ? 3 : 0 },
              v.unknownSchool(school),
            ),
          );
        }
      }
      if (!indicator) continue;

      for (const cell of cells.values()) {
        findings.push(
          ...checkCell(cell, { sheet, row, col: cell.col, indicator, school, period: cell.key.period }, indicator),
        );
      }

      const fields = inputFields(indicator, sheet.perSchool);
      if (fields.length === 0) continue;
      const filledPeriods = dataset.periods.filter((period) =>
        fields.some((field) => cells.has(columnKey(field, period))),
      );
      const entry = entryOf(indicator);
      const source = feedSourceOf(indicator);
      const fed = dataset.results !== undefined && source === "results";
      // A school owes a medallists' share only for a year it had medallists.
      const byMedallists = dataset.medallists !== undefined && source === "medallists";
      const ownValue = (field: Field, period: string, value: number) =>
        computed.get(keyOf({ code: indicator.code, field, period, school })) === value;

      for (const period of dataset.periods) {
        const place = (field: Field): Place => ({
          sheet,
          row,
          col: column(field, period) ?? 0,
          indicator,
          school,
          period,
        });
        // A school not marked ШНОР/ШНСУ in a period owes nothing about them for it.
        const owed =
          !sheet.perSchool ||
          school === undefined ||
          (answersByFlags(flagTopic(indicator), flagsIn(dataset.statuses ?? NO_STATUSES, school, period)) &&
            (!byMedallists || medallistsAt.has(`${school}|${period}`)));
        if (owed && !fed && !byMedallists && school !== undefined) schoolsOwing.add(school);
        if (
          owed &&
          filledPeriods.length > 0 &&
          !filledPeriods.includes(period) &&
          column(fields[0], period) !== undefined
        ) {
          findings.push(
            finding(
              "warning",
              "missingPeriod",
              place(fields[0]),
              v.missingPeriod(indicator.label, where(school, period), filledPeriods.join(", ")),
            ),
          );
          continue;
        }
        if (entry.inputs !== "numDen") continue;
        const [numCell, denCell] = [cells.get(columnKey("num", period)), cells.get(columnKey("den", period))];
        if (Boolean(numCell) !== Boolean(denCell)) {
          const [present, absent]: [Field, Field] = numCell ? ["num", "den"] : ["den", "num"];
          const value = (numCell ?? denCell)!.value;
          findings.push(
            finding(
              "error",
              "missingPair",
              place(absent),
              v.missingPair(
                indicator.label,
                where(school, period),
                v.fieldName[present],
                String(value),
                v.fieldName[absent],
              ),
            ),
          );
          continue;
        }
        const [num, den] = [asNumber(numCell?.value), asNumber(denCell?.value)];
        if (num === undefined || den === undefined || num < 0 || den < 0) continue;
        if (entry.quotient !== "share") continue;
        if (den === 0 && num > 0) {
          findings.push(
            finding("error", "zeroWhole", place("den"), v.zeroWhole(indicator.label, where(school, period), num)),
          );
          continue;
        }
        if (num > den) {
          findings.push(
            finding(
              "error",
              "partAboveWhole",
              place("num"),
              v.partAboveWhole(indicator.label, where(school, period), num, den),
            ),
          );
          continue;
        }
        if (den === 0) continue;
        // A part (an olympiad stage, a level) is small by nature: it is not compared, its total is.
        if (isPartCode(indicator.code)) continue;
        const own = ownValue("num", period, num) && ownValue("den", period, den);
        if (den < settings.smallSample && !(own && byMedallists)) {
          findings.push(
            finding(
              "warning",
              "smallSample",
              place("den"),
              v.smallSample(indicator.label, where(school, period), den, settings.smallSample),
            ),
          );
        }
        shares.push({ school, period, share: (num * 100) / den, place: place("num"), own });
        if (indicator.computation.kind === "share") {
          const base = `${indicator.computation.denominator.toLowerCase()}|${school ?? ""}|${period}`;
          sameBase.set(base, [...(sameBase.get(base) ?? []), { value: den, place: place("den"), indicator }]);
        }
      }
    }

    findings.push(...stages(sheet, dataset, rows));
    findings.push(...jumps(shares, periodOrder, settings));
    if (sheet.perSchool) findings.push(...outliers(shares, settings));
    findings.push(...differentBases(sameBase));
    if (sheet.perSchool && schoolsWithData.size > 0) {
      for (const school of dataset.schools) {
        const row = firstRowOfSchool.get(school);
        if (row !== undefined && schoolsOwing.has(school) && !schoolsWithData.has(school)) {
          findings.push(
            finding(
              "warning",
              "schoolWithoutData",
              { sheet, row, col: 3, school },
              v.schoolWithoutData(school, sheet.name),
            ),
          );
        }
      }
    }
  }
  findings.push(...duplicateSchools(dataset));
  findings.push(...resultFindings(dataset), ...medallistFindings(dataset), ...settingsFindings(dataset));
  findings.push(...staleFedFindings(dataset));
  return findings;
}

/**
 * Olympiad stages nest: a stage's participants come from the stage before, so a later stage above an earlier one
 * is a warning (a typo, or participants counted at the wrong stage). Shares compare their denominators, the
 * participants of each stage.
 */
function stages(sheet: EntrySheet, dataset: Dataset, rows: ReadonlyMap<number, RowCells>): Finding[] {
  const found: Finding[] = [];
  const rowOf = new Map(sheet.scan.rows.map((line) => [`${line.code}|${line.school ?? ""}`, line.row]));
  const nesting = [...dataset.indicators.values()].filter(partsNest);
  const places = new Set(sheet.scan.rows.map((line) => line.school ?? ""));
  for (const indicator of nesting) {
    const field: Field = entryOf(indicator).inputs === "numDen" ? "den" : "val";
    const parts = partsOf(indicator);
    for (const school of places) {
      for (const period of dataset.periods) {
        const at = parts.map((part) => {
          const row = rowOf.get(`${part.code}|${school}`);
          const cell = row === undefined ? undefined : rows.get(row)?.get(columnKey(field, period));
          return { part, row, cell, value: asNumber(cell?.value) };
        });
        for (let k = 1; k < at.length; k++) {
          const [earlier, later] = [at[k - 1], at[k]];
          if (earlier.value === undefined || later.value === undefined || later.value <= earlier.value) continue;
          const place: Place = {
            sheet,
            row: later.row!,
            col: later.cell!.col,
            indicator,
            school: school || undefined,
            period,
          };
          const message = v.stagesNotNested(
            indicator.label,
            where(school || undefined, period),
            later.part.name,
            later.value,
            earlier.part.name,
            earlier.value,
          );
          found.push(finding("warning", "stages", place, message));
        }
      }
    }
  }
  return found;
}

function jumps(
  shares: readonly ShareAt[],
  order: ReadonlyMap<string, number>,
  settings: ValidationSettings,
): Finding[] {
  const found: Finding[] = [];
  const bySeries = new Map<string, ShareAt[]>();
  for (const share of shares) {
    const key = `${share.place.indicator?.code}|${share.school ?? ""}`;
    bySeries.set(key, [...(bySeries.get(key) ?? []), share]);
  }
  for (const series of bySeries.values()) {
    const sorted = series
      .filter((s) => order.has(s.period))
      .sort((a, b) => order.get(a.period)! - order.get(b.period)!);
    for (let i = 1; i < sorted.length; i++) {
      const [before, now] = [sorted[i - 1], sorted[i]];
      if (order.get(now.period)! - order.get(before.period)! !== 1 || (before.own && now.own)) continue;
      // clean(): 2 of 12 → 1 of 60 is exactly 15 п.п., not the 15.000000000000002 floating point makes of it.
      const delta = clean(now.share - before.share);
      if (Math.abs(delta) > settings.jumpPoints) {
        const label = now.place.indicator?.label ?? "";
        found.push(
          finding(
            "warning",
            "jump",
            now.place,
            v.jump(
              label,
              where(now.school, undefined),
              before.period,
              before.share,
              now.period,
              now.share,
              settings.jumpPoints,
            ),
          ),
        );
      }
    }
  }
  return found;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Schools far from the others: robust distance (median and MAD), so one outlier can't hide itself. */
function outliers(shares: readonly ShareAt[], settings: ValidationSettings): Finding[] {
  const found: Finding[] = [];
  const groups = new Map<string, ShareAt[]>();
  for (const share of shares) {
    const key = `${share.place.indicator?.code}|${share.period}`;
    groups.set(key, [...(groups.get(key) ?? []), share]);
  }
  for (const group of groups.values()) {
    if (group.length < settings.outlierMinSchools) continue;
    const center = median(group.map((s) => s.share));
    const spread = 1.4826 * median(group.map((s) => Math.abs(s.share - center)));
    if (spread === 0) continue;
    for (const share of group) {
      if (!share.own && clean(Math.abs(share.share - center) / spread) > settings.outlierDeviations) {
        const label = share.place.indicator?.label ?? "";
        found.push(
          finding(
            "warning",
            "outlier",
            share.place,
            v.outlier(label, where(share.school, share.period), share.share, center),
          ),
        );
      }
    }
  }
  return found;
}

/** Indicators over the same base («участники ОГЭ по математике») should report the same denominator. */
function differentBases(
  groups: ReadonlyMap<string, { value: number; place: Place; indicator: Indicator }[]>,
): Finding[] {
  const found: Finding[] = [];
  for (const group of groups.values()) {
    if (new Set(group.map((item) => item.value)).size < 2) continue;
    const counts = new Map<number, number>();
    group.forEach((item) => counts.set(item.value, (counts.get(item.value) ?? 0) + 1));
    const common = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    const reference = group.find((item) => item.value === common)!;
    for (const item of group.filter((i) => i.value !== common)) {
      const { school, period } = item.place;
      found.push(
        finding(
          "warning",
          "sameBase",
          item.place,
          v.sameBase(item.indicator.label, where(school, period), item.value, reference.indicator.label, common),
        ),
      );
    }
  }
  return found;
}

function duplicateSchools(dataset: Dataset): Finding[] {
  const list = dataset.schoolList;
  if (!list) return [];
  const headerRow = list.cells.findIndex((row) => row.includes(ru.layout.schoolName));
  if (headerRow < 0) return [];
  const col = list.cells[headerRow].indexOf(ru.layout.schoolName);
  const seen = new Map<string, number>();
  const found: Finding[] = [];
  list.cells.forEach((line, row) => {
    const name = line[col];
    if (row <= headerRow || typeof name !== "string" || name.trim() === "") return;
    const key = name.trim().toLowerCase();
    if (seen.has(key)) {
      found.push({
        severity: "error",
        rule: "duplicateSchool",
        sheet: list.sheet,
        row,
        col,
        cell: cellA1(row, col),
        school: name.trim(),
        message: v.duplicateSchool(name.trim(), seen.get(key)! + 1),
      });
    } else seen.set(key, row);
  });
  return found;
}

/** A finding about a whole row of a list sheet (results, medallists), pointed at the row's first cell. */
function rowFinding(
  sheet: string,
  row: number,
  severity: Severity,
  rule: Rule,
  message: string,
  school?: string,
  period?: string,
): Finding {
  return { severity, rule, sheet, row, col: 0, cell: cellA1(row, 0), school, period, message };
}

/** «Медалисты»: unreadable rows, unknown schools, a graduate entered twice. */
function medallistFindings(dataset: Dataset): Finding[] {
  const sheet = dataset.medallists;
  if (!sheet) return [];
  const known = new Set(dataset.schools);
  const at = (row: number, rule: Rule, message: string, school?: string, period?: string) =>
    rowFinding(sheet.sheet, row, "error", rule, message, school, period);
  const found = sheet.problems.map((problem) => at(problem.row, "type", problem.message));
  const seen = new Map<string, number>();
  for (const row of sheet.rows) {
    if (row.row === undefined) continue;
    if (!known.has(row.school)) {
      found.push(at(row.row, "unknownSchool", v.unknownSchool(row.school), row.school, row.period));
    }
    const key = [row.period, row.school, row.graduate.toLowerCase()].join("\u0000");
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.row);
    else {
      const message = ru.medallists.duplicate(row.graduate, first + 1);
      found.push(at(row.row, "duplicateRow", message, row.school, row.period));
    }
  }
  return found;
}

/** «Пороги результатов»: values that could not be read (the default stands in for them). */
function settingsFindings(dataset: Dataset): Finding[] {
  const sheet = dataset.resultSettings;
  if (!sheet) return [];
  return sheet.problems.map((problem) => ({
    severity: "error" as const,
    rule: "type" as const,
    sheet: sheet.sheet,
    row: problem.row,
    col: problem.col,
    cell: cellA1(problem.row, problem.col),
    message: problem.message,
  }));
}

/** Values filled from the results at the last «Создать листы» that the corrected results no longer give. */
function staleFedFindings(dataset: Dataset): Finding[] {
  const shown = (value: CellValue) => (typeof value === "number" ? formatPlain(value) : String(value));
  return (dataset.staleFed?.() ?? []).map((stale) => ({
    severity: "warning" as const,
    rule: "staleFed" as const,
    sheet: stale.sheet,
    row: stale.row,
    col: stale.col,
    cell: cellA1(stale.row, stale.col),
    code: stale.code,
    indicator: dataset.indicators.get(stale.code)?.label,
    school: stale.school,
    period: stale.period,
    message: carryText.staleFed(
      address(stale.sheet, stale.row, stale.col),
      shown(stale.stored),
      stale.now === undefined || stale.now === null ? undefined : shown(stale.now),
    ),
  }));
}

/** «Результаты процедур»: unreadable rows, distributions that do not add up, unknown schools. */
function resultFindings(dataset: Dataset): Finding[] {
  const results = dataset.results;
  if (!results) return [];
  const known = new Set(dataset.schools);
  const at = (row: number, severity: Severity, rule: Rule, message: string, school?: string, period?: string) =>
    rowFinding(results.sheet, row, severity, rule, message, school, period);
  const found = results.problems.map((problem) => at(problem.row, "error", "type", problem.message));
  for (const row of results.rows) {
    if (row.row === undefined) continue;
    for (const message of [marksAddUp(row), bandsAddUp(row), confirmationAddsUp(row)]) {
      if (message) found.push(at(row.row, "error", "breakdown", message, row.school, row.period));
    }
    if (!known.has(row.school))
      found.push(at(row.row, "error", "unknownSchool", v.unknownSchool(row.school), row.school, row.period));
  }
  return found;
}
