/*
 * Every role the add-in gives a sheet, in one place. A role is what a rerun finds a sheet by, whatever the user
 * renamed it to (the shells keep roles in the book's role store); a sheet without one is the user's.
 */

/** Sheets of which a book has at most one. */
export const ROLES = {
  contents: "contents",
  catalog: "catalog",
  schools: "schools",
  archive: "archive",
  results: "results",
  medallists: "medallists",
  resultSettings: "resultSettings",
  fiokoList: "fiokoList",
  fed: "fed",
  collection: "collection",
  bank: "bank",
  decisions: "decisions",
  rating: "rating",
  selfAssessment: "selfAssessment",
  cycle: "cycle",
  library: "library",
  appendixReview: "appendixReview",
} as const;

export type FixedRole = (typeof ROLES)[keyof typeof ROLES];

/** Sheets of which a book has one per system or period: the role names it after a colon. */
const PREFIXES = { system: "system:", schoolSheet: "schools:", analysis: "analysis:", contents: "contents:" } as const;

export type SheetRole =
  | FixedRole
  | `${typeof PREFIXES.system}${string}`
  | `${typeof PREFIXES.schoolSheet}${string}`
  | `${typeof PREFIXES.analysis}${string}`
  | `${typeof PREFIXES.contents}${string}`;

/** A system's appendix table, «1 Подготовка обучающихся». */
export const systemRole = (code: string): SheetRole => `${PREFIXES.system}${code}`;
/** A system's table by organisation, «1 Подготовка обучающихся (ОО)». */
export const schoolSheetRole = (code: string): SheetRole => `${PREFIXES.schoolSheet}${code}`;
/** The справка of a period, «Анализ 2024-2025». */
export const analysisRole = (period: string): SheetRole => `${PREFIXES.analysis}${period}`;
/** «Содержание», with the settings the book was laid out with after the colon. */
export const CONTENTS_PREFIX = PREFIXES.contents;

export const isSystemRole = (role?: string): boolean => Boolean(role?.startsWith(PREFIXES.system));
export const isSchoolSheetRole = (role?: string): boolean => Boolean(role?.startsWith(PREFIXES.schoolSheet));
export const isAnalysisRole = (role?: string): boolean => Boolean(role?.startsWith(PREFIXES.analysis));
/** The period an analysis sheet's role names. */
export const periodOfAnalysisRole = (role: string): string => role.slice(PREFIXES.analysis.length);
/** The system a per-system sheet's role names. */
export const systemCodeOfRole = (role: string): string => role.slice(role.indexOf(":") + 1);
