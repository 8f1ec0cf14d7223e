import { findFramework, indicatorsOf } from "../../catalog";
import type { Framework, Indicator, System } from "../../catalog/schema";
import type { Direction } from "../../base/model/terms";
import { ru } from "../../base/i18n/ru";
import { NOT_HELD } from "../../base/cells/input";
import { roundHalfUp } from "../../base/math/rounding";
import type { CellValue } from "../../base/plan/types";
import { indicatorValuesFromResults } from "../results/indicators";
import { medallistIndicatorValues } from "../results/medallists";
import type { MedallistRow, ResultRow } from "../../base/model/results";
import { DEFAULT_VALIDATION_SETTINGS } from "../../base/model/results";
import type { BuildRequest } from "../../sheets/buildRequest";
import { entryOf, isWholeCount, partsNest, partsOf } from "../../workbook/entry";
import { guessKind, organisationsFor } from "../../workbook/organisations";
import { Inputs, InputKey, keyOf, parseKey } from "../../workbook/inputs";
import { parsePeriods, Period } from "../../workbook/periods";
import {
  answersByFlags,
  answersInAny,
  flagsIn,
  flagTopic,
  hasStatus as marked,
  OrgFlags,
  OrgStatuses,
  statusesOf,
  statusTopic,
} from "../../workbook/statuses";
import { suggestedStatuses } from "../statuses/suggestions";
import { SOCIAL_SIGN_CODES, SOCIAL_SIGNS_AT_LEAST } from "../../catalog/frameworks/abinskRules";
import { demoMedallists, demoReferences, demoResults, demoRoll } from "./demoResults";
import { between, seeded } from "./seeded";
import { settleShares, SettleLimits, ShareSeries } from "./settle";

/** The demo workbook: a fictional municipality, its invented organisations, three academic years. */
export const DEMO_MUNICIPALITY: string = ru.demo.municipality;
export const DEMO_SCHOOLS: readonly string[] = ru.demo.schools;
export const DEMO_PERIODS = ["2022/2023", "2023/2024", "2024/2025"] as const;
/** Asino's appendix tables give a unit for every row, so every row gets a sensible value. */
export const DEMO_FRAMEWORK_ID = "asino";

const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));

/** How an organisation's results move over the years. */
type Course = "up" | "down" | "flat" | "unstable";

interface Organisation {
  readonly name: string;
  /** Usual number of participants of a procedure (20–120). */
  readonly size: number;
  /** −1 … 1: how far above or below the municipal level it usually is. */
  readonly standing: number;
  readonly course: Course;
}

const COURSES: readonly Course[] = ["up", "flat", "down", "up", "flat"];
const UNSTABLE_INDEX = 7;

function organisation(name: string, index: number): Organisation {
  const [lo, hi, standing] = /Лицей|Гимназия|углуб/i.test(name)
    ? [95, 120, 0.8]
    : /Детский сад|ДОУ/i.test(name)
      ? [40, 110, 0.1]
      : /ООШ|НОШ/i.test(name)
        ? [20, 38, -0.4]
        : /СОШ №|СОШ N/i.test(name)
          ? [75, 115, 0.2]
          : [40, 75, -0.1];
  return {
    name,
    size: Math.round(between(lo, hi, "size", name)),
    standing: clamp(standing + between(-0.4, 0.4, "standing", name), -1, 1),
    course: index === UNSTABLE_INDEX ? "unstable" : COURSES[index % COURSES.length],
  };
}

/** Yearly movement of a share for a course; «unstable» swings up then down. */
function drift(course: Course, period: number, key: string): number {
  const pace = between(0.015, 0.04, "pace", key);
  switch (course) {
    case "up":
      return pace * period;
    case "down":
      return -pace * period;
    case "flat":
      return between(-0.004, 0.004, "flat", key) * period;
    case "unstable":
      return period === 0 ? 0 : period % 2 === 1 ? 0.06 : -0.01;
  }
}

/** Usual share of an indicator (0–1), guessed from its wording: high results are rare, satisfactory ones common. */
function shareLevel(indicator: Indicator): [number, number] {
  const text = `${indicator.label} ${describe(indicator)}`;
  if (indicator.direction === "lower") return [0.03, 0.12];
  if (/удовлетвор|массов|не ниже|подтверд|укомплект|обеспеченн|высшим образованием|соответств/i.test(text))
    return [0.82, 0.96];
  if (/высок|81–100|«5»|победител|призер|призёр|стипенд|грант/i.test(text)) return [0.08, 0.3];
  if (/охвачен|приняв|прошедш|участву|вовлечен|посещающ/i.test(text)) return [0.45, 0.85];
  return [0.3, 0.75];
}

