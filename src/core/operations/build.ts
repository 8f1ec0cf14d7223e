import { isSchoolSheetRole, isSystemRole, ROLES, schoolSheetRole, systemRole } from "../workbook/roles";
import type { BuildRequest } from "../sheets/buildRequest";
import type { ExistingSheet } from "../workbook/existing";
import { uniqueSheetName } from "../sheets/catalogSheet";
import type { Framework, Indicator, OrgKind } from "../catalog/schema";
import { ru } from "../base/i18n/ru";
import { CATALOG_ROLE, catalogSheetPlan } from "../sheets/catalogSheetPlan";
import type { SheetPlan, WorkbookPlan, CellValue } from "../base/plan/types";
import { carryOver, FED_ROLE, movedReferences, strayNotes } from "../sheets/carryOver";
import { carryText } from "../base/i18n/carryOver";
import { InputSource, readInputsFromGrid } from "../workbook/inputs";
import { schoolIndicators, schoolSheetLayout, schoolSheetPlan, rowsPerSchool } from "../sheets/schoolSheet";
import { contentsRole, isContentsRole, settingsOfRole } from "../workbook/settings";
import { guessKind, organisationsFor } from "../workbook/organisations";
import {
  archiveSheetPlan,
  ContentsEntry,
  contentsSheetPlan,
  readSchoolKinds,
  readSchools,
  schoolsSheetPlan,
} from "../sheets/simpleSheets";
import { systemSheetPlan } from "../sheets/systemSheet";
import { MEDALLISTS_ROLE } from "../sheets/medallistsSheet";
import { RESULT_SETTINGS_ROLE } from "../sheets/resultSettingsSheet";
import { RESULTS_ROLE } from "../sheets/resultsSheet";
import { readSchoolIds } from "../workbook/schoolIds";
import { FIOKO_LIST_ROLE } from "../sheets/fiokoListSheet";
import { fiokoListTexts } from "../base/i18n/import";
import {
  readResultSources,
  resultIndicatorValues,
  resultSheetPlans,
  resultSourceNotices,
  ResultSources,
} from "../features/results/resultSheets";
import {
  answersByFlags,
  answersInAny,
  flagsIn,
  flagTopic,
  hasStatus,
  OrgStatuses,
  readOrgStatuses,
  statusesOf,
  statusTexts,
  unmarked,
  statusTopic,
} from "../workbook/statuses";
import { socialSuggestions, suggestedStatuses } from "../features/statuses/suggestions";
import { SOCIAL_SIGNS_AT_LEAST } from "../catalog/frameworks/abinskRules";

export interface BuildResult {
  readonly plan: WorkbookPlan;
  /** Things the user should be told: renamed sheets, archived values. */
  readonly notices: string[];
  readonly schools: readonly string[];
}

/** Values typed on the add-in's sheets, and values archived earlier (which return when their place does). */
export function collectInputs(existing: readonly ExistingSheet[]): Map<string, CellValue> {
  const inputs = new Map<string, CellValue>();
  for (const sheet of existing.filter((s) => s.role === ROLES.archive && s.cells)) {
    for (const row of (sheet.cells ?? []).slice(3)) {
      const [, code, school, column, value] = row;
      if (typeof code !== "string" || typeof column !== "string" || value === null || typeof value === "object")
        continue;
      const header = readInputsFromGrid([
        [ru.layout.code, ru.layout.school, column],
        [code, school ?? "", value],
      ]);
      for (const [key, cell] of header) inputs.set(key, cell);
    }
  }
  for (const sheet of existing.filter((s) => s.role && (isSystemRole(s.role) || isSchoolSheetRole(s.role)))) {
    for (const [key, value] of readInputsFromGrid(sheet.cells ?? [])) inputs.set(key, value);
  }
  return inputs;
}

/** Chooses sheet names: ours keep theirs (even if the user renamed the tab); a user's sheet is never taken. */
export class SheetNamer {
  private readonly taken = new Set<string>();
  private readonly ours = new Map<string, string>();
  readonly notices: string[] = [];

  constructor(existing: readonly ExistingSheet[]) {
    for (const sheet of existing) {
      const role = sheet.role && isContentsRole(sheet.role) ? "contents" : sheet.role;
      if (role) this.ours.set(role, sheet.name);
      else this.taken.add(sheet.name.toLowerCase());
    }
  }

  name(role: string, wanted: string): string {
    const own = this.ours.get(role);
    if (own && !this.taken.has(own.toLowerCase())) {
      this.taken.add(own.toLowerCase());
      return own;
    }
    const clash = this.taken.has(wanted.toLowerCase());
    const name = uniqueSheetName(wanted, this.taken);
    if (clash) this.notices.push(ru.sheets.clash(wanted, name));
    return name;
  }
}

const tableName = (prefix: string, code: string) => `${prefix}${code.replace(/[^0-9A-Za-z]/g, "_")}`;

