import { ROLES, schoolSheetRole, systemRole } from "../workbook/roles";
import { importTexts as t } from "../base/i18n/import";
import type { WorkbookPlan } from "../base/plan/types";
import type { ResultRow } from "../base/model/results";
import { readResults, RESULTS_ROLE } from "../sheets/resultsSheet";
import { collectInputs, planWorkbook } from "./build";
import { ExistingSheet } from "../workbook/existing";
import { FED_ROLE } from "../sheets/carryOver";
import { readResultSources, resultIndicatorValues } from "../features/results/resultSheets";
import { isContentsRole } from "../workbook/settings";
import { FIOKO_LIST_ROLE, FiokoListRow, readFiokoList } from "../sheets/fiokoListSheet";
import { ListedSchools, mergeFiokoList } from "../features/import/fiokoList";
import { laidOutIn, recomputeInputs, systemsOf } from "../features/import/recompute";
import type { Period } from "../workbook/periods";
import { readSchoolIds, SchoolIds } from "../workbook/schoolIds";
import { guessKind } from "../workbook/organisations";
import { readSchoolKinds, readSchools } from "../sheets/simpleSheets";
import { storedBuild } from "../sheets/storedCatalog";
import { SchoolMatch, SchoolMatcher } from "../features/import/match";
import { mergeRow, MergeField } from "../features/import/merge";
import { isRefused, ParsedResult, ParseOutcome } from "../features/import/model";
import { LayoutId } from "../base/model/terms";
import { periodOfYear } from "../features/import/periods";
import { canonicalSubject } from "../features/import/subjects";

/**
 * «Загрузить результаты» as one operation: the book's sheets and the parsed files in, a plan and a
 * summary per file out. Nothing in the book changes before the shell applies the plan; the plan is
 * absent when nothing could be imported.
 */

export interface ImportFile {
  readonly name: string;
  readonly outcome: ParseOutcome;
}

export interface ImportOptions {
  /** Replace values in the book that differ from the files' (else they are listed as conflicts). */
  readonly replace?: boolean;
  /** Add the periods the files need and the book lacks (else such rows wait, and the period is offered). */
  readonly addPeriods?: boolean;
  /**
   * Schools matched by name to accept, as «file name → book school» keys from a preview (`nameKey`);
   * "all" accepts every one (the command line, which lists them). Unaccepted ones are not imported.
   */
  readonly acceptNames?: "all" | ReadonlySet<string>;
}

export interface Conflict {
  readonly period: string;
  readonly school: string;
  readonly procedure: string;
  readonly subject: string;
  readonly grade: string;
  readonly field: MergeField;
  /** The values as the results model holds them (a number, a distribution, «не проводилось»). */
  readonly book: unknown;
  readonly file: unknown;
}

export interface NameMatch {
  readonly file: string;
  readonly school: string;
  readonly accepted: boolean;
}

export interface FileSummary {
  readonly name: string;
  /** Why nothing of the file was imported. */
  readonly refused?: string;
  readonly layout?: LayoutId;
  /** «ВПР · Русский язык · 4 класс · 2025/2026», one per procedure, subject, class and period. */
  readonly procedures: readonly string[];
  /** Schools matched by code or login (or by an accepted name). */
  readonly matched: number;
  readonly byName: readonly NameMatch[];
  readonly ambiguous: readonly { readonly file: string; readonly candidates: readonly string[] }[];
  readonly unmatched: readonly string[];
  /** Schools of other municipalities, skipped. */
  readonly otherMunicipality: number;
  readonly added: number;
  readonly completed: number;
  readonly unchanged: number;
  readonly replaced: number;
  readonly conflicts: readonly Conflict[];
  /** Periods the file needs that the book lacks (offered to add). */
  readonly missingPeriods: readonly string[];
  /** The book's schools on the ФИОКО list, with the works marked. */
  readonly listed?: readonly { readonly school: string; readonly year: number; readonly markers: readonly string[] }[];
  /** The periods the ФИОКО list was written for on «Список ФИОКО», and how many of the book's schools it counts. */
  readonly listPeriods?: readonly string[];
  readonly listSchools?: number;
  readonly notices: readonly string[];
}

export interface ImportResult {
  /** Absent when nothing could be imported: nothing is written. */
  readonly plan?: WorkbookPlan;
  readonly files: readonly FileSummary[];
  readonly addedPeriods: readonly string[];
  /** Logins and codes written on «ОО» after accepted name matches. */
  readonly idsWritten: number;
  /** Inputs of the indicators fed by results (and «Список ФИОКО») the import filled or recomputed. */
  readonly indicatorsRecomputed: number;
  /** Values typed by hand on the indicator sheets kept though the results now give another. */
  readonly indicatorsKept: number;
  readonly notices: readonly string[];
}