function describe(indicator: Indicator): string {
  const c = indicator.computation;
  switch (c.kind) {
    case "share":
    case "ratio":
      return `${c.numerator} / ${c.denominator}`;
    case "flagShare":
      return `${c.flag} / ${c.population}`;
    case "yesno":
      return "";
    default:
      return c.of;
  }
}

function wholeOf(indicator: Indicator): string {
  const c = indicator.computation;
  return c.kind === "share" || c.kind === "ratio" ? c.denominator : c.kind === "flagShare" ? c.population : "";
}

/**
 * Who a denominator counts, by its wording, and how many of them an organisation (or the municipality) has.
 * Never fewer than the default small-sample threshold: the demo's shares are all fit to compare.
 */
const WHOLES: [RegExp, number, number][] = [
  [/руководител/i, 10, 16],
  [/кандидат/i, 10, 16],
  [/объединени|сообществ/i, 10, 16],
  [/претендент/i, 10, 16],
  [/ОВЗ|инвалид/i, 10, 20],
  [/компьютер/i, 12, 45],
];

/** Participants of a procedure: 20–120 an organisation. */
const PUPILS = [20, 120] as const;
const FEWEST = DEFAULT_VALIDATION_SETTINGS.smallSample;

/**
 * A plausible denominator for one organisation (size given) or the municipality, varying a little by period.
 * It depends on the base's wording, not on the indicator: indicators over the same base share it.
 */
function denominator(
  indicator: Indicator,
  place: string,
  period: number,
  size?: number,
  roll?: readonly number[],
): number {
  const whole = wholeOf(indicator);
  const counted = roll && pupilsIn(whole, roll);
  if (counted !== undefined) return counted;
  const key = `${whole.toLowerCase()}|${place}`;
  const vary = (base: number, lo = FEWEST, hi = Infinity) =>
    clamp(Math.round(base * between(0.93, 1.07, "size", key, period)), lo, hi);
  const group = WHOLES.find(([pattern]) => pattern.test(whole));
  if (group) return vary(between(group[1], group[2], "den", key));
  if (size === undefined && /предмет/i.test(whole)) return vary(between(12, 18, "den", key));
  if (/педагог|учител|классн|ставк/i.test(whole)) {
    const staff = size ?? 70;
    return vary(between(Math.max(FEWEST, staff / 4), Math.max(14, staff / 2.5), "den", key));
  }
  const base = size === undefined ? between(PUPILS[0], PUPILS[1], "den", key) : size * between(0.85, 1.1, "den", key);
  return vary(base, PUPILS[0], PUPILS[1]);
}

/** Wordings of a school's whole roll. */
const WHOLE_ROLL = /^(обучающиеся|учащиеся)( общеобразовательных организаций| 5–18 лет)?$|^дети школьного возраста$/;
/** Pupils of some kind within a grade (with ОВЗ, in profile classes, …): the demo does not model them by grade. */
const SUBSET =
  /ОВЗ|инвалид|способн|талант|успева|профильн|углубл|целев|особым|родн|диагност|учебному плану|исследован/i;

/**
 * Pupils a denominator counts at a school, from its roll by grade (index 1–11): «обучающиеся» the whole roll,
 * «обучающиеся 6–11 классов» those grades, «выпускники 9-х и 11-х классов» grades 9 and 11. Undefined for a
 * wording that is not a set of whole grades.
 */
function pupilsIn(whole: string, roll: readonly number[]): number | undefined {
  const text = whole.trim();
  const sum = (from: number, to: number) => roll.slice(from, to + 1).reduce((a, b) => a + b, 0);
  if (WHOLE_ROLL.test(text)) return sum(1, 11);
  if (!/обучающ|учащ|выпускник/i.test(text) || SUBSET.test(text)) return undefined;
  const grades = /((?:\d+(?:-х)?(?:\s*[–-]\s*\d+(?:-х)?)?(?:\s+и\s+)?)+)\s*класс/.exec(text);
  if (!grades) return undefined;
  return grades[1]
    .split(/\s+и\s+/)
    .map((part) => part.match(/\d+/g)!.map(Number))
    .reduce((total, [from, to]) => total + sum(from, to ?? from), 0);
}