/**
 * Plans the whole workbook for a framework, its periods and schools, carrying over every value the
 * user typed on an earlier run. Values with no place in the new layout go to «Архив данных».
 */
export function planWorkbook(request: BuildRequest, existing: readonly ExistingSheet[] = []): BuildResult {
  const { framework, periods, municipality, flavour } = request;
  const namer = new SheetNamer(existing);
  // Raw procedure results: kept across runs; the indicators they determine fill the cells that are still theirs.
  const sources = readResultSources(existing, request);
  const fromResults = request.resultValues ?? resultIndicatorValues(framework, sources);
  const carried = carryOver(framework, existing, fromResults);
  const inputs = new InputSource(new Map([...(request.data ?? []), ...carried.inputs, ...(request.overrides ?? [])]));
  for (const [key, value] of carried.fed) inputs.offer(key, value);
  const existingSchools = existing.find((sheet) => sheet.role === ROLES.schools)?.cells;
  const schools = request.schools.length > 0 ? request.schools : readSchools(existingSchools ?? []);
  const typed = readSchoolKinds(existingSchools ?? []);
  const known = new Map([...(request.kinds ?? []), ...typed.kinds]);
  const kinds = new Map(schools.map((school) => [school, known.get(school) ?? guessKind(school)]));
  const guessed = schools.filter((school) => !known.has(school)).length;
  const periodLabels = periods.map((period) => period.label);
  const read = readOrgStatuses(existingSchools ?? []);
  // A book whose «ОО» has no status columns yet gets them blank: no school is ШНОР or ШНСУ until marked.
  const marks = read.periods.length > 0 ? read : request.statuses ? statusesOf(request.statuses) : unmarked(schools);

  const contentsName = namer.name("contents", ru.sheets.contents);
  const catalogName = namer.name(CATALOG_ROLE, ru.catalogSheet.sheetName);
  const schoolsName = namer.name("schools", ru.sheets.schools);
  const sheets: SheetPlan[] = [
    { ...catalogSheetPlan(framework), name: catalogName },
    schoolsSheetPlan(
      schoolsName,
      municipality,
      schools,
      kinds,
      new Map([...readSchoolIds(existingSchools ?? []), ...(request.schoolIds ?? [])]),
      { periods: periodLabels, marks },
    ),
  ];
  const entries: ContentsEntry[] = [
    { sheetName: catalogName, about: ru.layout.aboutCatalog },
    { sheetName: schoolsName, about: ru.layout.aboutSchools },
  ];

  const resultNames = {
    results: namer.name(RESULTS_ROLE, ru.results.sheetName),
    medallists: namer.name(MEDALLISTS_ROLE, ru.medallists.sheetName),
    settings: namer.name(RESULT_SETTINGS_ROLE, ru.resultSettings.sheetName),
    ...(sources.fiokoList && { fiokoList: namer.name(FIOKO_LIST_ROLE, fiokoListTexts.sheetName) }),
  };
  namer.notices.push(...resultSourceNotices(sources));
  namer.notices.push(...statusNotices(framework, schools, kinds, marks, sources, periodLabels, inputs));

  namer.notices.push(...typed.problems);
  if (guessed > 0) namer.notices.push(ru.organisations.guessed(guessed));

  for (const system of framework.systems) {
    const systemName = namer.name(systemRole(system.code), system.sheetName);
    const atSchools = schoolIndicators(system);
    const orgsByCode = new Map(
      atSchools.map((i) => [
        i.code,
        organisationsFor(system, schools, kinds, i).filter((school) =>
          answersInAny(flagTopic(i), marks, school, periodLabels),
        ),
      ]),
    );
    const orgsOf = (indicator: Indicator) => orgsByCode.get(indicator.code) ?? [];
    const rowCount = atSchools.reduce((total, i) => total + orgsOf(i).length * rowsPerSchool(i), 0);
    const schoolSheet =
      rowCount > 0
        ? schoolSheetLayout(
            namer.name(
              schoolSheetRole(system.code),
              `${system.sheetName.slice(0, 31 - ru.sheets.schoolSheetSuffix.length)}${ru.sheets.schoolSheetSuffix}`,
            ),
            rowCount,
          )
        : undefined;
    const common = { system, periods, flavour, inputs };
    if (request.onlySystems && !request.onlySystems.has(system.code)) {
      entries.push({ sheetName: systemName, about: `${ru.layout.aboutSystem}: ${system.label}` });
      if (schoolSheet) entries.push({ sheetName: schoolSheet.sheetName, about: ru.layout.aboutSchoolSheet });
      continue;
    }
    sheets.push(
      systemSheetPlan({
        ...common,
        sheetName: systemName,
        municipality,
        schoolSheet,
        tableName: tableName("MsokoS", system.code),
      }),
    );
    entries.push({ sheetName: systemName, about: `${ru.layout.aboutSystem}: ${system.label}` });
    if (schoolSheet) {
      sheets.push(
        schoolSheetPlan({
          ...common,
          layout: schoolSheet,
          schoolsOf: orgsOf,
          tableName: tableName("MsokoOO", system.code),
          answers: (indicator, school, period) =>
            !marks.bySchool.has(school) || answersByFlags(flagTopic(indicator), flagsIn(marks, school, period)),
          fixed: (indicator, school, period) => {
            const topic = statusTopic(indicator);
            if (!topic) return undefined;
            if (!marks.decided.has(period) && !marks.decided.has("")) return null;
            return hasStatus(topic, flagsIn(marks, school, period)) ? ru.layout.yes : ru.layout.no;
          },
        }),
      );
      entries.push({ sheetName: schoolSheet.sheetName, about: ru.layout.aboutSchoolSheet });
    }
  }

  const resultPlans = resultSheetPlans(
    sources,
    resultNames,
    schools,
    periods.map((period) => period.label),
  );
  sheets.push(...resultPlans.sheets);
  entries.push(...resultPlans.entries);

  const unplaced = inputs.unplaced();
  const notices = namer.notices;
  const filled = [...carried.fresh].filter((id) => carried.fed.get(id) === inputs.landed(id)).length;
  if (filled > 0) notices.push(ru.results.filled(filled));
  notices.push(...carried.notices);
  // Notes where the sheets planned so far rewrite them (the archive and «Содержание» come after and keep none).
  const stray = request.onlySystems ? { rows: [], notices: [] } : strayNotes(existing, sheets, carried.archivedNotes);
  notices.push(...stray.notices);
  notices.push(...movedReferences(existing, sheets));
  const archiveRows = [...carried.archiveRows, ...stray.rows];
  const archive = unplaced.length > 0 || archiveRows.length > 0 || existing.some((s) => s.role === ROLES.archive);
  if (!request.onlySystems && archive) {
    const archiveName = namer.name(ROLES.archive, ru.sheets.archive);
    const systemOf = new Map(
      framework.systems.flatMap((system) =>
        system.criteria.flatMap((c) => c.indicators.map((i) => [i.code, system.sheetName] as const)),
      ),
    );
    sheets.push(archiveSheetPlan(archiveName, archiveRows, unplaced, (code) => systemOf.get(code) ?? ""));
    entries.push({ sheetName: archiveName, about: ru.layout.aboutArchive });
    if (unplaced.length > 0) notices.push(ru.sheets.archived(unplaced.length));
  }

  if (carried.recordNeeded)
    sheets.push(
      carried.record(
        namer.name(FED_ROLE, carryText.fedSheetName),
        (id) => inputs.landed(id),
        Boolean(request.onlySystems),
      ),
    );

  const contents = contentsSheetPlan(
    contentsName,
    municipality,
    framework.title,
    periods.map((period) => period.label),
    entries,
  );
  const contentsBefore = existing.find((sheet) => sheet.role && isContentsRole(sheet.role))?.role;
  const book = contentsBefore ? settingsOfRole(contentsBefore)?.book : undefined;
  const settings = { framework: framework.id, periods: periods.map((p) => p.label), municipality, flavour };
  const role = contentsRole(book ? { ...settings, book } : settings);
  return { plan: { sheets: [{ ...contents, role }, ...sheets] }, notices, schools };
}

