import { DEFAULT_WORD_LAYOUT } from "./wordLayout";

/**
 * Raw results of assessment procedures per school, as methodologists receive them: per period,
 * school, procedure, subject and grade, the number of participants and the distribution.
 */

export const PROCEDURES = ["ВПР", "ОГЭ", "ЕГЭ", "ГВЭ", "РКР", "Диагностическая работа"] as const;
export type Procedure = (typeof PROCEDURES)[number];

/** Marks 5/4/3/2 (ВПР, ОГЭ, ГВЭ, РКР, diagnostics). */
export interface MarkDistribution {
  readonly kind: "marks";
  readonly n5: number;
  readonly n4: number;
  readonly n3: number;
  readonly n2: number;
}

/** ЕГЭ score bands: below the minimum, minimum–60, 61–80, 81–99, 100. */
export interface ScoreBands {
  readonly kind: "bands";
  readonly belowMinimum: number;
  readonly upTo60: number;
  readonly from61to80: number;
  readonly from81to99: number;
  readonly hundred: number;
}

/** ВПР against the term mark: lowered, confirmed, raised. */
export interface Confirmation {
  readonly lowered: number;
  readonly confirmed: number;
  readonly raised: number;
}

/**
 * ЕГЭ counts in the source's own bands, kept apart from the default bands and labelled as the source
 * labels them: the regional statistics count «высокобалльники (80–99 баллов)» and «100 баллов».
 */
export interface SourceBands {
  /** Below the minimum score, as the source counts it. */
  readonly belowMinimum?: number;
  /** The source's high band as it names it: «80–99». */
  readonly highLabel?: string;
  readonly high?: number;
  readonly hundred?: number;
}

/**
 * Whose figures a row holds. School rows are the default; the others are the municipality's, the
 * region's and Russia's figures as a source (ФИС ОКО, the region) computed them, for comparison.
 */
export type ReferenceLevel = "municipality" | "region" | "russia";

export interface ResultRow {
  readonly period: string;
  readonly school: string;
  readonly procedure: Procedure;
  readonly subject: string;
  /** Grade (класс) as typed: «4», «9», «11»; empty when not applicable. */
  readonly grade: string;
  /** «не проводилось»: the procedure did not take place — no numbers follow. */
  readonly notHeld?: boolean;
  readonly participants?: number;
  readonly distribution?: MarkDistribution | ScoreBands;
  readonly confirmation?: Confirmation;
  /** ЕГЭ: the average test score as the source gives it. */
  readonly averageScore?: number;
  /** The average primary score, where given. */
  readonly averagePrimary?: number;
  /** ЕГЭ counts in the source's own bands. */
  readonly sourceBands?: SourceBands;
  /** Absent for a school; else whose figures these are («school» holds the area's name). */
  readonly level?: ReferenceLevel;
  /** Where the numbers came from («ФИС ОКО, Статистика по отметкам; из процентов»); empty when typed. */
  readonly source?: string;
  /** Where the row stands on its sheet, for findings (zero-based). */
  readonly row?: number;
  /**
   * Counts left blank inside a filled distribution or confirmation («4» empty while «5», «3», «2» are typed): the
   * computations take them as 0, and the sheet is rewritten with them blank, never 0.
   */
  readonly blanks?: readonly BlankCount[];
}

/** A count of a distribution or a confirmation, by its field name. */
export type BlankCount =
  Exclude<keyof MarkDistribution, "kind"> | Exclude<keyof ScoreBands, "kind"> | keyof Confirmation;

export const RISK_RULE_IDS = ["vpr4", "vpr56", "oge", "ege"] as const;
export type RiskRuleId = (typeof RISK_RULE_IDS)[number];

/**
 * One line of the ШНОР rule (Тула, criteria of ШНОР): which results it reads, the share of «2» (below
 * the ЕГЭ minimum) that marks a work, how many works of a year must be marked («по двум и более
 * работам»), and in how many of the last periods. Applied per subject when one work suffices; over the
 * rule's works (subject × grade) together when several are needed.
 */
