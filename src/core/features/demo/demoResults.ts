import { ru } from "../../base/i18n/ru";
import type { Confirmation, MedallistRow, Procedure, ResultRow } from "../../base/model/results";
import type { Period } from "../../workbook/periods";
import { DEFAULT_VALIDATION_SETTINGS } from "../../base/model/results";
import { between, seeded } from "./seeded";
import type { SettleLimits } from "./settle";
import { DraftCounts, settleResults } from "./settleResults";

/**
 * Procedure results and medallists of the demo municipality: ВПР (4–8), ОГЭ (9) and ЕГЭ (11) per
 * school and period, with distributions that add up exactly. Most schools are ordinary; a few are
 * drawn so the report has something to say: two at risk of low results, one whose ВПР mathematics
 * looks marked too kindly, three steadily above the municipality. Deterministic: every number
 * comes from `seeded`.
 */

type SubjectId = keyof typeof ru.demo.subjects;
type Exam = "ВПР" | "ОГЭ" | "ЕГЭ";
type Kind = "top" | "deep" | "urban" | "rural" | "basic" | "primary";
/** The designed cases: ВПР «2» in the last two periods, ЕГЭ without 81+, ВПР mathematics marked too kindly. */
type Role = "riskVpr" | "riskEge" | "objectivity";

/**
 * How a school's results differ from the municipal baseline in one procedure, in logit units of an
 * ordered-logit model: `shift` moves the whole distribution; `low` adds to the lowest category
 * («2», below the minimum) and `high` to the high results, so schools differ in their tails too.
 */
interface Shape {
  readonly shift: number;
  readonly low: number;
  readonly high: number;
}

interface Profile {
  readonly name: string;
  readonly kind: Kind;
  readonly shapes: Readonly<Record<Exam, Shape>>;
  readonly role?: Role;
}

/** Where the designed cases sit in the demo list (ru.demo.schools). */
const ROLES: ReadonlyMap<number, Role> = new Map([
  [8, "objectivity"],
  [10, "riskEge"],
  [17, "riskVpr"],
]);
/** The one ВПР that did not take place: a small school's grade 8 mathematics in the first period. */
const NOT_HELD_INDEX = 14;

/** Usual number of pupils in a grade (4–9) and in grade 11, per kind of school. */
const SIZES: Readonly<Record<Kind, { grade: [number, number]; eleventh?: [number, number] }>> = {
  top: { grade: [55, 78], eleventh: [40, 58] },
  deep: { grade: [60, 80], eleventh: [35, 50] },
  urban: { grade: [45, 80], eleventh: [22, 45] },
  rural: { grade: [14, 26], eleventh: [16, 26] },
  basic: { grade: [10, 17] },
  primary: { grade: [10, 15] },
};

/** Usual shift per kind: the lyceum and the gymnasium well above, small schools a little below. */
const STANDING: Readonly<Record<Kind, [number, number]>> = {
  top: [0.5, 0.65],
  deep: [-0.25, -0.1],
  urban: [-0.3, 0],
  rural: [-0.45, -0.05],
  basic: [-0.5, -0.1],
  primary: [-0.5, -0.1],
};
/** The school with advanced study is ordinary up to grade 9 and strong in its profile classes. */
const DEEP_EGE: [number, number] = [0.55, 0.65];

/** The procedure a designed case is about: its numbers there stay as drawn. */
const EXAM_OF: Readonly<Record<Role, Exam>> = { riskVpr: "ВПР", riskEge: "ЕГЭ", objectivity: "ВПР" };

/** The designed cases' shapes, instead of the drawn ones. */
const DESIGNED: Readonly<Partial<Record<Role, Partial<Record<Exam, Shape>>>>> = {
  riskVpr: { ВПР: { shift: -0.3, low: 0.1, high: 0 } },
  riskEge: { ЕГЭ: { shift: -0.6, low: 0, high: -0.3 } },
};

function kindOf(name: string): Kind | undefined {
  if (/Детский сад|ДОУ/i.test(name)) return undefined;
  if (/Лицей|Гимназия/i.test(name)) return "top";
  if (/углуб/i.test(name)) return "deep";
  if (/ООШ/i.test(name)) return "basic";
  if (/НОШ/i.test(name)) return "primary";
  return /СОШ №|СОШ N/i.test(name) ? "urban" : "rural";
}

