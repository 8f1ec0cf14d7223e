import type { ExistingSheet } from "../../workbook/existing";
import { contentsRole, isContentsRole, settingsOfRole } from "../../workbook/settings";

/** The book's stable id, kept with the settings in «Содержание»'s role; undefined when none was given yet. */
export function bookIdOf(existing: readonly ExistingSheet[]): string | undefined {
  const contents = existing.find((sheet) => sheet.role && isContentsRole(sheet.role));
  return contents?.role ? settingsOfRole(contents.role)?.book : undefined;
}

/** The role «Содержание» gets when the book is given `id`: which sheet, and its new role. */
export function withBookId(
  existing: readonly ExistingSheet[],
  id: string,
): { sheet: string; role: string } | undefined {
  const contents = existing.find((sheet) => sheet.role && isContentsRole(sheet.role));
  const settings = contents?.role ? settingsOfRole(contents.role) : undefined;
  if (!contents || !settings) return undefined;
  return { sheet: contents.name, role: contentsRole({ ...settings, book: id }) };
}

/** A new id for a book: random, readable, 16 hex digits after «MSOKO-». `random` gives 32-bit numbers. */
export function newBookId(random: () => number): string {
  const part = () => (random() >>> 0).toString(16).padStart(8, "0");
  return `MSOKO-${(part() + part()).toUpperCase()}`;
}
