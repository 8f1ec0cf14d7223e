import { importTexts as t } from "../i18n/import";
import type { WorkbookPlan } from "../plan/types";
import type { ResultRow } from "../results/model";
import { readResults, RESULTS_ROLE } from "../results/sheet";
import { ru } from "../i18n/ru";
import { RESULT_SETTINGS_ROLE } from "../results/settingsSheet";
import { ExistingSheet, planWorkbook } from "../workbook/buildPlan";
import { readResultSources, resultSheetPlans } from "../workbook/resultSheets";
import type { Period } from "../workbook/periods";
import { readSchoolIds, SchoolIds } from "../workbook/schoolIds";
import { guessKind } from "../workbook/organisations";
import { readSchoolKinds, readSchools, schoolsSheetPlan } from "../workbook/simpleSheets";
import { readOrgStatuses } from "../workbook/statuses";
import { storedBuild } from "../workbook/stored";
import { SchoolMatch, SchoolMatcher } from "./match";
import { mergeRow, MergeField } from "./merge";
import { isRefused, LayoutId, NonObjectivityEntry, ParsedResult, ParseOutcome } from "./model";
import { periodOfYear } from "./periods";
import { canonicalSubject } from "./subjects";

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
  readonly notices: readonly string[];
}

export interface ImportResult {
  /** Absent when nothing could be imported: nothing is written. */
  readonly plan?: WorkbookPlan;
  readonly files: readonly FileSummary[];
  readonly addedPeriods: readonly string[];
  /** Logins and codes written on «ОО» after accepted name matches. */
  readonly idsWritten: number;
  readonly notices: readonly string[];
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
  const schoolsSheet = existing.find((sheet) => sheet.role === "schools")?.cells ?? [];
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
    const unmatchedUnits: ParsedResult[] = [];
    const missing = new Set<string>();
    const procedures = new Set<string>();
    const counts = { added: 0, completed: 0, unchanged: 0, replaced: 0 };
    const conflicts: Conflict[] = [];
    const source = t.sourceNames[parsed.layout];

    const place = (result: ParsedResult, school: string) => {
      let period = periodOfYear(result.year, kind);
      if (!periods.has(period.label)) {
        if (!options.addPeriods) {
          missing.add(period.label);
          return;
        }
        periods.set(period.label, period);
        addedPeriods.push(period.label);
      }
      period = periods.get(period.label) ?? period;
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

    const placeSchool = (result: ParsedResult, match: SchoolMatch) => {
      const label = result.unit.name || result.unit.code || result.unit.login || "";
      if (match.by === "code" || match.by === "login") {
        matched.add(match.school);
        place(result, match.school);
      } else if (match.by === "name") {
        const accepted = accepts(file.name, label);
        byName.set(label, { file: label, school: match.school, accepted });
        if (!accepted) return;
        matched.add(match.school);
        const held = ids.get(match.school) ?? newIds.get(match.school) ?? {};
        const add: SchoolIds = {
          ...held,
          ...(!held.login && result.unit.login && { login: result.unit.login }),
          ...(!held.code && result.unit.code && { code: result.unit.code }),
        };
        if (add.login !== held.login || add.code !== held.code) newIds.set(match.school, add);
        place(result, match.school);
      } else if (match.by === "ambiguous") ambiguous.set(label, match.candidates);
      else if (match.by === "none") unmatchedUnits.push(result);
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
        placeSchool(result, match);
      }
    }
    const unmatched = new Set<string>();
    for (const result of unmatchedUnits) {
      if (matcher.isOtherByMsu(result.unit)) otherUnits.add(unitLabel(result));
      else unmatched.add(unitLabel(result));
    }

    const listed = (parsed.nonObjectivity ?? []).flatMap((entry: NonObjectivityEntry) => {
      const match = matcher.match(entry.unit);
      if (match.by === "other") otherUnits.add(unitLabel({ unit: entry.unit }));
      return match.by === "code" || match.by === "login" || match.by === "name"
        ? [{ school: match.school, year: entry.year, markers: entry.markers }]
        : [];
    });

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
      ...(parsed.nonObjectivity && { listed }),
      notices: parsed.notices,
    };
    const placed = counts.added + counts.completed + counts.unchanged + counts.replaced + conflicts.length;
    if (placed === 0 && !parsed.nonObjectivity) {
      const reason = missing.size > 0 ? t.onlyMissingPeriods(file.name, [...missing]) : t.nothingMatched(file.name);
      summaries.push({ ...summary, refused: reason });
      continue;
    }
    imported += 1;
    summaries.push(summary);
  }

  if (imported === 0) return { files: summaries, addedPeriods: [], idsWritten: 0, notices: [] };
  const allPeriods = [...periods.values()].sort((a, b) => a.endYear - b.endYear);
  const rows = [...book.values()];
  const resultsSheet = existing.find((sheet) => sheet.role === RESULTS_ROLE);
  const base = { files: summaries, addedPeriods: [...new Set(addedPeriods)], idsWritten: newIds.size };

  // New periods change the layout of every sheet: the whole book is laid out again, as «Создать листы» does.
  if (addedPeriods.length > 0 || !resultsSheet) {
    const build = planWorkbook(
      {
        framework: stored.framework,
        periods: allPeriods,
        municipality,
        schools: [],
        flavour: stored.settings.flavour,
        schoolIds: newIds,
        importedResults: rows,
      },
      existing,
    );
    return { ...base, plan: build.plan, notices: [...stored.notices, ...build.notices] };
  }
  // Otherwise only the results sheet changes (and «ОО» when logins or codes were accepted): written
  // alone, however big the book.
  const settingsName =
    existing.find((sheet) => sheet.role === RESULT_SETTINGS_ROLE)?.name ?? ru.resultSettings.sheetName;
  const names = { results: resultsSheet.name, medallists: "", settings: settingsName };
  const sources = readResultSources(existing, { importedResults: rows });
  const sheets = [
    resultSheetPlans(
      sources,
      names,
      schools,
      allPeriods.map((p) => p.label),
    ).sheets[0],
  ];
  const schoolsName = existing.find((sheet) => sheet.role === "schools")?.name;
  if (newIds.size > 0 && schoolsName) {
    // The «ОО» sheet as the build writes it, with the accepted logins and codes over those typed.
    const kinds = readSchoolKinds(schoolsSheet).kinds;
    const allKinds = new Map(schools.map((school) => [school, kinds.get(school) ?? guessKind(school)]));
    sheets.push(
      schoolsSheetPlan(schoolsName, municipality, schools, allKinds, new Map([...ids, ...newIds]), {
        periods: stored.periods.map((p) => p.label),
        marks: readOrgStatuses(schoolsSheet),
      }),
    );
  }
  return { ...base, plan: { sheets }, notices: [...stored.notices, t.indicatorsOnRebuild] };
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