/** What the pane shows of an import: the summary per file, without the plan. */
export type ImportPreview = Omit<ImportResult, "plan">;

export function withoutPlan(result: ImportResult): ImportPreview {
  const { plan, ...preview } = result;
  void plan;
  return preview;
}

/** The key a preview gives a name match, for `acceptNames`. */
export const nameKey = (file: string, school: string) => `${file}\u0000${school}`;

const rowKey = (row: Pick<ResultRow, "period" | "level" | "school" | "procedure" | "subject" | "grade">) =>
  [
    row.period,
    row.level ?? "",
    row.school.trim().toLowerCase(),
    row.procedure,
    canonicalSubject(row.subject),
    row.grade.trim(),
  ].join("\u0000");

export function planImport(
  existing: readonly ExistingSheet[],
  files: readonly ImportFile[],
  options: ImportOptions = {},
): ImportResult {
  const stored = storedBuild(existing);
  const schoolsSheet = existing.find((sheet) => sheet.role === ROLES.schools)?.cells ?? [];
  const schools = readSchools(schoolsSheet);
  const ids = readSchoolIds(schoolsSheet);
  const municipality = stored.settings.municipality;
  const resultsCells = existing.find((sheet) => sheet.role === RESULTS_ROLE)?.cells;
  const read = resultsCells ? readResults(resultsCells) : { rows: [], references: [], problems: [] };

  const book = new Map<string, ResultRow>();
  for (const row of [...read.rows, ...read.references]) book.set(rowKey(row), row);
  let nextRow = 1_000_000;
  const kind = stored.periods[0]?.kind ?? "academic";
  const periods = new Map<string, Period>(stored.periods.map((p) => [p.label, p]));
  const addedPeriods: string[] = [];
  const newIds = new Map<string, SchoolIds>();
  const accepts = (file: string, school: string) =>
    options.acceptNames === "all" || Boolean(options.acceptNames?.has(nameKey(file, school)));

  const typedKinds = readSchoolKinds(schoolsSheet).kinds;
  const generalSchools = schools.filter((school) => (typedKinds.get(school) ?? guessKind(school)) === "school");
  const listSheet = existing.find((sheet) => sheet.role === FIOKO_LIST_ROLE);
  let listRows: readonly FiokoListRow[] | undefined;
  const heldList: readonly FiokoListRow[] = listSheet?.cells ? readFiokoList(listSheet.cells).rows : [];

  const summaries: FileSummary[] = [];
  let imported = 0;
  for (const file of files) {
    if (isRefused(file.outcome)) {
      summaries.push(emptySummary(file.name, file.outcome.reason));
      continue;
    }
    const parsed = file.outcome;
    const matcher = new SchoolMatcher(schools, new Map([...ids, ...newIds]), municipality);
    const matched = new Set<string>();
    const byName = new Map<string, NameMatch>();
    const ambiguous = new Map<string, readonly string[]>();
    const unmatchedUnits: Pick<ParsedResult, "unit">[] = [];
    const missing = new Set<string>();
    const procedures = new Set<string>();
    const counts = { added: 0, completed: 0, unchanged: 0, replaced: 0 };
    const conflicts: Conflict[] = [];
    const source = t.sourceNames[parsed.layout];

    /** The book's period of a calendar year, added when allowed; undefined (and offered) when the book lacks it. */
    const periodFor = (year: number): Period | undefined => {
      const period = periodOfYear(year, kind);
      if (!periods.has(period.label)) {
        if (!options.addPeriods) {
          missing.add(period.label);
          return undefined;
        }
        periods.set(period.label, period);
        addedPeriods.push(period.label);
      }
      return periods.get(period.label) ?? period;
    };

    const place = (result: ParsedResult, school: string) => {
      const period = periodFor(result.year);
      if (!period) return;
      procedures.add(t.procedureLine(result.procedure, result.subject, result.grade, period.label));
      const incoming: ResultRow = {
        period: period.label,
        school,
        procedure: result.procedure,
        subject: result.subject,
        grade: result.grade,
        ...(result.level !== "school" && { level: result.level }),
        ...(result.participants !== undefined && { participants: result.participants }),
        ...(result.distribution && { distribution: result.distribution }),
        ...(result.confirmation && { confirmation: result.confirmation }),
        ...(result.averageScore !== undefined && { averageScore: result.averageScore }),
        ...(result.averagePrimary !== undefined && { averagePrimary: result.averagePrimary }),
        ...(result.sourceBands && { sourceBands: result.sourceBands }),
        source: result.fromPercentages ? `${source} (${t.percentSource})` : source,
      };
      const key = rowKey(incoming);
      const held = book.get(key);
      const outcome = mergeRow(held, held ? incoming : { ...incoming, row: nextRow++ }, Boolean(options.replace));
      book.set(key, outcome.row);
      if (outcome.status !== "conflict") counts[outcome.status] += 1;
      for (const c of outcome.conflicts)
        conflicts.push({
          period: period.label,
          school,
          procedure: result.procedure,
          subject: result.subject,
          grade: result.grade,
          field: c.field,
          book: c.book,
          file: c.file,
        });
    };

    /** The book's school a row names, once accepted; listed as ambiguous or unmatched otherwise. */
    const schoolOf = (unit: ParsedResult["unit"], match: SchoolMatch): string | undefined => {
      const label = unit.name || unit.code || unit.login || "";
      if (match.by === "code" || match.by === "login") {
        matched.add(match.school);
        return match.school;
      }
      if (match.by === "name") {
        const accepted = accepts(file.name, label);
        byName.set(label, { file: label, school: match.school, accepted });
        if (!accepted) return undefined;
        matched.add(match.school);
        const held = ids.get(match.school) ?? newIds.get(match.school) ?? {};
        const add: SchoolIds = {
          ...held,
          ...(!held.login && unit.login && { login: unit.login }),
          ...(!held.code && unit.code && { code: unit.code }),
        };
        if (add.login !== held.login || add.code !== held.code) newIds.set(match.school, add);
        return match.school;
      }
      if (match.by === "ambiguous") ambiguous.set(label, match.candidates);
      else if (match.by === "none") unmatchedUnits.push({ unit });
      return undefined;
    };

    const otherUnits = new Set<string>();
    for (const result of parsed.results) {
      if (result.level === "russia") place(result, t.russia);
      else if (result.level === "region") place(result, result.unit.name);
      else if (result.level === "municipality") {
        if (matcher.isOwnMunicipality(result.unit.name)) place(result, municipality);
      } else {
        const match = matcher.match(result.unit);
        if (match.by === "other") otherUnits.add(unitLabel(result));
        const school = schoolOf(result.unit, match);
        if (school) place(result, school);
      }
    }

    // The ФИОКО list: per year (the book's period), the book's schools on it and the works marked.
    const listed: { school: string; year: number; markers: readonly string[] }[] = [];
    const listPeriods = new Map<string, Map<string, { works: readonly string[]; markers: number }>>();
    for (const year of new Set((parsed.nonObjectivity ?? []).map((entry) => entry.year))) {
      const period = periodFor(year);
      if (period) listPeriods.set(period.label, new Map());
    }
    for (const entry of parsed.nonObjectivity ?? []) {
      const match = matcher.match(entry.unit);
      if (match.by === "other") otherUnits.add(unitLabel({ unit: entry.unit }));
      const school = schoolOf(entry.unit, match);
      const onList = listPeriods.get(periodOfYear(entry.year, kind).label);
      if (!school || !onList) continue;
      listed.push({ school, year: entry.year, markers: entry.markers });
      const before = onList.get(school);
      onList.set(school, {
        works: [...new Set([...(before?.works ?? []), ...entry.markers])],
        markers: Math.max(before?.markers ?? 0, entry.count),
      });
    }
    if (parsed.nonObjectivity) {
      const lists: ListedSchools[] = [...listPeriods].map(([period, onList]) => ({ period, source, schools: onList }));
      const merged = mergeFiokoList(listRows ?? heldList, lists, generalSchools);
      counts.added += merged.added;
      counts.completed += merged.completed;
      counts.unchanged += merged.unchanged;
      if (lists.length > 0) listRows = merged.rows;
    }

    const unmatched = new Set<string>();
    for (const result of unmatchedUnits) {
      if (matcher.isOtherByMsu(result.unit)) otherUnits.add(unitLabel(result));
      else unmatched.add(unitLabel(result));
    }

    const summary: FileSummary = {
      name: file.name,
      layout: parsed.layout,
      procedures: [...procedures],
      matched: matched.size,
      byName: [...byName.values()],
      ambiguous: [...ambiguous].map(([fileName, candidates]) => ({ file: fileName, candidates })),
      unmatched: [...unmatched],
      otherMunicipality: otherUnits.size,
      ...counts,
      conflicts,
      missingPeriods: [...missing],
      ...(parsed.nonObjectivity && {
        listed,
        listPeriods: [...listPeriods.keys()],
        listSchools: generalSchools.length,
      }),
      notices: parsed.notices,
    };
    const placed = counts.added + counts.completed + counts.unchanged + counts.replaced + conflicts.length;
    if (placed === 0 && listPeriods.size === 0) {
      const reason = missing.size > 0 ? t.onlyMissingPeriods(file.name, [...missing]) : t.nothingMatched(file.name);
      summaries.push({ ...summary, refused: reason });
      continue;
    }
    imported += 1;
    summaries.push(summary);
  }

  if (imported === 0)
    return {
      files: summaries,
      addedPeriods: [],
      idsWritten: 0,
      indicatorsRecomputed: 0,
      indicatorsKept: 0,
      notices: [],
    };
  const allPeriods = [...periods.values()].sort((a, b) => a.endYear - b.endYear);
  const rows = [...book.values()];
  const resultsSheet = existing.find((sheet) => sheet.role === RESULTS_ROLE);
  const framework = stored.framework;

  // The indicators fed by results (and «Список ФИОКО») are recomputed with the import, not at the next build.
  const before = resultIndicatorValues(framework, readResultSources(existing, {}));
  const merged = { importedResults: rows, ...(listRows && { importedFiokoList: listRows }) };
  const after = resultIndicatorValues(framework, readResultSources(existing, merged));
  const recomputed = recomputeInputs(
    collectInputs(existing),
    before,
    after,
    Boolean(options.replace),
    laidOutIn(existing),
  );
  // New periods change the layout of every sheet: the whole book is laid out again, as «Создать листы» does.
  // Otherwise only what changed is written, however big the book: the results sheet, «ОО» when logins or
  // codes were accepted, «Список ФИОКО», and the sheets of the systems whose fed inputs changed.
  const whole = addedPeriods.length > 0 || !resultsSheet;
  const systems = systemsOf(framework, recomputed.codes);
  const build = planWorkbook(
    {
      ...(!whole && { onlySystems: systems }),
      framework,
      periods: allPeriods,
      municipality,
      schools: [],
      flavour: stored.settings.flavour,
      schoolIds: newIds,
      ...merged,
      resultValues: after,
      overrides: recomputed.overrides,
    },
    existing,
  );
  const notices = [
    ...stored.notices,
    ...(recomputed.changed > 0 ? [t.indicatorsRecomputed(recomputed.changed)] : []),
    ...(recomputed.kept > 0 ? [t.indicatorsKept(recomputed.kept)] : []),
  ];
  const base = {
    files: summaries,
    addedPeriods: [...new Set(addedPeriods)],
    idsWritten: newIds.size,
    indicatorsRecomputed: recomputed.changed,
    indicatorsKept: recomputed.kept,
  };

  if (whole) return { ...base, plan: build.plan, notices: [...notices, ...build.notices] };
  const listIsNew = Boolean(listRows) && !existing.some((sheet) => sheet.role === FIOKO_LIST_ROLE);
  const wanted = (role: string | undefined) =>
    role === RESULTS_ROLE ||
    // The record of values fed from results follows what the import recomputed (sheets/carryOver.ts).
    role === FED_ROLE ||
    (role === ROLES.schools && newIds.size > 0) ||
    (role === FIOKO_LIST_ROLE && Boolean(listRows)) ||
    (listIsNew && Boolean(role && isContentsRole(role))) ||
    [...systems].some((code) => role === systemRole(code) || role === schoolSheetRole(code));
  return { ...base, plan: { sheets: build.plan.sheets.filter((sheet) => wanted(sheet.role)) }, notices };
}

function unitLabel(result: Pick<ParsedResult, "unit">): string {
  const { name, login, code } = result.unit;
  return name ? (login ? `${name} (${login})` : name) : (code ?? login ?? "");
}

function emptySummary(name: string, refused: string): FileSummary {
  return {
    name,
    refused,
    procedures: [],
    matched: 0,
    byName: [],
    ambiguous: [],
    unmatched: [],
    otherMunicipality: 0,
    added: 0,
    completed: 0,
    unchanged: 0,
    replaced: 0,
    conflicts: [],
    missingPeriods: [],
    notices: [],
  };
}