/** Usual per-year count of an indicator counted in units, and whether it grows with the organisation's size. */
function countRange(indicator: Indicator, atSchool: boolean): [number, number, boolean] {
  const text = indicator.label;
  if (!atSchool)
    return /ШНОР|ШНСУ/.test(text) ? [1, 4, false] : /объединени|сообществ/i.test(text) ? [8, 15, false] : [2, 8, false];
  const rules: [RegExp, number, number, boolean][] = [
    [/участников ВсОШ/i, 20, 110, true],
    [/общеобразовательных организаций/i, 0, 1.4, false],
    [/стипенди|грант|премии/i, 0, 2.5, false],
    [/программ/i, 0, 2.4, false],
    [/психолог/i, 0, 1.8, false],
    [/руководител/i, 0, 1.5, false],
    [/педагог|учител/i, 0, 5, false],
    [/договор|соглашени/i, 1, 5, false],
    [/мероприяти/i, 2, 10, false],
    [/ОВЗ|индивидуальным учебным планам/i, 0, 5, false],
    [/занимающихся в объединениях/i, 60, 260, true],
    [/объединений/i, 3, 14, true],
    // Two hundred-point results of one graduate are rare enough to be none in a small municipality.
    [/по двум и более предметам/i, 0, 0, false],
  ];
  const rule = rules.find(([pattern]) => pattern.test(text));
  if (rule) return [rule[1], rule[2], rule[3]];
  if (indicator.direction === "lower") return [0, 3, false];
  if (/участник|охвачен|обществ|смен|сопровожд/i.test(text)) return [3, 20, true];
  return [0, 6, false];
}

/** A typed measured value (an average score, a percent typed as is): one decimal, moved by `shift` (−1 … 1). */
function measured(indicator: Indicator, key: string, shift: number): number {
  if (indicator.unit === "percent") {
    const [lo, hi] = shareLevel(indicator);
    return roundHalfUp(clamp(between(lo, hi, "level", indicator.code) + shift * 0.1, 0, 1) * 100, 1);
  }
  const [lo, hi] = indicator.unit === "ratio" ? [1, 3] : /отметк/i.test(indicator.label) ? [3.4, 4.3] : [45, 75];
  return roundHalfUp(Math.max(0, between(lo, hi, "measured", key) * (1 + shift * 0.1)), 1);
}

const sign = (direction: Direction) => (direction === "lower" ? -1 : 1);

/** The deliberate gaps in the demo data, so «Проверить данные» has something to find. */
export interface DemoGaps {
  /** An organisation that did not fill one system's school sheet for the last period. */
  readonly unfilled?: { readonly school: string; readonly system: System; readonly period: string };
  /** The one «не проводилось»: a procedure that did not take place at one organisation in one period. */
  readonly notHeld?: { readonly school: string; readonly code: string; readonly period: string };
}

const UNFILLED_SCHOOL = 12;
const UNFILLED_SYSTEM = 3;
const NOT_HELD_SCHOOL = 16;

/**
 * Per-school indicators the procedure results determine: the demo leaves them to «Результаты
 * процедур» (the build fills them from there), so they are neither generated nor chosen as a gap.
 */
function fromResults(framework: Framework): Set<string> {
  const codes = new Set([
    ...indicatorValuesFromResults(framework, []).codes,
    ...medallistIndicatorValues(framework, []).codes,
  ]);
  return new Set(
    framework.systems
      .flatMap((s) =>
        s.criteria.flatMap((c) => c.indicators.filter((i) => codes.has(i.code) && entryOf(i).per === "school")),
      )
      .map((i) => i.code),
  );
}

export function demoGaps(framework: Framework, periods: readonly Period[], schools: readonly string[]): DemoGaps {
  if (schools.length === 0 || periods.length === 0) return {};
  const skipped = fromResults(framework);
  const generated = (i: Indicator) => !skipped.has(i.code);
  const perSchool = framework.systems.filter((s) =>
    s.criteria.some((c) => c.indicators.some((i) => entryOf(i).per === "school" && generated(i))),
  );
  const system = perSchool[Math.min(UNFILLED_SYSTEM, perSchool.length - 1)];
  const indicators = framework.systems.flatMap((s) => s.criteria.flatMap((c) => c.indicators)).filter(generated);
  const flags = indicators.filter((i) => entryOf(i).inputs === "flag");
  const held = flags.find((i) => /проводил/i.test(describe(i))) ?? flags[0];
  const heldSystem = framework.systems.find((s) => s.criteria.some((c) => c.indicators.includes(held)));
  const last = periods[periods.length - 1].label;
  // Each gap at an organisation the system's rows are laid out for.
  const pick = (among: readonly string[], index: number) => among[Math.min(index, among.length - 1)];
  const unfilledAmong = system ? organisationsFor(system, schools, new Map()) : [];
  const heldAmong =
    held && entryOf(held).per === "school" && heldSystem
      ? organisationsFor(heldSystem, schools, new Map(), held)
      : schools;
  return {
    unfilled:
      system && unfilledAmong.length > 0
        ? { school: pick(unfilledAmong, UNFILLED_SCHOOL), system, period: last }
        : undefined,
    notHeld: held && {
      school: pick(heldAmong, NOT_HELD_SCHOOL),
      code: held.code,
      period: periods[Math.min(1, periods.length - 1)].label,
    },
  };
}

