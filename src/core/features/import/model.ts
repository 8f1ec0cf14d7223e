import type { LayoutId } from "../../base/model/terms";
import type { Confirmation, MarkDistribution, Procedure, ScoreBands, SourceBands } from "../../base/model/results";

/**
 * Received files as the import sees them: a grid of plain values per sheet (no ExcelJS here), and
 * the rows parsed out of them. Nothing per pupil is kept: individual results and protocols are
 * aggregated per school while parsing.
 */

export type GridCell = string | number | boolean | null;

export interface SourceSheet {
  readonly name: string;
  readonly rows: readonly (readonly GridCell[])[];
}

export interface SourceFile {
  readonly name: string;
  readonly sheets: readonly SourceSheet[];
}

/** Whose figures a row holds: a school's, or the municipality's, region's or Russia's as the source computed them. */
export type ResultLevel = "school" | "municipality" | "region" | "russia";

/** How a row of a file names its school or area. */
export interface SourceUnit {
  readonly name: string;
  /** ФИС ОКО login «edu203389». */
  readonly login?: string;
  /** The regional code of the school («Код ОО»). */
  readonly code?: string;
  /** The municipality the row stands under in the file. */
  readonly municipality?: string;
  /** The municipality's code in the file («Код МСУ»), when that is all it gives. */
  readonly municipalityCode?: string;
}

/** One aggregated result of a file: per school (or area), procedure, subject, class and calendar year. */
export interface ParsedResult {
  readonly level: ResultLevel;
  readonly unit: SourceUnit;
  readonly procedure: Procedure;
  readonly subject: string;
  readonly grade: string;
  /** The calendar year the procedure was held in. */
  readonly year: number;
  readonly participants?: number;
  readonly distribution?: MarkDistribution | ScoreBands;
  readonly confirmation?: Confirmation;
  readonly averageScore?: number;
  readonly averagePrimary?: number;
  readonly sourceBands?: SourceBands;
  /** The marks were given as percentages and turned into counts. */
  readonly fromPercentages?: boolean;
}

/** A row of the ФИОКО list of schools with signs of non-objectivity. */
export interface NonObjectivityEntry {
  readonly year: number;
  readonly unit: SourceUnit;
  /** The works marked («4 РУ», «5 МА»). */
  readonly markers: readonly string[];
  readonly count: number;
}

export interface ParsedFile {
  readonly layout: LayoutId;
  readonly results: readonly ParsedResult[];
  readonly nonObjectivity?: readonly NonObjectivityEntry[];
  /** What the user should know: skipped tables, counts computed from percentages. */
  readonly notices: readonly string[];
}

/** A file no layout could read: why, in Russian. */
export interface RefusedFile {
  readonly refused: true;
  readonly reason: string;
}

export type ParseOutcome = ParsedFile | RefusedFile;

export const isRefused = (outcome: ParseOutcome): outcome is RefusedFile => "refused" in outcome;
