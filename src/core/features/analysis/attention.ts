import { reportTexts } from "../../base/i18n/report";
import { riskRulesText } from "../../base/i18n/riskRules";
import { medallistSigns } from "../results/medallists";
import type { MedallistRow, Procedure, ResultRow, ResultSettings } from "../../base/model/results";
import { objectivitySigns } from "../results/objectivity";
import { riskFlags } from "../results/risk";
import { stableGoodSchools } from "../results/stable";
import type { ProcedureResults } from "./procedureResults";
import { DEFAULT_SIGNIFICANCE, type SignificanceRule } from "../../base/model/results";

/**
 * «Школы, требующие внимания», defined once for the whole справка: a school is on the list when the
 * risk rule for low results fires, when its results show a sign to check for objectivity (ВПР or
 * medallists), or when its results fell markedly and stand below the municipality. The list is
 * computed here and every part of the справка names the same schools for the same reasons. A school
 * on it is never offered as a model; its steady strengths elsewhere are said beside its reasons.
 */

export type ReasonKind = "risk" | "objectivity" | "falling";

export interface AttentionReason {
  readonly kind: ReasonKind;
  readonly procedure: Procedure | "медалисты";
  /** Short, for the summary and the list: «риск низких результатов по ВПР (доля «2» …)». */
  readonly text: string;
  /** The full finding with its numbers and rule, for the procedures section. */
  readonly detail: string;
  /** The subject an objectivity sign is about. */
  readonly subject?: string;
  /** A risk's work: «ЕГЭ, русский язык», «ВПР, 4 класс, математика». */
  readonly where?: string;
}

export interface AttentionSchool {
  readonly school: string;
  readonly reasons: readonly AttentionReason[];
  /** Procedures where the school's results stay above the municipality: «ЕГЭ». */
  readonly strengths: readonly string[];
}

export interface ModelSchool {
  readonly school: string;
  readonly procedure: Procedure;
  readonly detail: string;
  /** The latest period: the school's value and the municipality's (quality, or ЕГЭ high results), percent. */
  readonly value: number;
  readonly municipal: number;
}

export interface SchoolFindings {
  readonly attention: readonly AttentionSchool[];
  readonly models: readonly ModelSchool[];
}

const t = reportTexts.attention;

/** Schools whose key result fell by more than the rule's school fall and stands below the municipality. */
function falling(results: ProcedureResults, rule: SignificanceRule): { school: string; reason: AttentionReason }[] {
  const found: { school: string; reason: AttentionReason }[] = [];
  for (const block of results.procedures) {
    const municipal = block.total[block.total.length - 1]?.[block.rankedBy];
    if (municipal === undefined) continue;
    for (const school of block.schools) {
      if (school.smallSample || !school.previous || school.previous.participants < results.smallSample) continue;
      const [before, now] = [school.previous[block.rankedBy], school.figures[block.rankedBy]];
      if (before === undefined || now === undefined) continue;
      if (before - now < rule.schoolFallPoints || now >= municipal) continue;
      const text = t.falling(block.procedure, block.rankedBy, before, now, municipal);
      found.push({
        school: school.school,
        reason: { kind: "falling", procedure: block.procedure, text, detail: text },
      });
    }
  }
  return found;
}

export function schoolFindings(
  rows: readonly ResultRow[],
  medallists: readonly MedallistRow[],
  results: ProcedureResults,
  settings: ResultSettings,
  rule: SignificanceRule = DEFAULT_SIGNIFICANCE,
): SchoolFindings {
  const { periods } = results;
  const inWindow = rows.filter((row) => periods.includes(row.period) && !row.level);
  const reasons = new Map<string, AttentionReason[]>();
  const add = (school: string, reason: AttentionReason) =>
    reasons.set(school, [...(reasons.get(school) ?? []), reason]);

  for (const flag of riskFlags(inWindow, periods, settings)) {
    if (flag.kind !== "risk") continue;
    const years = flag.years.filter((year) => year.risky);
    const short = flag.line === "other" ? flag.procedure : riskRulesText.short[flag.line];
    const where = riskRulesText.where(short, flag.subject);
    add(flag.school, {
      kind: "risk",
      procedure: flag.procedure,
      text: t.risk(where, years, flag.years.length, flag.procedure === "ЕГЭ", settings.egeHighFrom),
      detail: flag.sentence,
      where,
    });
  }
  for (const sign of objectivitySigns(inWindow, settings)) {
    if (sign.kind === "smallSample") continue;
    const short =
      sign.kind === "unconfirmed"
        ? t.unconfirmed(sign.subject, sign.grade, sign.period, sign.unconfirmedShare)
        : t.vprAbove(sign.subject, sign.period, sign.vprDifference, sign.exam);
    add(sign.school, {
      kind: "objectivity",
      procedure: "ВПР",
      text: short,
      detail: sign.sentence,
      subject: sign.subject,
    });
  }
  for (const sign of medallistSigns(
    medallists.filter((row) => row.period === periods[periods.length - 1]),
    settings,
  )) {
    add(sign.school, {
      kind: "objectivity",
      procedure: "медалисты",
      text: t.medallists(sign.below, sign.medallists, sign.period),
      detail: sign.sentence,
    });
  }
  for (const { school, reason } of falling(results, rule)) add(school, reason);

  const stable = stableGoodSchools(inWindow, periods, settings);
  const order = [...reasons.keys()];
  const rank = (school: string) => {
    const kinds = reasons.get(school)!.map((reason) => reason.kind);
    return kinds.includes("risk") ? 0 : kinds.includes("objectivity") ? 1 : 2;
  };
  const attention = order
    .sort(
      (a, b) =>
        rank(a) - rank(b) || reasons.get(b)!.length - reasons.get(a)!.length || order.indexOf(a) - order.indexOf(b),
    )
    .map((school) => ({
      school,
      reasons: reasons.get(school)!,
      strengths: stable.filter((item) => item.school === school).map((item) => item.procedure),
    }));
  const models = stable
    .filter((item) => !reasons.has(item.school))
    .map((item) => {
      const last = item.periods[item.periods.length - 1];
      return {
        school: item.school,
        procedure: item.procedure,
        detail: item.sentence,
        value: last.value,
        municipal: last.municipal,
      };
    });
  return { attention, models };
}