interface Generated {
  readonly values: Map<string, CellValue>;
  set(key: InputKey, value: CellValue): void;
}

/** Numerator and denominator of a share (or ratio) for one place and period. */
function fraction(indicator: Indicator, den: number, level: number): [number, number] {
  if (entryOf(indicator).quotient === "ratio") {
    const per = /компьютер/i.test(wholeOf(indicator)) ? [3, 9] : [8, 16];
    return [Math.round(den * clamp(level, per[0], per[1])), den];
  }
  return [Math.min(den, Math.max(0, Math.round(den * clamp(level, 0, 1)))), den];
}

function ratioLevel(indicator: Indicator, key: string): number {
  return /компьютер/i.test(wholeOf(indicator)) ? between(3.5, 8, "ratio", key) : between(9, 15, "ratio", key);
}

/** How far clean demo shares may move: well inside the default jump and outlier thresholds. */
const SETTLE: SettleLimits = {
  step: 10,
  reach: DEFAULT_VALIDATION_SETTINGS.outlierDeviations - 0.5,
  minPlaces: DEFAULT_VALIDATION_SETTINGS.outlierMinSchools,
};

/** Writes numerators and denominators, once a share's series are settled against the checks. */
function writeShares(
  out: Generated,
  indicator: Indicator,
  periods: readonly Period[],
  series: readonly (ShareSeries & { readonly school?: string })[],
): void {
  if (entryOf(indicator).quotient === "share") settleShares(series, periods.length, SETTLE);
  for (const item of series) {
    periods.forEach((period, p) => {
      const [num, den] = [item.num[p], item.den[p]];
      if (num === undefined || den === undefined) return;
      out.set({ code: indicator.code, field: "num", period: period.label, school: item.school }, num);
      out.set({ code: indicator.code, field: "den", period: period.label, school: item.school }, den);
    });
  }
}

function schoolValues(
  out: Generated,
  indicator: Indicator,
  periods: readonly Period[],
  orgs: readonly Organisation[],
  skip: (school: string, period: string) => boolean,
  /** A denominator the results already give for the same wording at a school («участники ВПР в 4-х классах»). */
  given?: (whole: string, school: string, period: string) => number | undefined,
): void {
  const entry = entryOf(indicator);
  const s = sign(indicator.direction);
  const [lo, hi] = shareLevel(indicator);
  const level = between(lo, hi, "level", indicator.code);
  const series: (ShareSeries & { school: string })[] = [];
  for (const org of orgs) {
    const key = `${indicator.code}|${org.name}`;
    const spread = Math.min(level, 1 - level, 0.15);
    const offset = org.standing * spread * s + between(-0.03, 0.03, "own", key);
    const shares: ShareSeries & { school: string } = { school: org.name, num: [], den: [] };
    series.push(shares);
    periods.forEach((period, p) => {
      if (skip(org.name, period.label)) return;
      const noise = between(-0.012, 0.012, "noise", key, p);
      const at = (field: "num" | "den" | "val", value: CellValue) =>
        out.set({ code: indicator.code, field, period: period.label, school: org.name }, value);
      if (entry.inputs === "numDen") {
        const den =
          given?.(wholeOf(indicator), org.name, period.label) ??
          denominator(indicator, org.name, p, org.size, demoRoll(org.name, period.label));
        const value =
          entry.quotient === "ratio"
            ? ratioLevel(indicator, key) * (1 + drift(org.course, p, key) * s * 0.5)
            : level + offset + s * drift(org.course, p, key) + noise;
        [shares.num[p], shares.den[p]] = fraction(indicator, den, value);
      } else if (entry.inputs === "flag") {
        // The chance of the good answer («да», or «нет» where the flag marks a problem) rises with standing and course.
        const usual =
          indicator.direction === "lower" ? 1 - between(0.04, 0.14, "flagged", indicator.code) : level + 0.3;
        const good = clamp(usual + offset + drift(org.course, p, key) * 2.5, 0.05, 0.97);
        const isGood = seeded("flag", key) < good;
        at("val", isGood === (indicator.direction !== "lower") ? ru.layout.yes : ru.layout.no);
      } else if (!isWholeCount(indicator)) {
        at("val", measured(indicator, key, org.standing * s + s * drift(org.course, p, key) * 3));
      } else {
        const [cLo, cHi, bySize] = countRange(indicator, true);
        if (cHi === 0) return at("val", 0);
        const scale = between(cLo, cHi, "count", key) * (bySize ? org.size / 70 : 1);
        const trend = 1 + s * drift(org.course, p, key) * 4;
        at("val", Math.max(0, Math.round(scale * trend + between(-0.6, 0.6, "noise", key, p))));
      }
    });
  }
  if (entry.inputs === "numDen") writeShares(out, indicator, periods, series);
}

