import { isError, type NumberOutcome } from "../math/outcome";
import { aggregate, type ResultGroup } from "../results/metrics";
import { PROCEDURES, type Procedure, type ResultRow, type ResultSettings } from "../results/model";
import { shareOf } from "../results/risk";

/**
 * The procedure results of the справка: per procedure, the municipality's figures by subject and
 * grade over the report's periods, the same pooled over subjects, and the schools in the chosen
 * period. Municipal figures are pooled (Σ counts ÷ Σ participants), never means of school shares.
 */

/** What one group of results gives; absent where its distribution does not. */
export interface ResultFigures {
  readonly participants: number;
  /** «2», or below the ЕГЭ minimum, in percent. */
  readonly lowShare?: number;
  /** Качество знаний («5» + «4»), percent. */
  readonly quality?: number;
  /** Успеваемость («5» + «4» + «3»), percent. */
  readonly success?: number;
  readonly averageMark?: number;
  /** «5», or ЕГЭ results from the high threshold, in percent. */
  readonly highShare?: number;
}

export interface ResultLine {
  readonly subject: string;
  /** Empty where the procedure has no grade (ЕГЭ, ОГЭ). */
  readonly grade: string;
  /** One per period of the report, oldest first; undefined where there are no results. */
  readonly municipal: readonly (ResultFigures | undefined)[];
}

export interface SchoolResult {
  readonly school: string;
  /** The chosen period, pooled over subjects and grades. */
  readonly figures: ResultFigures;
  /** The period before, where there are results. */
  readonly previous?: ResultFigures;
  /** Fewer participants than the small-sample threshold: shown, never ranked. */
  readonly smallSample: boolean;
}

export interface ProcedureBlock {
  readonly procedure: Procedure;
  readonly lines: readonly ResultLine[];
  /** All subjects pooled, one per period. */
  readonly total: readonly (ResultFigures | undefined)[];
  readonly schools: readonly SchoolResult[];
  /** What schools are ranked by: «quality» for marks, «highShare» for ЕГЭ. */
  readonly rankedBy: "quality" | "highShare";
  /** Ranked schools (small samples left out), best first and worst first, up to three each. */
  readonly best: readonly string[];
  readonly worst: readonly string[];
}

export interface ProcedureResults {
  readonly periods: readonly string[];
  readonly smallSample: number;
  readonly egeHighFrom: number;
  readonly procedures: readonly ProcedureBlock[];
}

const value = (outcome: NumberOutcome | undefined): number | undefined =>
  outcome === undefined || isError(outcome) ? undefined : outcome;

export function figuresOf(group: ResultGroup): ResultFigures {
  const { metrics } = group;
  const low = group.marks ? group.marks.n2 : group.bands ? group.bands.belowMinimum : undefined;
  const total = group.marks
    ? group.marks.n5 + group.marks.n4 + group.marks.n3 + group.marks.n2
    : group.bands
      ? group.bands.belowMinimum +
        group.bands.upTo60 +
        group.bands.from61to80 +
        group.bands.from81to99 +
        group.bands.hundred
      : 0;
  return {
    participants: group.participants,
    ...(low !== undefined && total > 0 && { lowShare: shareOf(low, total) }),
    ...(value(metrics.quality) !== undefined && { quality: value(metrics.quality) }),
    ...(value(metrics.success) !== undefined && { success: value(metrics.success) }),
    ...(value(metrics.averageMark) !== undefined && { averageMark: value(metrics.averageMark) }),
    ...(value(metrics.highShare) !== undefined && { highShare: value(metrics.highShare) }),
  };
}

const gradeOrder = (grade: string) => {
  const number = Number.parseInt(grade, 10);
  return Number.isFinite(number) ? number : 99;
};

/** Lines of one procedure, by subject in the order first met and grade ascending. */
function linesOf(rows: readonly ResultRow[], periods: readonly string[], settings: ResultSettings): ResultLine[] {
  const groups = aggregate(rows, ["subject", "grade", "period"], settings);
  const keys: { subject: string; grade: string }[] = [];
  for (const row of rows) {
    if (!keys.some((key) => key.subject === row.subject && key.grade === row.grade)) {
      keys.push({ subject: row.subject, grade: row.grade });
    }
  }
  const subjects = [...new Set(keys.map((key) => key.subject))];
  keys.sort(
    (a, b) => subjects.indexOf(a.subject) - subjects.indexOf(b.subject) || gradeOrder(a.grade) - gradeOrder(b.grade),
  );
  return keys.map(({ subject, grade }) => ({
    subject,
    grade,
    municipal: periods.map((period) => {
      const group = groups.find(
        (g) => g.group.subject === subject && g.group.grade === grade && g.group.period === period,
      );
      return group ? figuresOf(group) : undefined;
    }),
  }));
}

/**
 * The procedure results for the report's periods (oldest first, the chosen one last). Procedures
 * with no rows in these periods are left out; an empty list means the workbook has no results.
 */
export function procedureResults(
  rows: readonly ResultRow[],
  periods: readonly string[],
  settings: ResultSettings,
): ProcedureResults {
  const period = periods[periods.length - 1];
  const previous = periods.length > 1 ? periods[periods.length - 2] : undefined;
  // Rows of the municipality, the region or Russia as a source computed them are references, not schools.
  const inWindow = rows.filter((row) => periods.includes(row.period) && !row.notHeld && !row.level);
  const procedures = PROCEDURES.flatMap((procedure): ProcedureBlock[] => {
    const own = inWindow.filter((row) => row.procedure === procedure);
    if (own.length === 0) return [];
    const totals = aggregate(own, ["period"], settings);
    const total = periods.map((p) => {
      const group = totals.find((g) => g.group.period === p);
      return group ? figuresOf(group) : undefined;
    });
    const bySchool = aggregate(own, ["school", "period"], settings);
    const schoolNames = [...new Set(own.filter((row) => row.period === period).map((row) => row.school))];
    const schools = schoolNames.flatMap((school): SchoolResult[] => {
      const now = bySchool.find((g) => g.group.school === school && g.group.period === period);
      if (!now) return [];
      const before = previous
        ? bySchool.find((g) => g.group.school === school && g.group.period === previous)
        : undefined;
      return [
        {
          school,
          figures: figuresOf(now),
          ...(before && { previous: figuresOf(before) }),
          smallSample: now.participants < settings.smallSample,
        },
      ];
    });
    const rankedBy = procedure === "ЕГЭ" ? "highShare" : "quality";
    const ranked = schools
      .filter((school) => !school.smallSample && school.figures[rankedBy] !== undefined)
      .sort((a, b) => b.figures[rankedBy]! - a.figures[rankedBy]! || a.school.localeCompare(b.school, "ru"));
    const take = Math.min(3, Math.floor(ranked.length / 2));
    return [
      {
        procedure,
        lines: linesOf(own, periods, settings),
        total,
        schools,
        rankedBy,
        best: ranked.slice(0, take).map((school) => school.school),
        worst: ranked
          .slice(ranked.length - take)
          .reverse()
          .map((school) => school.school),
      },
    ];
  });
  return { periods, smallSample: settings.smallSample, egeHighFrom: settings.egeHighFrom, procedures };
}
