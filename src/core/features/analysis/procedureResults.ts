import { isError, type NumberOutcome } from "../../base/math/outcome";
import { aggregate, type ResultGroup } from "../results/metrics";
import {
  PROCEDURES,
  type Procedure,
  type ReferenceLevel,
  type ResultRow,
  type ResultSettings,
} from "../../base/model/results";
import { shareOf } from "../results/risk";
import { canonicalSubject } from "../import/subjects";

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
  /** The region's and Russia's figures for the same work, where the book has them, by period like `municipal`. */
  readonly region?: readonly (ResultFigures | undefined)[];
  readonly russia?: readonly (ResultFigures | undefined)[];
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
  /** All subjects pooled for the region and Russia, by period, where the book has reference rows. */
  readonly regionTotal?: readonly (ResultFigures | undefined)[];
  readonly russiaTotal?: readonly (ResultFigures | undefined)[];
}

export interface ProcedureResults {
  readonly periods: readonly string[];
  /** The region's name as the reference rows give it («Энская область»), where there are any. */
  readonly region?: string;
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
function linesOf(
  rows: readonly ResultRow[],
  periods: readonly string[],
  settings: ResultSettings,
  references: readonly ResultRow[],
): ResultLine[] {
  const groups = aggregate(rows, ["subject", "grade", "period"], settings);
  const byLevel = (level: ReferenceLevel) =>
    aggregate(
      references.filter((row) => row.level === level),
      ["subject", "grade", "period"],
      settings,
    );
  const levels = { region: byLevel("region"), russia: byLevel("russia") };
  const figuresAt = (from: readonly ResultGroup[], subject: string, grade: string, period: string) => {
    const group = from.find(
      (g) =>
        sameSubject(g.group.subject ?? "", subject) && (g.group.grade ?? "") === grade && g.group.period === period,
    );
    return group ? figuresOf(group) : undefined;
  };
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
  return keys.map(({ subject, grade }) => {
    const region = periods.map((period) => figuresAt(levels.region, subject, grade, period));
    const russia = periods.map((period) => figuresAt(levels.russia, subject, grade, period));
    return {
      subject,
      grade,
      municipal: periods.map((period) => {
        const group = groups.find(
          (g) => g.group.subject === subject && g.group.grade === grade && g.group.period === period,
        );
        return group ? figuresOf(group) : undefined;
      }),
      ...(region.some(Boolean) && { region }),
      ...(russia.some(Boolean) && { russia }),
    };
  });
}

/** Subjects as sources spell them: «Математика (профильный уровень)» and «математика (профиль)» alike. */
const sameSubject = (a: string, b: string) => canonicalSubject(a) === canonicalSubject(b);

/** The figures of all a level's rows of one procedure pooled, by period. */
function totalsOf(
  rows: readonly ResultRow[],
  periods: readonly string[],
  settings: ResultSettings,
): (ResultFigures | undefined)[] | undefined {
  if (rows.length === 0) return undefined;
  const totals = aggregate(rows, ["period"], settings);
  const out = periods.map((p) => {
    const group = totals.find((g) => g.group.period === p);
    return group ? figuresOf(group) : undefined;
  });
  return out.some(Boolean) ? out : undefined;
}

/**
 * The procedure results for the report's periods (oldest first, the chosen one last). Procedures
 * with no rows in these periods are left out; an empty list means the workbook has no results.
 */
export function procedureResults(
  rows: readonly ResultRow[],
  periods: readonly string[],
  settings: ResultSettings,
  references: readonly ResultRow[] = [],
): ProcedureResults {
  const period = periods[periods.length - 1];
  const previous = periods.length > 1 ? periods[periods.length - 2] : undefined;
  // Rows of the municipality, the region or Russia as a source computed them are references, not schools.
  const inWindow = rows.filter((row) => periods.includes(row.period) && !row.notHeld && !row.level);
  const referenced = references.filter(
    (row) => periods.includes(row.period) && !row.notHeld && (row.level === "region" || row.level === "russia"),
  );
  const procedures = PROCEDURES.flatMap((procedure): ProcedureBlock[] => {
    const own = inWindow.filter((row) => row.procedure === procedure);
    if (own.length === 0) return [];
    // Only the works the schools wrote: a region's other subjects have nothing to be compared with.
    const works = new Set(own.map((row) => `${canonicalSubject(row.subject)}\u0000${row.grade}`));
    const theirs = referenced.filter(
      (row) => row.procedure === procedure && works.has(`${canonicalSubject(row.subject)}\u0000${row.grade}`),
    );
    const regionTotal = totalsOf(
      theirs.filter((row) => row.level === "region"),
      periods,
      settings,
    );
    const russiaTotal = totalsOf(
      theirs.filter((row) => row.level === "russia"),
      periods,
      settings,
    );
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
        lines: linesOf(own, periods, settings, theirs),
        total,
        schools,
        rankedBy,
        best: ranked.slice(0, take).map((school) => school.school),
        worst: ranked
          .slice(ranked.length - take)
          .reverse()
          .map((school) => school.school),
        ...(regionTotal && { regionTotal }),
        ...(russiaTotal && { russiaTotal }),
      },
    ];
  });
  const region = referenced.find((row) => row.level === "region")?.school;
  return {
    periods,
    ...(region && { region }),
    smallSample: settings.smallSample,
    egeHighFrom: settings.egeHighFrom,
    procedures,
  };
}
