import { ru } from "../core/base/i18n/ru";
import type { CellValue } from "../core/base/plan/types";
import { officeSupports, Supports } from "./chunkedWriter";
import { ROLE_SHEET } from "../core/base/plan/looks";

/** Worksheet custom property (ExcelApi 1.12) that holds a sheet's role. */
export const ROLE_PROPERTY = "msoko.role";
/** Hidden sheet of (sheet name, role) rows, for Excel without worksheet custom properties. */
export { ROLE_SHEET };
export const ROLE_HEADER: readonly string[] = ru.shell.roleHeader;

export interface UsedValues {
  /** Position of the used range's top-left cell, zero-based. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: CellValue[][];
}

/**
 * Reads the used range (cells with values) of each named sheet in one sync. The sheets must exist;
 * a blank sheet gives null.
 */
export async function readUsedValues(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
): Promise<Map<string, UsedValues | null>> {
  const ranges = sheetNames.map((name) => {
    const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    return [name, used.load("values, rowIndex, columnIndex")] as const;
  });
  await context.sync();
  return new Map(
    ranges.map(([name, used]) => [
      name,
      used.isNullObject
        ? null
        : { rowIndex: used.rowIndex, columnIndex: used.columnIndex, values: used.values as CellValue[][] },
    ]),
  );
}

/** Roles the add-in stored for the sheets that exist now, by sheet name. Two syncs. */
export async function readRoles(
  context: Excel.RequestContext,
  supports: Supports = officeSupports,
): Promise<Map<string, string>> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const names = sheets.items.map((sheet) => sheet.name);
  const properties = supports("ExcelApi", "1.12")
    ? sheets.items.map((sheet) => sheet.customProperties.getItemOrNullObject(ROLE_PROPERTY).load("value"))
    : [];
  const stored = names.includes(ROLE_SHEET)
    ? sheets.getItem(ROLE_SHEET).getUsedRangeOrNullObject(true).load("values")
    : undefined;
  if (properties.length > 0 || stored) await context.sync();
  const roles = new Map<string, string>();
  for (const [name, role] of stored && !stored.isNullObject ? roleRows(stored.values) : []) {
    if (names.includes(name)) roles.set(name, role);
  }
  properties.forEach((property, index) => {
    if (!property.isNullObject) roles.set(names[index], String(property.value));
  });
  return roles;
}

/** (sheet, role) pairs from the hidden sheet's values, header row skipped. */
export function roleRows(values: readonly (readonly unknown[])[]): [string, string][] {
  return values
    .slice(1)
    .filter((row) => row[0] !== "" && row[0] !== null && row[0] !== undefined)
    .map((row) => [String(row[0]), String(row[1] ?? "")]);
}