const gradesOf = (kind: Kind) => (kind === "primary" ? [4] : [4, 5, 6, 7, 8]);

function profile(name: string, index: number): Profile | undefined {
  const kind = kindOf(name);
  if (!kind) return undefined;
  const level = between(...STANDING[kind], "standing", name);
  const role = ROLES.get(index);
  const fits = role === "riskEge" ? SIZES[kind].eleventh !== undefined && kind !== "top" : kind !== "primary";
  const designed = role && fits ? DESIGNED[role] : undefined;
  const shape = (exam: Exam): Shape => {
    const shift = exam === "ЕГЭ" && kind === "deep" ? between(...DEEP_EGE, "standing", name) : level;
    // A weaker school gets no extra «2» and keeps some «5»: otherwise it would soon read as at risk.
    const low = Math.min(between(-1.1, 0.8, "low", exam, name), 0.6 + shift);
    // ЕГЭ tails vary less: the share of 81+ is what makes a school stable there.
    const reach = exam === "ЕГЭ" ? 0.5 : 0.8;
    const high = Math.max(between(-reach, reach, "high", exam, name), -0.5 - shift);
    return designed?.[exam] ?? { shift, low, high };
  };
  const shapes = { ВПР: shape("ВПР"), ОГЭ: shape("ОГЭ"), ЕГЭ: shape("ЕГЭ") };
  return { name, kind, shapes, ...(role && fits && { role }) };
}

/** Shares of «2», «3», «4», «5» at the municipal baseline. */
const VPR_MARKS: Partial<Record<SubjectId, readonly number[]>> = {
  russian: [0.11, 0.41, 0.36, 0.12],
  math: [0.09, 0.4, 0.37, 0.14],
};
const OGE_MARKS: Partial<Record<SubjectId, readonly number[]>> = {
  russian: [0.006, 0.284, 0.42, 0.29],
  math: [0.04, 0.42, 0.42, 0.12],
  social: [0.07, 0.52, 0.34, 0.07],
  informatics: [0.08, 0.36, 0.38, 0.18],
  biology: [0.06, 0.54, 0.33, 0.07],
  geography: [0.05, 0.4, 0.41, 0.14],
  chemistry: [0.03, 0.25, 0.4, 0.32],
};
/** Shares below the minimum, up to 60, 61–80, 81–99 and 100 at the municipal baseline. */
const EGE_BANDS: Partial<Record<SubjectId, readonly number[]>> = {
  russian: [0.01, 0.27, 0.52, 0.195, 0.005],
  mathProfile: [0.05, 0.45, 0.4, 0.1, 0],
  social: [0.1, 0.5, 0.32, 0.08, 0],
  physics: [0.06, 0.52, 0.3, 0.12, 0],
  biology: [0.09, 0.5, 0.31, 0.1, 0],
  history: [0.07, 0.45, 0.33, 0.15, 0],
  informatics: [0.08, 0.35, 0.37, 0.2, 0],
  chemistry: [0.1, 0.45, 0.3, 0.15, 0],
};
/** The elective besides обществознание a school's pupils usually choose. */
const OGE_SECOND: readonly SubjectId[] = ["informatics", "biology", "geography", "chemistry"];
const EGE_SECOND: readonly SubjectId[] = ["physics", "biology", "history", "informatics", "chemistry"];

/**
 * How far pooled shares may move: well inside the default jump and outlier thresholds, a little
 * tighter than the rest of the demo data, so that a mistake typed into one school's row does not
 * tip its neighbours over. (Nothing from demoData.ts at load time: the two modules import each other.)
 */
const LIMITS: SettleLimits = {
  step: 10,
  reach: DEFAULT_VALIDATION_SETTINGS.outlierDeviations - 1,
  minPlaces: DEFAULT_VALIDATION_SETTINGS.outlierMinSchools,
};

/** Categories from this index on are the high results: «5»; ЕГЭ 81–99 and 100. */
const HIGH_FROM = 3;

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Baseline shares moved by a shape: every category moves together, as a stronger or weaker cohort would. */
function shifted(base: readonly number[], shape: Shape): number[] {
  const cuts: number[] = [];
  let below = 0;
  base.slice(0, -1).forEach((share, k) => {
    below += share;
    const offset = -shape.shift + (k === 0 ? shape.low : 0) - (k >= HIGH_FROM - 1 ? shape.high : 0);
    const cut = below >= 1 - 1e-9 ? 1 : sigmoid(logit(below) + offset);
    cuts.push(Math.max(cut, cuts[k - 1] ?? 0));
  });
  return [...cuts, 1].map((cut, i) => cut - (i === 0 ? 0 : cuts[i - 1]));
}

