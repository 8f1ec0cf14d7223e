/** How serious a finding is: an error must be fixed; a warning asks the user to look. */
export type Severity = "error" | "warning";

export type Rule =
  | "type"
  | "range"
  | "partAboveWhole"
  | "zeroWhole"
  | "missingPair"
  | "missingPeriod"
  | "schoolWithoutData"
  | "sameBase"
  | "jump"
  | "outlier"
  | "smallSample"
  | "unknownSchool"
  | "duplicateRow"
  | "duplicateSchool"
  | "unknownPeriod"
  | "breakdown"
  | "staleFed"
  | "stages";

export interface Finding {
  readonly severity: Severity;
  readonly rule: Rule;
  readonly sheet: string;
  /** Zero-based position, and the A1 address a user reads. */
  readonly row: number;
  readonly col: number;
  readonly cell: string;
  readonly code?: string;
  readonly indicator?: string;
  readonly school?: string;
  readonly period?: string;
  /** One plain Russian sentence with the numbers. */
  readonly message: string;
}

/** Thresholds of the doubtful-value checks. These are defaults the user may change, and the UI says so. */
export interface ValidationSettings {
  /** A change of a share between periods beyond this many п.п. is a jump worth checking. */
  readonly jumpPoints: number;
  /** Fewer participants than this: a small sample. */
  readonly smallSample: number;
  /** A school this many robust deviations from the median of the others is far outside them. */
  readonly outlierDeviations: number;
  /** Outliers are looked for only among at least this many schools. */
  readonly outlierMinSchools: number;
}

export const DEFAULT_VALIDATION_SETTINGS: ValidationSettings = {
  jumpPoints: 15,
  smallSample: 10,
  outlierDeviations: 4,
  outlierMinSchools: 8,
};