/**
 * What the user should know about the marks: that none is made while indicators need them, and which
 * schools the risk rule suggests as ШНОР in the last period that are not marked.
 */
function statusNotices(
  framework: Framework,
  schools: readonly string[],
  kinds: ReadonlyMap<string, OrgKind>,
  marks: OrgStatuses,
  sources: ResultSources,
  periods: readonly string[],
  inputs: InputSource,
): string[] {
  const notices: string[] = [];
  const needed = framework.systems.some((system) =>
    schoolIndicators(system).some((indicator) => flagTopic(indicator) || statusTopic(indicator)),
  );
  const schoolsOnly = schools.filter((school) => kinds.get(school) === "school");
  if (!needed || schoolsOnly.length === 0) return notices;
  const anyMarked = schoolsOnly.some((school) =>
    periods.some((period) => hasStatus("either", flagsIn(marks, school, period)) === true),
  );
  // Marking «нет» everywhere is a decision too: then nothing is said.
  if (!anyMarked && marks.decided.size === 0) notices.push(statusTexts.noneMarked);
  const last = periods[periods.length - 1];
  if (last === undefined) return notices;
  const suggested = suggestedStatuses(sources.results.rows, periods, sources.thresholds.settings).filter(
    (school) => schoolsOnly.includes(school) && flagsIn(marks, school, last)?.shnor !== true,
  );
  if (suggested.length > 0) notices.push(statusTexts.suggested(last, suggested));
  const social = socialSuggestions(framework, (key) => inputs.peek(key), schoolsOnly, last).filter(
    (school) => flagsIn(marks, school, last)?.shnsu !== true,
  );
  if (social.length > 0) notices.push(statusTexts.suggestedSocial(last, social, SOCIAL_SIGNS_AT_LEAST));
  return notices;
}
