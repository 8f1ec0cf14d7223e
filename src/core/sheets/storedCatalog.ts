import { findFramework } from "../catalog";
import { readCatalogRows } from "./catalogSheet";
import type { Framework } from "../catalog/schema";
import { ru } from "../base/i18n/ru";
import { CATALOG_ROLE } from "./catalogSheetPlan";
import type { ExistingSheet } from "../workbook/existing";
import { parsePeriods, Period } from "../workbook/periods";
import { isContentsRole, settingsOfRole, StoredSettings } from "../workbook/settings";

/** The workbook's own «Показатели» over a built-in framework, and the messages of rows it could not read. */
export function workbookCatalog(
  existing: readonly ExistingSheet[],
  base: Framework,
): { framework: Framework; notices: string[] } {
  const sheet = existing.find((s) => s.role === CATALOG_ROLE);
  if (!sheet?.cells) return { framework: base, notices: [] };
  const rows = sheet.cells.map((row) => row.map((cell) => (typeof cell === "object" && cell !== null ? null : cell)));
  const reading = readCatalogRows(rows, base);
  return { framework: reading.framework, notices: reading.problems.map((problem) => problem.message) };
}

export interface StoredBuild {
  readonly settings: StoredSettings;
  readonly framework: Framework;
  readonly periods: readonly Period[];
  readonly notices: readonly string[];
}

/**
 * What a workbook was built with, read from the workbook itself: the settings stored with
 * «Содержание» and the catalog on «Показатели». A workbook the add-in has not laid out is refused, and so is
 * one whose settings this version cannot read, each with its own message.
 */
export function storedBuild(existing: readonly ExistingSheet[]): StoredBuild {
  const contents = existing.find((sheet) => sheet.role && isContentsRole(sheet.role));
  const settings = contents?.role ? settingsOfRole(contents.role) : undefined;
  const base = settings ? findFramework(settings.framework) : undefined;
  const periods = settings ? parsePeriods(settings.periods.join(",")) : undefined;
  // «Содержание» is there but its settings do not read: a version of МСОКО before they were stored, or another one.
  if (contents && (!settings || !base || !periods?.ok)) throw new Error(ru.operations.otherVersion);
  if (!settings || !base || !periods?.ok) throw new Error(ru.operations.notBuilt);
  return { settings, periods: periods.periods, ...workbookCatalog(existing, base) };
}