export interface RiskRule {
  readonly id: RiskRuleId;
  readonly procedure: Procedure;
  /** Inclusive grades; absent: any. */
  readonly grades?: readonly [number, number];
  /** «all» subjects, or Russian and mathematics only, as the criterion names them. */
  readonly subjects: "all" | "russianMath";
  readonly shareOfTwos: number;
  readonly minWorks: number;
  readonly years: number;
  readonly window: number;
}

/** The criteria of ШНОР as Tula's document writes them (004, Программа, ШНОР). */
export const DEFAULT_RISK_RULES: readonly RiskRule[] = [
  { id: "vpr4", procedure: "ВПР", grades: [4, 4], subjects: "all", shareOfTwos: 20, minWorks: 1, years: 2, window: 3 },
  {
    id: "vpr56",
    procedure: "ВПР",
    grades: [5, 6],
    subjects: "russianMath",
    shareOfTwos: 30,
    minWorks: 2,
    years: 2,
    window: 2,
  },
  { id: "oge", procedure: "ОГЭ", subjects: "russianMath", shareOfTwos: 30, minWorks: 1, years: 2, window: 3 },
  { id: "ege", procedure: "ЕГЭ", subjects: "russianMath", shareOfTwos: 30, minWorks: 1, years: 2, window: 3 },
];

/** Thresholds that define «высокие», «удовлетворительные» and the risk rules: labelled defaults, user settings. */
export interface ResultSettings {
  /** ЕГЭ high result: from this score (81 by default; the documents also use «более 80», «80 и более»). */
  readonly egeHighFrom: 81 | 80 | 61;
  /** ШНОР rule by procedure and grade; results no line covers follow the three parameters below. */
  readonly riskRules: readonly RiskRule[];
  /** ШНОР, results no rule line covers (ВПР 7–8, РКР, diagnostics): share of «2» marking a risk year (a default, 20). */
  readonly riskShareOfTwos: number;
  /** ШНОР: also a risk year when there is no «5» (no 81+ for ЕГЭ). */
  readonly riskNoTopMarks: boolean;
  /** ШНОР: how the two conditions combine. */
  readonly riskCombination: "either" | "both";
  /** ШНОР: risk years needed within the window. */
  readonly riskYears: number;
  /** ШНОР: the window of last periods. */
  readonly riskWindow: number;
  /** Objectivity: share of ВПР marks not confirmed by term marks (lowered + raised) above this percent is a sign. */
  readonly unconfirmedAbove: number;
  /** Objectivity: a school this many п.п. above the municipality on ВПР quality but not on ОГЭ/ЕГЭ. */
  readonly vprAboveMunicipality: number;
  /** Small samples are not ranked nor flagged. */
  readonly smallSample: number;
  /** Medallists: an ЕГЭ score below this is below the expected result (70, Абинск 1.1 п. 3). */
  readonly medallistMinScore: number;
  /** Medallists: a base-level mathematics mark below this is below the expected result (5: «4» and lower fail). */
  readonly medallistMinBaseMark: number;
  /** Significance rule of the справка (analysis/significance.ts): shares, п.п. */
  readonly significantSharePoints: number;
  /** Significance rule: counts, relative change in percent… */
  readonly significantCountPercent: number;
  /** …and at least this many units. */
  readonly significantCountMinimum: number;
  /** Significance rule: scores, averages and ratios, points. */
  readonly significantScorePoints: number;
  /** A school whose procedure result fell by at least this many п.п. (and stands below the municipality) needs attention. */
  readonly schoolFallPoints: number;
  /** The справка as a Word document: font, sizes (pt), line spacing and margins (cm); see wordLayout.ts. */
  readonly wordFont: string;
  readonly wordBodySize: number;
  readonly wordTableSize: number;
  readonly wordLineSpacing: number;
  readonly wordMarginLeft: number;
  readonly wordMarginRight: number;
  readonly wordMarginTop: number;
  readonly wordMarginBottom: number;
}