/**
 * Whole counts in proportion to `shares` that add up to `total` exactly: systematic rounding from
 * `start` (0–1), so each count is its expected value rounded down or up.
 */
function apportion(total: number, shares: readonly number[], start: number): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  let before = 0;
  return shares.map((share, i) => {
    cumulative += share;
    const reached = i === shares.length - 1 ? total : Math.floor((cumulative / sum) * total + start);
    const count = Math.max(0, reached - before);
    before += count;
    return count;
  });
}

interface Context {
  readonly school: Profile;
  readonly period: string;
  /** Periods from the last one: 0 is the last period. */
  readonly fromEnd: number;
}

/** Pupils of a grade this year: the school's usual number, a little different every year, never fewer than 10. */
function pupils(c: Context, grade: string, [lo, hi]: readonly [number, number]): number {
  const usual = between(lo, hi, "size", grade, c.school.name);
  return Math.max(10, Math.round(usual * between(0.9, 1.1, "year", grade, c.school.name, c.period)));
}

/** The shape of one row: the school's, moved by its cohort this year and the row's own noise. */
function shapeOf(c: Context, exam: Exam, subject: string, grade: string): Shape {
  const { school, period, fromEnd } = c;
  const own = school.shapes[exam];
  const cohort = between(-0.08, 0.08, "cohort", school.name, exam, period);
  const noise = between(-0.12, 0.12, "noise", school.name, exam, subject, grade, period);
  // The school at risk: its ВПР fall in the last two periods.
  const decline = school.role === "riskVpr" && exam === "ВПР" && fromEnd <= 1 ? -0.6 : 0;
  return { ...own, shift: own.shift + cohort + noise + decline };
}

/** A row's counts, low to high. Rounding starts where it did last year, so small classes do not leap. */
function counts(c: Context, exam: Exam, id: SubjectId, grade: string, participants: number): number[] {
  const base = (exam === "ВПР" ? VPR_MARKS : exam === "ОГЭ" ? OGE_MARKS : EGE_BANDS)[id] ?? [];
  return apportion(participants, shifted(base, shapeOf(c, exam, id, grade)), seeded("round", c.school.name, id, grade));
}

interface Draft extends DraftCounts {
  readonly procedure: Procedure;
  readonly subject: string;
  readonly grade: string;
  readonly notHeld?: boolean;
  readonly confirmation?: Confirmation;
}

/** The group Asino's indicators pool a row into: ВПР 4 and 5–8 классы; ОГЭ, ЕГЭ by русский язык, математика, выбор. */
function familyOf(exam: Exam, id: SubjectId, grade: string): string {
  if (exam === "ВПР") return grade === "4" ? "ВПР 4" : "ВПР 5–8";
  return `${exam} ${id === "russian" ? "russian" : id === "math" || id === "mathProfile" ? "math" : "elective"}`;
}

function draft(c: Context, exam: Exam, id: SubjectId, grade: string, rowCounts: number[]): Draft {
  return {
    school: c.school.name,
    period: c.period,
    family: familyOf(exam, id, grade),
    counts: rowCounts,
    fixed: c.school.role !== undefined && EXAM_OF[c.school.role] === exam,
    procedure: exam,
    subject: ru.demo.subjects[id],
    grade,
  };
}

/** «3» read as «4» and «2» as «3»: a ВПР marked more kindly than the pupils wrote it. */
function markedKindly([n2, n3, n4, n5]: readonly number[]): number[] {
  const up = Math.round(n3 * 0.7);
  const pass = Math.round(n2 * 0.75);
  return [n2 - pass, n3 - up + pass, n4 + up, n5];
}

