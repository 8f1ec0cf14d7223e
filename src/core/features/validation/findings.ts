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
