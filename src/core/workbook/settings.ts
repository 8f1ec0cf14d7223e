import { CONTENTS_PREFIX, ROLES } from "./roles";
import type { FormulaFlavour } from "../base/plan/formulas";

/** What a workbook was built with, stored with its «Содержание» sheet so reruns need not ask again. */
export interface StoredSettings {
  readonly framework: string;
  readonly periods: readonly string[];
  readonly municipality: string;
  readonly flavour: FormulaFlavour;
  /** The book's stable id, given when it first issues forms to organisations; kept across reruns. */
  readonly book?: string;
}

export function contentsRole(settings: StoredSettings): string {
  return CONTENTS_PREFIX + JSON.stringify(settings);
}

export function isContentsRole(role: string): boolean {
  return role === ROLES.contents || role.startsWith(CONTENTS_PREFIX);
}

export function settingsOfRole(role: string): StoredSettings | undefined {
  if (!role.startsWith(CONTENTS_PREFIX)) return undefined;
  try {
    const parsed = JSON.parse(role.slice(CONTENTS_PREFIX.length)) as Partial<StoredSettings>;
    const valid =
      typeof parsed.framework === "string" &&
      Array.isArray(parsed.periods) &&
      typeof parsed.municipality === "string" &&
      (parsed.flavour === "msoko" || parsed.flavour === "portable") &&
      (parsed.book === undefined || typeof parsed.book === "string");
    return valid ? (parsed as StoredSettings) : undefined;
  } catch {
    return undefined;
  }
}
