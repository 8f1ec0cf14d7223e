import { ROLES, isSchoolSheetRole, isSystemRole } from "../workbook/roles";
import type { Framework, Indicator } from "../catalog/schema";
import { indicatorsOf } from "../catalog";
import type { PlannedCell } from "../base/plan/types";
import type { ExistingSheet } from "../workbook/existing";
import { scanSheet, ScannedSheet } from "../workbook/inputs";
import { readSchools } from "./simpleSheets";
import { entryIndicators } from "../workbook/entry";
import { OrgStatuses, readOrgStatuses } from "../workbook/statuses";
import type { ResultRow, MedallistRow } from "../base/model/results";
import { readResults, RESULTS_ROLE, ResultsProblem } from "./resultsSheet";
import { MEDALLISTS_ROLE, MedallistsProblem, readMedallists } from "./medallistsSheet";
import { ReadSettings, RESULT_SETTINGS_ROLE, readResultSettings } from "./resultSettingsSheet";
import type { StaleFed } from "./carryOver";

/** One of the add-in's entry sheets, scanned. */
export interface EntrySheet {
  readonly name: string;
  /** True for the per-school entry sheets, false for the system (municipal) sheets. */
  readonly perSchool: boolean;
  readonly scan: ScannedSheet;
}

/** What «Проверить данные» works on: the catalog in use, the expected periods and schools, and the entry sheets. */
export interface Dataset {
  readonly framework: Framework;
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly periods: readonly string[];
  readonly schools: readonly string[];
  /** The raw «ОО» list, repeats included, with its sheet name and header row. */
  readonly schoolList?: { readonly sheet: string; readonly cells: readonly (readonly PlannedCell[])[] };
  /** ШНОР / ШНСУ marks of «ОО», by school and period. */
  readonly statuses?: OrgStatuses;
  readonly sheets: readonly EntrySheet[];
  /** «Результаты процедур», read: its rows and the rows it could not read. */
  readonly results?: {
    readonly sheet: string;
    readonly rows: readonly ResultRow[];
    /** The region's, Russia's and the municipality's own figures, as their sources computed them. */
    readonly references?: readonly ResultRow[];
    readonly problems: readonly ResultsProblem[];
  };
  /** «Медалисты», read: its rows and the rows it could not read. */
  readonly medallists?: {
    readonly sheet: string;
    readonly rows: readonly MedallistRow[];
    readonly problems: readonly MedallistsProblem[];
  };
  /** «Пороги результатов», read: the settings, and the values that could not be read. */
  readonly resultSettings?: { readonly sheet: string } & ReadSettings;
  /**
   * Values filled from the results at the last «Создать листы» that the results, corrected since, no longer give.
   * Worked out when asked (it reads every entry cell and the results again): only the check asks.
   */
  readonly staleFed?: () => readonly StaleFed[];
}

export function readDataset(
  framework: Framework,
  periods: readonly string[],
  existing: readonly ExistingSheet[],
): Dataset {
  const list = existing.find((sheet) => sheet.role === ROLES.schools);
  const sheets: EntrySheet[] = [];
  for (const sheet of existing) {
    const perSchool = isSchoolSheetRole(sheet.role);
    if (!isSystemRole(sheet.role) && !perSchool) continue;
    const scan = scanSheet(sheet.cells ?? []);
    if (scan) sheets.push({ name: sheet.name, perSchool, scan });
  }
  const resultsSheet = existing.find((sheet) => sheet.role === RESULTS_ROLE);
  const results = resultsSheet?.cells ? { sheet: resultsSheet.name, ...readResults(resultsSheet.cells) } : undefined;
  const medallistsSheet = existing.find((sheet) => sheet.role === MEDALLISTS_ROLE);
  const medallists = medallistsSheet?.cells
    ? { sheet: medallistsSheet.name, ...readMedallists(medallistsSheet.cells) }
    : undefined;
  const settingsSheet = existing.find((sheet) => sheet.role === RESULT_SETTINGS_ROLE);
  const resultSettings = settingsSheet
    ? { sheet: settingsSheet.name, ...readResultSettings(settingsSheet.cells ?? []) }
    : undefined;
  return {
    results,
    medallists,
    resultSettings,
    framework,
    // The parts of broken-down indicators are rows of their own: checked like any indicator.
    indicators: new Map(entryIndicators(indicatorsOf(framework)).map((indicator) => [indicator.code, indicator])),
    periods,
    schools: readSchools(list?.cells ?? []),
    statuses: readOrgStatuses(list?.cells ?? []),
    schoolList: list?.cells ? { sheet: list.name, cells: list.cells } : undefined,
    sheets,
  };
}