/** Of the previous olympiad stage's participants, the share that goes on to each next stage. */
const GOES_ON: readonly [number, number][] = [
  [0.22, 0.35],
  [0.08, 0.2],
  [0, 0.12],
];
/** Usual share of a level of education in a school's roll: 1–4, 5–9, 10–11 классы. */
const LEVEL_SHARE: readonly number[] = [4 / 11, 5 / 11, 2 / 11];

/**
 * An organisation's participants of an olympiad stage: the school stage by its size, each next stage a share of
 * the one before. By the stage's name, so every indicator about a stage counts the same pupils.
 */
function stageParticipants(org: Organisation, stage: string, period: number): number {
  const order = ["школьн", "муниципальн", "региональн", "заключительн"];
  const index = Math.max(
    0,
    order.findIndex((word) => stage.includes(word)),
  );
  const trend = 1 + drift(org.course, period, org.name) * 4;
  let count = Math.round(between(20, 110, "stage", org.name) * (org.size / 70) * trend);
  for (let k = 0; k < index; k++) {
    const [lo, hi] = GOES_ON[Math.min(k, GOES_ON.length - 1)];
    count = Math.floor(count * between(lo, hi, "goesOn", org.name, k, period));
  }
  return Math.max(0, count);
}

/**
 * The parts of a broken-down indicator at each organisation: olympiad stages that nest (participants, and
 * winners among each stage's participants), or levels of education that split the roll.
 */
function partValues(
  out: Generated,
  indicator: Indicator,
  periods: readonly Period[],
  orgs: readonly Organisation[],
  skip: (school: string, period: string) => boolean,
): void {
  const entry = entryOf(indicator);
  const nested = partsNest(indicator);
  const [lo, hi] = shareLevel(indicator);
  for (const org of orgs) {
    periods.forEach((period, p) => {
      if (skip(org.name, period.label)) return;
      const grades = demoRoll(org.name, period.label);
      const roll = denominator(indicator, org.name, p, org.size, grades);
      // Levels of education: 1–4, 5–9 and 10–11 классы of the school's roll.
      const levels =
        grades && [1, 5, 10].map((from, k) => grades.slice(from, [4, 9, 11][k] + 1).reduce((a, b) => a + b, 0));
      partsOf(indicator).forEach((part, k) => {
        const key = `${part.code}|${org.name}`;
        const at = (field: "num" | "den" | "val", value: CellValue) =>
          out.set({ code: part.code, field, period: period.label, school: org.name }, value);
        const whole = nested
          ? stageParticipants(org, part.name, p)
          : (levels?.[k] ?? Math.max(1, Math.round(roll * (LEVEL_SHARE[k] ?? 1 / periods.length))));
        if (entry.inputs !== "numDen") {
          at("val", whole);
          return;
        }
        const level = between(lo, hi, "level", indicator.code) + between(-0.03, 0.03, "own", key);
        at("num", Math.min(whole, Math.max(0, Math.round(whole * clamp(level, 0, 1)))));
        at("den", whole);
      });
    });
  }
}

/** How many schools have the status an indicator counts, in period `p`: a count of ШНОР cannot exceed it. */
type Cap = (p: number) => number | undefined;