/** Понизили / подтвердили / повысили: a few unconfirmed marks, many where the ВПР was marked too kindly. */
function confirmation(c: Context, id: SubjectId, grade: number, participants: number): Confirmation {
  const key = [c.school.name, id, grade, c.period];
  const kindly = c.school.role === "objectivity" && id === "math" && c.fromEnd <= 1;
  const loud = kindly && c.fromEnd === 0 && (grade === 5 || grade === 6);
  const [lower, raise] = loud
    ? [between(0.02, 0.04, "lower", ...key), between(0.18, 0.22, "raise", ...key)]
    : kindly
      ? [between(0.02, 0.03, "lower", ...key), between(0.07, 0.1, "raise", ...key)]
      : [between(0.04, 0.09, "lower", ...key), between(0.01, 0.04, "raise", ...key)];
  // Rounded down: an ordinary row stays below the 15 % threshold however small the class.
  const unconfirmed = Math.floor(participants * (lower + raise));
  const lowered = Math.round((unconfirmed * lower) / (lower + raise));
  return { lowered, confirmed: participants - unconfirmed, raised: unconfirmed - lowered };
}

function vprDrafts(c: Context, notHeld: boolean): Draft[] {
  return gradesOf(c.school.kind).flatMap((grade) => {
    const cohort = pupils(c, `grade${grade}`, SIZES[c.school.kind].grade);
    return (["russian", "math"] as const).map((id) => {
      const g = String(grade);
      if (notHeld && grade === 8 && id === "math") return { ...draft(c, "ВПР", id, g, []), notHeld: true };
      const participants = Math.round(cohort * between(0.88, 0.97, "present", c.school.name, id, grade, c.period));
      const drawn = counts(c, "ВПР", id, g, participants);
      const kindly = c.school.role === "objectivity" && id === "math" && c.fromEnd <= 1;
      const row = draft(c, "ВПР", id, g, kindly ? markedKindly(drawn) : drawn);
      return { ...row, confirmation: confirmation(c, id, grade, participants) };
    });
  });
}

/** Two electives: обществознание for about half the cohort, another subject for a third; together at least 10. */
function electives(c: Context, exam: Exam, cohort: number, list: readonly SubjectId[]): [SubjectId, number][] {
  const other = list[Math.floor(seeded("elective", exam, c.school.name) * list.length)];
  const first = Math.round(cohort * between(0.5, 0.62, "first", exam, c.school.name, c.period));
  const second = Math.round(cohort * between(0.25, 0.4, "second", exam, c.school.name, c.period));
  return [
    ["social", first],
    [other, Math.min(cohort, Math.max(10 - first, second))],
  ];
}

function ogeDrafts(c: Context): Draft[] {
  const cohort = pupils(c, "grade9", SIZES[c.school.kind].grade);
  const subjects: [SubjectId, number][] = [
    ["russian", cohort],
    ["math", cohort],
    ...electives(c, "ОГЭ", cohort, OGE_SECOND),
  ];
  return subjects.map(([id, n]) => draft(c, "ОГЭ", id, "9", counts(c, "ОГЭ", id, "9", n)));
}

function egeDrafts(c: Context, eleventh: readonly [number, number]): Draft[] {
  const cohort = pupils(c, "grade11", eleventh);
  const usual = c.school.kind === "top" ? [0.7, 0.85] : c.school.kind === "deep" ? [0.65, 0.8] : [0.45, 0.65];
  const profile = Math.round(cohort * between(usual[0], usual[1], "profile", c.school.name));
  const subjects: [SubjectId, number][] = [
    ["russian", cohort],
    ["mathProfile", Math.min(cohort, Math.max(10, profile))],
    ...electives(c, "ЕГЭ", cohort, EGE_SECOND),
  ];
  // The school at risk: not a single result of 81 or more in the last and the third-last period.
  const noTop = c.school.role === "riskEge" && c.fromEnd % 2 === 0;
  return subjects.map(([id, n]) => {
    const [below, to60, to80, to99, top] = counts(c, "ЕГЭ", id, "11", n);
    return draft(c, "ЕГЭ", id, "11", noTop ? [below, to60, to80 + to99 + top, 0, 0] : [below, to60, to80, to99, top]);
  });
}

/**
 * A school's pupils by grade in a period (index 1–11; 0 unused), the cohorts its results are drawn from: ВПР
 * participants are 88–97 % of their grade, ОГЭ and ЕГЭ take the whole of grades 9 and 11. Grades the school does
 * not teach have none (НОШ: 1–4, ООШ: 1–9). Undefined for a kindergarten.
 */
