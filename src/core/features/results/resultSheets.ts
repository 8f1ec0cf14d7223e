import type { Framework } from "../../catalog/schema";
import { ru } from "../../base/i18n/ru";
import { keptAsTyped } from "../../base/plan/sheetLines";
import type { SheetPlan } from "../../base/plan/types";
import { indicatorValuesFromResults } from "./indicators";
import { medallistIndicatorValues } from "./medallists";
import { medallistsSheetPlan, MEDALLISTS_ROLE, MedallistsProblem, readMedallists } from "../../sheets/medallistsSheet";
import type { MedallistRow, ResultRow } from "../../base/model/results";
import {
  ReadSettings,
  resultSettingRefs,
  resultSettingsSheetPlan,
  settingsFromWorkbook,
} from "../../sheets/resultSettingsSheet";
import { readResults, RESULTS_ROLE, resultsSheetPlan, ResultsProblem } from "../../sheets/resultsSheet";
import {
  FIOKO_LIST_ROLE,
  fiokoListIndicatorValues,
  fiokoListSheetPlan,
  FiokoListRow,
  readFiokoList,
} from "../../sheets/fiokoListSheet";
import { fiokoListTexts } from "../../base/i18n/import";
import type { RowProblem } from "../../base/plan/sheetLines";
import type { CellValue } from "../../base/plan/types";
import type { ExistingSheet } from "../../workbook/existing";
import type { ContentsEntry } from "../../sheets/simpleSheets";

/**
 * The three sheets of raw results — «Результаты процедур», «Медалисты», «Пороги результатов» — as a
 * rebuild reads and rewrites them: what was typed is kept (unreadable rows as typed), and the
 * indicators the results determine are offered to blank inputs.
 */

export interface ResultSources {
  readonly results: {
    /** Schools' rows. */
    readonly rows: readonly ResultRow[];
    /** Rows of the municipality, region and Russia as their sources computed them. */
    readonly references?: readonly ResultRow[];
    readonly problems: readonly ResultsProblem[];
  };
  readonly medallists: { readonly rows: readonly MedallistRow[]; readonly problems: readonly MedallistsProblem[] };
  readonly thresholds: ReadSettings;
  /** «Список ФИОКО», when the book keeps one (it appears with the first import of the list). */
  readonly fiokoList?: { readonly rows: readonly FiokoListRow[]; readonly problems: readonly RowProblem[] };
}

/**
 * What the workbook holds; given rows (demo data) only where it has no such sheet yet. Imported rows
 * (an import's merge of the sheet and the files) stand in for the rows read, the unreadable rows kept.
 */
export function readResultSources(
  existing: readonly ExistingSheet[],
  given: {
    readonly results?: readonly ResultRow[];
    readonly medallists?: readonly MedallistRow[];
    readonly importedResults?: readonly ResultRow[];
    /** «Список ФИОКО» after an import: replaces the rows read, the unreadable rows kept. */
    readonly importedFiokoList?: readonly FiokoListRow[];
  },
): ResultSources {
  const cellsOf = (role: string) => existing.find((sheet) => sheet.role === role)?.cells;
  const resultsCells = cellsOf(RESULTS_ROLE);
  const medallistsCells = cellsOf(MEDALLISTS_ROLE);
  const read = resultsCells ? readResults(resultsCells) : undefined;
  const imported = given.importedResults;
  const listCells = cellsOf(FIOKO_LIST_ROLE);
  const listRead = listCells ? readFiokoList(listCells) : undefined;
  const fiokoList = given.importedFiokoList
    ? { rows: given.importedFiokoList, problems: listRead?.problems ?? [] }
    : listRead;
  return {
    results: imported
      ? {
          rows: imported.filter((row) => !row.level),
          references: imported.filter((row) => row.level),
          problems: read?.problems ?? [],
        }
      : (read ?? {
          rows: (given.results ?? []).filter((row) => !row.level),
          references: (given.results ?? []).filter((row) => row.level),
          problems: [],
        }),
    medallists: medallistsCells ? readMedallists(medallistsCells) : { rows: given.medallists ?? [], problems: [] },
    thresholds: settingsFromWorkbook(existing),
    ...(fiokoList && { fiokoList }),
  };
}

/** Inputs the results, medallists and «Список ФИОКО» determine, keyed like the workbook inputs. */
export function resultIndicatorValues(framework: Framework, sources: ResultSources): Map<string, CellValue> {
  const { settings } = sources.thresholds;
  return new Map<string, CellValue>([
    ...indicatorValuesFromResults(framework, sources.results.rows, settings).values,
    ...medallistIndicatorValues(framework, sources.medallists.rows, settings).values,
    ...fiokoListIndicatorValues(framework, sources.fiokoList?.rows ?? []).values,
  ]);
}

/** Unreadable thresholds, and rows kept as typed but left out of the computations. */
export function resultSourceNotices(sources: ResultSources): string[] {
  const notices = sources.thresholds.problems.map((problem) => problem.message);
  const problems = [
    ...sources.results.problems,
    ...sources.medallists.problems,
    ...(sources.fiokoList?.problems ?? []),
  ];
  const unread = problems.filter((p) => p.cells).length;
  if (unread > 0) notices.push(ru.results.keptUnread(unread));
  return notices;
}

/**
 * The three sheets under the names chosen for them (formulas on the first two read the thresholds from
 * the third), and «Список ФИОКО» when the book keeps one and a name is given for it.
 */
export function resultSheetPlans(
  sources: ResultSources,
  names: {
    readonly results: string;
    readonly medallists: string;
    readonly settings: string;
    readonly fiokoList?: string;
  },
  schools: readonly string[],
  periods: readonly string[],
): { sheets: SheetPlan[]; entries: ContentsEntry[] } {
  const { results, medallists, thresholds } = sources;
  const list = names.fiokoList ? sources.fiokoList : undefined;
  const refs = resultSettingRefs(names.settings);
  const medallistThresholds = { minScore: refs.medallistMinScore, minBaseMark: refs.medallistMinBaseMark };
  return {
    sheets: [
      {
        ...resultsSheetPlan(
          [...results.rows, ...(results.references ?? [])],
          schools,
          periods,
          refs.egeHighFrom,
          keptAsTyped(results.problems),
        ),
        name: names.results,
      },
      {
        ...medallistsSheetPlan(
          medallists.rows,
          schools,
          periods,
          medallistThresholds,
          keptAsTyped(medallists.problems),
        ),
        name: names.medallists,
      },
      { ...resultSettingsSheetPlan(thresholds.settings, thresholds.typed), name: names.settings },
      ...(list
        ? [{ ...fiokoListSheetPlan(list.rows, schools, keptAsTyped(list.problems)), name: names.fiokoList ?? "" }]
        : []),
    ],
    entries: [
      { sheetName: names.results, about: ru.results.about },
      { sheetName: names.medallists, about: ru.medallists.about },
      { sheetName: names.settings, about: ru.resultSettings.about },
      ...(list ? [{ sheetName: names.fiokoList ?? "", about: fiokoListTexts.about }] : []),
    ],
  };
}