function municipalValues(out: Generated, indicator: Indicator, periods: readonly Period[], cap?: Cap): void {
  const entry = entryOf(indicator);
  const code = indicator.code;
  const course: Course = seeded("course", code) < 0.7 ? "up" : seeded("course", code) < 0.85 ? "flat" : "down";
  const shares: ShareSeries = { num: [], den: [] };
  periods.forEach((period, p) => {
    const at = (field: "num" | "den" | "val", value: CellValue) =>
      out.set({ code, field, period: period.label }, value);
    if (indicator.unit === "yesno") {
      const first = seeded("since", code) < 0.6 ? 0 : seeded("since", code) < 0.85 ? 1 : 2;
      at("val", p >= first ? ru.layout.yes : ru.layout.no);
    } else if (entry.inputs === "numDen" || entry.inputs === "flag") {
      const [lo, hi] = shareLevel(indicator);
      const den = denominator(indicator, "", p);
      const level =
        entry.quotient === "ratio"
          ? ratioLevel(indicator, code)
          : between(lo, hi, "level", code) + sign(indicator.direction) * drift(course, p, code);
      [shares.num[p], shares.den[p]] = fraction(indicator, den, level);
    } else if (!isWholeCount(indicator)) {
      at("val", measured(indicator, code, sign(indicator.direction) * drift(course, p, code) * 3));
    } else {
      const [lo, hi] = countRange(indicator, false);
      const trend = 1 + sign(indicator.direction) * drift(course, p, code) * 4;
      const most = cap?.(p) ?? Infinity;
      at("val", Math.min(most, Math.max(0, Math.round(between(lo, hi, "count", code) * trend))));
    }
  });
  if (entry.inputs === "numDen" || entry.inputs === "flag") writeShares(out, indicator, periods, [shares]);
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const numbers = (values: readonly CellValue[]) => values.filter((v): v is number => typeof v === "number");

/** The municipal value of the last period as the sheet computes it, to set a target near it. */
function lastValue(
  values: Inputs,
  indicator: Indicator,
  period: string,
  schools: readonly string[],
): number | undefined {
  const entry = entryOf(indicator);
  const atSchools = entry.per === "school" && schools.length > 0;
  const parts = partsOf(indicator);
  const one = (code: string, field: "num" | "den" | "val", school?: string) =>
    values.get(keyOf({ code, field, period, school })) ?? null;
  // A broken-down indicator's total is the sum of its parts, as its row computes it.
  const get = (field: "num" | "den" | "val", school?: string): CellValue =>
    parts.length === 0
      ? one(indicator.code, field, school)
      : numbers(parts.map((part) => one(part.code, field, school))).reduce((a, b) => a + b, 0);
  const pick = (field: "num" | "den" | "val") =>
    atSchools ? numbers(schools.map((school) => get(field, school))) : numbers([get(field)]);
  if (entry.inputs === "flag" && atSchools) {
    const answers = schools
      .map((school) => get("val", school))
      .filter((v) => v === ru.layout.yes || v === ru.layout.no);
    return answers.length > 0 ? (answers.filter((v) => v === ru.layout.yes).length * 100) / answers.length : undefined;
  }
  if (entry.inputs === "numDen" || entry.inputs === "flag") {
    const [num, den] = [sum(pick("num")), sum(pick("den"))];
    if (den === 0) return undefined;
    return entry.quotient === "ratio" ? num / den : (num * 100) / den;
  }
  const found = pick("val");
  return found.length > 0 ? sum(found) : undefined;
}

/** A target set a year ago: about four in ten are reached by now, the rest are a little ahead. */
function target(indicator: Indicator, last: number): number {
  const sign = indicator.direction !== "lower" ? 1 : -1;
  const step = between(0, 1, "target", indicator.code);
  const ahead = step >= 0.4;
  if (indicator.unit === "percent") {
    const offset = ahead ? 0.5 + 2 * step : -(0.3 + 2 * step);
    return roundHalfUp(Math.min(100, Math.max(0, last + sign * offset)), 1);
  }
  if (indicator.unit === "count") {
    const by = Math.max(1, Math.round(last * 0.1));
    return Math.max(0, Math.round(last) + sign * (ahead ? by : -by));
  }
  return roundHalfUp(Math.max(0, last + sign * (ahead ? 0.3 + step : -(0.2 + step))), 1);
}

/**
 * Plausible values for every input the workbook of `framework` has: per organisation for indicators
 * collected per school, per municipality for the rest, and a target near the last value where a
 * status is computed. Per-school indicators that procedure results determine are left to `results`
 * (only their targets are set here, near the value the results give). Deterministic: the same
 * framework, periods and schools give the same data. Apart from the gaps `demoGaps` describes,
 * nothing in it should fail a check.
 */
export function demoData(
  framework: Framework,
  periods: readonly Period[],
  schools: readonly string[],
  results: readonly ResultRow[] = demoResults(periods, schools),
  medallists: readonly MedallistRow[] = demoMedallists(periods, schools),
  statuses: ReadonlyMap<string, ReadonlyMap<string, OrgFlags>> = demoStatuses(periods, schools, results),
): Inputs {
  const values = new Map<string, CellValue>();
  const marks: OrgStatuses = statusesOf(statuses);
  const labels = periods.map((period) => period.label);
  const out: Generated = { values, set: (key, value) => values.set(keyOf(key), value) };
  const orgs = schools.map(organisation);
  const gaps = demoGaps(framework, periods, schools);
  const unfilledCodes = new Set(gaps.unfilled?.system.criteria.flatMap((c) => c.indicators.map((i) => i.code)));
  const skipped = fromResults(framework);
  const derived = new Map([
    ...indicatorValuesFromResults(framework, results).values,
    ...medallistIndicatorValues(framework, medallists).values,
  ]);
  // Who the results count, by the wording of the base: a typed share over the same pupils counts them too.
  const byCode = new Map(
    framework.systems.flatMap((s) => s.criteria.flatMap((c) => c.indicators.map((i) => [i.code, i]))),
  );
  const fedWholes = new Map<string, number>();
  for (const [id, value] of derived) {
    const key = parseKey(id);
    const indicator = byCode.get(key.code);
    if (key.field === "den" && indicator && typeof value === "number")
      fedWholes.set(`${wholeOf(indicator).toLowerCase()}|${key.school}|${key.period}`, value);
  }
  const given = (whole: string, school: string, period: string) =>
    fedWholes.get(`${whole.toLowerCase()}|${school}|${period}`);

  const systemHasRows = (system: System) =>
    system.criteria.some((c) =>
      c.indicators.some(
        (i) =>
          entryOf(i).per === "school" &&
          organisationsFor(system, schools, new Map(), i).some((school) =>
            answersInAny(flagTopic(i), marks, school, labels),
          ),
      ),
    );
  for (const system of framework.systems) {
    for (const indicator of system.criteria.flatMap((c) => c.indicators)) {
      const topic = flagTopic(indicator);
      const among = organisationsFor(system, schools, new Map(), indicator).filter((school) =>
        answersInAny(topic, marks, school, labels),
      );
      const atSchools = entryOf(indicator).per === "school" && among.length > 0;
      // With no organisation to answer it, a per-school row is typed on the system sheet only when the
      // system has no school sheet at all (as the build lays it out); else it stays blank.
      if (entryOf(indicator).per === "school" && !atSchools && systemHasRows(system)) continue;
      // Filled from «Результаты процедур» or from the marks on «ОО» when the workbook is built.
      const byResults = atSchools && (skipped.has(indicator.code) || statusTopic(indicator) !== undefined);
      if (!atSchools) {
        const cap: Cap | undefined = topic
          ? (p) => schools.filter((school) => marked(topic, flagsIn(marks, school, labels[p]))).length
          : undefined;
        const parts = partsOf(indicator);
        if (parts.length > 0) parts.forEach((part) => municipalValues(out, part.indicator, periods));
        else municipalValues(out, indicator, periods, cap);
      } else if (!byResults) {
        const skip = (school: string, period: string) =>
          (unfilledCodes.has(indicator.code) && school === gaps.unfilled?.school && period === gaps.unfilled.period) ||
          !answersByFlags(topic, flagsIn(marks, school, period));
        const answering = orgs.filter((org) => among.includes(org.name));
        if (partsOf(indicator).length > 0) partValues(out, indicator, periods, answering, skip);
        else schoolValues(out, indicator, periods, answering, skip, given);
      }
      if (gaps.notHeld?.code === indicator.code) {
        const { school, period } = gaps.notHeld;
        out.set({ code: indicator.code, school, period, field: "val" }, NOT_HELD);
      }
      const hasStatus = indicator.direction !== "neutral" && indicator.unit !== "yesno";
      const last =
        periods.length > 0
          ? lastValue(byResults ? derived : values, indicator, periods[periods.length - 1].label, among)
          : undefined;
      if (hasStatus && last !== undefined) out.set({ code: indicator.code, field: "target" }, target(indicator, last));
    }
  }
  agreeSocialSigns(out, framework, marks, labels);
  nestThresholds(out, framework, labels);
  return values;
}

/**
 * Counts over a threshold («Количество ОО, в которых … более 30 %», «… более 20 %», «… более 10 %») nest:
 * every organisation above 30 % is above 20 % as well. The generated counts are reordered to agree.
 */
function nestThresholds(out: Generated, framework: Framework, labels: readonly string[]): void {
  const OVER = /более\s+(\d+)\s*%/;
  const families = new Map<string, { code: string; over: number }[]>();
  for (const indicator of indicatorsOf(framework)) {
    const over = OVER.exec(indicator.label);
    if (!over || indicator.unit !== "count" || indicator.collectedPer !== "municipality") continue;
    const family = indicator.label.replace(OVER, "");
    families.set(family, [...(families.get(family) ?? []), { code: indicator.code, over: Number(over[1]) }]);
  }
  for (const members of families.values()) {
    if (members.length < 2) continue;
    const strictestFirst = [...members].sort((a, b) => b.over - a.over);
    for (const period of labels) {
      const at = (code: string) => out.values.get(keyOf({ code, field: "val", period }));
      const counts = strictestFirst.map((m) => at(m.code));
      if (!counts.every((count): count is number => typeof count === "number")) continue;
      const ascending = [...counts].sort((a, b) => a - b);
      strictestFirst.forEach((m, i) => out.set({ code: m.code, field: "val", period }, ascending[i]));
    }
  }
}

/**
 * Абинск's signs of difficult social conditions, as the demo's ШНСУ marks have them: a marked school
 * shows one sign more than the suggestion needs, any other school one sign fewer at most (a village
 * school is rural), so the suggestion and the marks agree.
 */
function agreeSocialSigns(out: Generated, framework: Framework, marks: OrgStatuses, labels: readonly string[]): void {
  const present = new Set(framework.systems.flatMap((s) => s.criteria.flatMap((c) => c.indicators.map((i) => i.code))));
  const codes = SOCIAL_SIGN_CODES.filter((code) => present.has(code));
  if (codes.length === 0) return;
  for (const [school] of marks.bySchool) {
    for (const period of labels) {
      const social = flagsIn(marks, school, period)?.shnsu === true;
      const village = /\s(с|д|п)\.\s/.test(school);
      codes.forEach((code, index) => {
        const yes = social ? index <= SOCIAL_SIGNS_AT_LEAST : index === 0 && village;
        out.set({ code, field: "val", period, school }, yes ? ru.layout.yes : ru.layout.no);
      });
    }
  }
}

/**
 * The demo's ШНОР and ШНСУ marks, as a methodologist would set them: ШНОР where the risk rule fires on
 * the results up to that period (the first period as the second, the rule needing two years), ШНСУ at
 * every other small school in a remote village («ООШ д. …»). Kindergartens are never marked.
 */
export function demoStatuses(
  periods: readonly Period[],
  schools: readonly string[],
  results: readonly ResultRow[] = demoResults(periods, schools),
): Map<string, Map<string, OrgFlags>> {
  const labels = periods.map((period) => period.label);
  const shnor = labels.map((_, p) => new Set(suggestedStatuses(results, labels.slice(0, Math.max(p + 1, 2)))));
  const marks = new Map<string, Map<string, OrgFlags>>();
  const villages = schools.filter((school) => /ООШ\s+д\./.test(school));
  for (const school of schools) {
    if (guessKind(school) !== "school") continue;
    const remote = villages.indexOf(school) % 2 === 0;
    marks.set(school, new Map(labels.map((label, p) => [label, { shnor: shnor[p].has(school), shnsu: remote }])));
  }
  return marks;
}

/** The frameworks a demo can be made of: every built-in one. */
export const DEMO_FRAMEWORK_IDS = ["asino", "tula", "abinsk", "taimyr"] as const;

/**
 * What `msoko demo` builds: the demo municipality with its data and procedure results, in portable
 * formulas, on the framework given (Асино by default).
 */
export function demoRequest(frameworkId: string = DEMO_FRAMEWORK_ID): BuildRequest {
  const framework = findFramework(frameworkId);
  const parsed = parsePeriods(DEMO_PERIODS.join(","));
  if (!framework || !parsed.ok) throw new Error(`Demo: framework ${frameworkId} or its periods are missing`);
  const results = demoResults(parsed.periods, DEMO_SCHOOLS);
  const medallists = demoMedallists(parsed.periods, DEMO_SCHOOLS);
  const statuses = demoStatuses(parsed.periods, DEMO_SCHOOLS, results);
  return {
    framework,
    periods: parsed.periods,
    municipality: DEMO_MUNICIPALITY,
    schools: DEMO_SCHOOLS,
    // The demo's organisations are ours: their kinds are known, not guessed.
    kinds: new Map(DEMO_SCHOOLS.map((school) => [school, guessKind(school)])),
    flavour: "portable",
    data: demoData(framework, parsed.periods, DEMO_SCHOOLS, results, medallists, statuses),
    // The region's and Russia's figures follow the schools' rows, as an import of ФИС ОКО leaves them.
    results: [...results, ...demoReferences(results)],
    medallists,
    statuses,
  };
}