export function demoRoll(school: string, period: string): number[] | undefined {
  const kind = kindOf(school);
  if (!kind) return undefined;
  const c = { school: { name: school }, period } as Context;
  const top = kind === "primary" ? 4 : SIZES[kind].eleventh ? 11 : 9;
  return Array.from({ length: 12 }, (_, grade) => {
    if (grade === 0 || grade > top) return 0;
    return pupils(c, `grade${grade}`, grade >= 10 ? SIZES[kind].eleventh! : SIZES[kind].grade);
  });
}

function toRow(d: Draft): ResultRow {
  const base = { period: d.period, school: d.school, procedure: d.procedure, subject: d.subject, grade: d.grade };
  if (d.notHeld) return { ...base, notHeld: true };
  const participants = d.counts.reduce((a, b) => a + b, 0);
  const c = d.counts;
  const distribution =
    d.procedure === "ЕГЭ"
      ? { kind: "bands" as const, belowMinimum: c[0], upTo60: c[1], from61to80: c[2], from81to99: c[3], hundred: c[4] }
      : { kind: "marks" as const, n5: c[3], n4: c[2], n3: c[1], n2: c[0] };
  return { ...base, participants, distribution, ...(d.confirmation && { confirmation: d.confirmation }) };
}

/**
 * Results of ВПР, ОГЭ and ЕГЭ for every school of the list (kindergartens have none) and every
 * period: participants, marks or ЕГЭ bands that add up, and ВПР marks against the term marks.
 * One ВПР is marked «не проводилось». The shares Asino's indicators pool from them are settled
 * like the rest of the demo data: no jumps, no school far from the others, apart from the designed cases.
 */
export function demoResults(periods: readonly Period[], schools: readonly string[]): ResultRow[] {
  const notHeld = schools[NOT_HELD_INDEX];
  const drafts = periods.flatMap((period, p) =>
    schools.flatMap((name, index) => {
      const school = profile(name, index);
      if (!school) return [];
      const c: Context = { school, period: period.label, fromEnd: periods.length - 1 - p };
      const eleventh = SIZES[school.kind].eleventh;
      return [
        ...vprDrafts(c, name === notHeld && p === 0),
        ...(school.kind !== "primary" ? ogeDrafts(c) : []),
        ...(eleventh ? egeDrafts(c, eleventh) : []),
      ];
    }),
  );
  const labels = periods.map((period) => period.label);
  settleResults(
    drafts.filter((d) => !d.notHeld),
    labels,
    HIGH_FROM,
    LIMITS,
  );
  return drafts.map(toRow);
}

/**
 * The region's and Russia's figures beside the demo's results, as ФИС ОКО and the regional centre
 * publish them: one row per period, procedure, subject and grade the schools wrote, «Уровень» filled.
 * Each is the municipality's pooled distribution moved by a shift of its own (the same over the
 * years, give or take a little), so the municipality stands above the region in some subjects and
 * below it in others; the counts are in proportion to a much larger number of participants.
 */
export function demoReferences(schoolRows: readonly ResultRow[]): ResultRow[] {
  const groups = new Map<string, { row: ResultRow; counts: number[] }>();
  for (const row of schoolRows) {
    const d = row.distribution;
    if (row.notHeld || row.level || !d) continue;
    const counts =
      d.kind === "marks" ? [d.n2, d.n3, d.n4, d.n5] : [d.belowMinimum, d.upTo60, d.from61to80, d.from81to99, d.hundred];
    const key = [row.period, row.procedure, row.subject, row.grade].join("\u0000");
    const group = groups.get(key);
    if (group) group.counts = group.counts.map((count, i) => count + counts[i]);
    else groups.set(key, { row, counts });
  }
  const levels = [
    { level: "region" as const, name: ru.demo.region, scale: [22, 28] as const },
    { level: "russia" as const, name: ru.demo.russia, scale: [2000, 2800] as const },
  ];
  return [...groups.values()].flatMap(({ row, counts }) => {
    const total = counts.reduce((a, b) => a + b, 0);
    if (total === 0) return [];
    const shares = counts.map((count) => Math.max(count, 0.5) / total);
    const line = [row.procedure, row.subject, row.grade];
    return levels.map(({ level, name, scale }): ResultRow => {
      const lean = between(-0.3, 0.25, level, ...line) + (level === "russia" ? between(-0.1, 0.1, "ru", ...line) : 0);
      const shape: Shape = { shift: lean + between(-0.04, 0.04, level, ...line, row.period), low: 0, high: 0 };
      const participants = Math.round(total * between(scale[0], scale[1], level, "size", ...line, row.period));
      const c = apportion(participants, shifted(shares, shape), seeded("round", level, ...line, row.period));
      const distribution =
        row.procedure === "ЕГЭ"
          ? {
              kind: "bands" as const,
              belowMinimum: c[0],
              upTo60: c[1],
              from61to80: c[2],
              from81to99: c[3],
              hundred: c[4],
            }
          : { kind: "marks" as const, n5: c[3], n4: c[2], n3: c[1], n2: c[0] };
      return {
        period: row.period,
        school: name,
        procedure: row.procedure,
        subject: row.subject,
        grade: row.grade,
        level,
        participants,
        distribution,
        source: ru.demo.referenceSource,
      };
    });
  });
}