export const DEFAULT_RESULT_SETTINGS: ResultSettings = {
  egeHighFrom: 81,
  riskRules: DEFAULT_RISK_RULES,
  riskShareOfTwos: 20,
  riskNoTopMarks: true,
  riskCombination: "either",
  riskYears: 2,
  riskWindow: 3,
  unconfirmedAbove: 15,
  vprAboveMunicipality: 15,
  smallSample: 10,
  medallistMinScore: 70,
  medallistMinBaseMark: 5,
  significantSharePoints: 1,
  significantCountPercent: 5,
  significantCountMinimum: 3,
  significantScorePoints: 0.1,
  schoolFallPoints: 10,
  wordFont: DEFAULT_WORD_LAYOUT.font,
  wordBodySize: DEFAULT_WORD_LAYOUT.bodySize,
  wordTableSize: DEFAULT_WORD_LAYOUT.tableSize,
  wordLineSpacing: DEFAULT_WORD_LAYOUT.lineSpacing,
  wordMarginLeft: DEFAULT_WORD_LAYOUT.marginLeft,
  wordMarginRight: DEFAULT_WORD_LAYOUT.marginRight,
  wordMarginTop: DEFAULT_WORD_LAYOUT.marginTop,
  wordMarginBottom: DEFAULT_WORD_LAYOUT.marginBottom,
};

/**
 * One graduate awarded the medal «За особые успехи в учении», with the ГИА-11 results the checks
 * need. The graduate is a code or number as typed: the sheet asks for no names.
 */
export interface MedallistRow {
  readonly period: string;
  readonly school: string;
  readonly graduate: string;
  /** ЕГЭ scores (0–100); absent when the graduate did not sit that exam. */
  readonly russian?: number;
  readonly mathProfile?: number;
  /** Base-level mathematics: a mark 2–5. */
  readonly mathBaseMark?: number;
  /** The lowest ЕГЭ score among the other subjects taken. */
  readonly otherLowest?: number;
  /** Where the row stands on its sheet, for findings (zero-based). */
  readonly row?: number;
}

export interface RiskYear {
  readonly period: string;
  readonly participants: number;
  readonly twos: number;
  /** Share of «2» (below the ЕГЭ minimum), in percent, one decimal. */
  readonly shareOfTwos: number;
  /** Count of «5» (ЕГЭ results from `egeHighFrom`). */
  readonly top: number;
  readonly twosFired: boolean;
  readonly noTopFired: boolean;
  readonly risky: boolean;
  /** Where a rule needs several works in a year: how many were marked, of how many evaluated. */
  readonly works?: { readonly marked: number; readonly total: number };
}

/**
 * The one rule that says whether a change is a change, used by the trend, the assessment, the
 * schools' counts, the summary's ranking and the effect of decisions alike. It works in the
 * indicator's own unit: п.п. for shares, a relative change together with a minimum absolute one
 * for counts (so 2 → 3 children is no trend), points for scores, averages and ratios. The values
 * are parameters on «Пороги результатов»; these are the defaults.
 */
export interface SignificanceRule {
  /** Shares: a change of more than this many п.п. */
  readonly sharePoints: number;
  /** Counts: a relative change of more than this many percent… */
  readonly countPercent: number;
  /** …and by at least this many units. */
  readonly countMinimum: number;
  /** Scores, averages and ratios: a change of more than this many points. */
  readonly scorePoints: number;
  /** A school's procedure result (quality, ЕГЭ high results) falling by at least this many п.п. needs attention. */
  readonly schoolFallPoints: number;
}

export const DEFAULT_SIGNIFICANCE: SignificanceRule = {
  sharePoints: 1,
  countPercent: 5,
  countMinimum: 3,
  scorePoints: 0.1,
  schoolFallPoints: 10,
};

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