/** Medallists a school usually has in a year. */
const MEDALLISTS: Readonly<Partial<Record<Kind, [number, number]>>> = {
  top: [2.6, 5.4],
  deep: [1.6, 3.4],
  urban: [0.6, 2.4],
  rural: [-0.4, 1.4],
};

/** Designed shortfalls: the kindly marking school's medallist with русский язык 64; a «4» in базовая математика. */
const SHORT: readonly { index: number; fromEnd: number; graduate: number; field: "russian" | "mathBaseMark" }[] = [
  { index: 8, fromEnd: 0, graduate: 1, field: "russian" },
  { index: 5, fromEnd: 1, graduate: 2, field: "mathBaseMark" },
];

/** Scores of the best `count` results of a row, from the highest bands down (61–80 read as 70–80). */
function bestScores(row: ResultRow | undefined, count: number, key: readonly (string | number)[]): number[] {
  const d = row?.distribution;
  const left = d?.kind === "bands" ? [d.from61to80, d.from81to99, d.hundred] : [0, 0, 0];
  const scores: number[] = [];
  for (let g = 0; g < count; g++) {
    const band = [2, 1, 0].find((b) => left[b] > 0);
    if (band === undefined) break;
    left[band]--;
    scores.push(band === 2 ? 100 : Math.round(band === 1 ? between(81, 98, ...key, g) : between(70, 80, ...key, g)));
  }
  return scores;
}

/**
 * Medallists «За особые успехи в учении» of the schools with grade 11: codes «1», «2», …; their
 * ЕГЭ scores stand in the bands of the school's results. Most confirm the medal; two fall short.
 */
export function demoMedallists(periods: readonly Period[], schools: readonly string[]): MedallistRow[] {
  const results = demoResults(periods, schools).filter((row) => row.procedure === "ЕГЭ");
  const ege = (school: string, period: string, subject: string) =>
    results.find((row) => row.school === school && row.period === period && row.subject === subject);
  return periods.flatMap((period, p) =>
    schools.flatMap((school, index) => {
      const kind = kindOf(school);
      const usual = kind && MEDALLISTS[kind];
      if (!usual || ROLES.get(index) === "riskEge") return [];
      const short = SHORT.filter((s) => s.index === index && s.fromEnd === periods.length - 1 - p);
      const drawn = Math.round(between(usual[0], usual[1], "medallists", school, period.label));
      const count = Math.max(drawn, ...short.map((s) => s.graduate));
      const key = [school, period.label];
      const russian = bestScores(ege(school, period.label, ru.demo.subjects.russian), count, ["russian", ...key]);
      const math = bestScores(ege(school, period.label, ru.demo.subjects.mathProfile), count, ["math", ...key]);
      return Array.from({ length: count }, (_, g): MedallistRow => {
        const fault = short.find((s) => s.graduate === g + 1)?.field;
        const base = fault === "mathBaseMark" || math[g] === undefined || seeded("base", ...key, g) < 0.2;
        return {
          period: period.label,
          school,
          graduate: String(g + 1),
          russian: fault === "russian" ? 64 : (russian[g] ?? 72),
          ...(base ? { mathBaseMark: fault === "mathBaseMark" ? 4 : 5 } : { mathProfile: math[g] }),
          otherLowest: Math.round(between(72, 92, "other", ...key, g)),
        };
      });
    }),
  );
}
