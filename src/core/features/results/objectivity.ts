import { ru } from "../../base/i18n/ru";
import { clean } from "../../base/math/rounding";
import { DEFAULT_RESULT_SETTINGS, Procedure, ResultRow, ResultSettings } from "../../base/model/results";
import { shareOf, sumBy, Totals } from "./risk";

/**
 * Signs that a school's ВПР results may need a closer look. Each is a prompt to check, with the
 * rule and the numbers behind it, never a verdict.
 */

export interface SignPlace {
  readonly school: string;
  readonly period: string;
  readonly subject: string;
  /** Empty when the sign covers all grades. */
  readonly grade: string;
}

/** ВПР marks not confirmed by term marks: (lowered + raised) ÷ participants × 100 above the threshold. */
export interface UnconfirmedSign extends SignPlace {
  readonly kind: "unconfirmed";
  readonly rule: string;
  readonly lowered: number;
  readonly confirmed: number;
  readonly raised: number;
  readonly participants: number;
  readonly unconfirmedShare: number;
  readonly threshold: number;
  readonly sentence: string;
}

/** Well above the municipality on ВПР quality, not above it on ОГЭ/ЕГЭ in the same subject and period. */
export interface VprAboveExamSign extends SignPlace {
  readonly kind: "vprAboveExam";
  readonly rule: string;
  readonly exam: Procedure;
  readonly vprQuality: number;
  readonly vprMunicipal: number;
  /** п.п. */
  readonly vprDifference: number;
  /** ОГЭ quality or ЕГЭ high-result share. */
  readonly examValue: number;
  readonly examMunicipal: number;
  readonly vprParticipants: number;
  readonly examParticipants: number;
  readonly sentence: string;
}

/** Too few participants to look for a sign: said, not silently dropped. */
export interface SmallSampleSign extends SignPlace {
  readonly kind: "smallSample";
  readonly procedure: Procedure;
  readonly participants: number;
  readonly sentence: string;
}

export type ObjectivitySign = UnconfirmedSign | VprAboveExamSign | SmallSampleSign;

const SEP = "\u0000";
const subjectKey = (subject: string) => subject.trim().toLowerCase();

function unconfirmedSigns(rows: readonly ResultRow[], settings: ResultSettings): ObjectivitySign[] {
  const signs: ObjectivitySign[] = [];
  const isDefault = settings.unconfirmedAbove === DEFAULT_RESULT_SETTINGS.unconfirmedAbove;
  for (const row of rows) {
    const c = row.confirmation;
    if (row.procedure !== "ВПР" || row.notHeld || !c) continue;
    const participants = c.lowered + c.confirmed + c.raised;
    if (participants === 0) continue;
    const place = { school: row.school, period: row.period, subject: row.subject, grade: row.grade };
    const where = ru.risk.place(row.school, row.subject, row.grade, row.period);
    if (participants < settings.smallSample) {
      const sentence = ru.risk.objectivitySmall(where, "ВПР", participants, settings.smallSample);
      signs.push({ kind: "smallSample", ...place, procedure: "ВПР", participants, sentence });
      continue;
    }
    const unconfirmedShare = shareOf(c.lowered + c.raised, participants);
    if (unconfirmedShare <= settings.unconfirmedAbove) continue;
    signs.push({
      kind: "unconfirmed",
      ...place,
      rule: ru.risk.unconfirmedRule(settings.unconfirmedAbove, isDefault),
      lowered: c.lowered,
      confirmed: c.confirmed,
      raised: c.raised,
      participants,
      unconfirmedShare,
      threshold: settings.unconfirmedAbove,
      sentence: ru.risk.unconfirmed(
        where,
        unconfirmedShare,
        c.lowered,
        c.raised,
        participants,
        settings.unconfirmedAbove,
      ),
    });
  }
  return signs;
}

function vprAboveExamSigns(rows: readonly ResultRow[], settings: ResultSettings): ObjectivitySign[] {
  const bySchool = sumBy(rows, settings, (r) => [r.procedure, r.period, subjectKey(r.subject), r.school].join(SEP));
  const byMunicipality = sumBy(rows, settings, (r) => [r.procedure, r.period, subjectKey(r.subject)].join(SEP));
  const subjectName = new Map(rows.map((r) => [subjectKey(r.subject), r.subject]));
  const isDefault = settings.vprAboveMunicipality === DEFAULT_RESULT_SETTINGS.vprAboveMunicipality;
  const signs: ObjectivitySign[] = [];
  const quality = (t: Totals) => shareOf(t.good, t.total);
  for (const [key, vpr] of bySchool) {
    const [procedure, period, subject, school] = key.split(SEP);
    if (procedure !== "ВПР" || vpr.total === 0) continue;
    const name = subjectName.get(subject) ?? subject;
    const where = ru.risk.place(school, name, "", period);
    const place = { school, period, subject: name, grade: "" };
    if (vpr.total < settings.smallSample) {
      const sentence = ru.risk.objectivitySmall(where, "ВПР", vpr.total, settings.smallSample);
      signs.push({ kind: "smallSample", ...place, procedure: "ВПР", participants: vpr.total, sentence });
      continue;
    }
    const municipalVpr = byMunicipality.get(["ВПР", period, subject].join(SEP));
    if (!municipalVpr) continue;
    const vprQuality = quality(vpr);
    const vprMunicipal = quality(municipalVpr);
    const vprDifference = clean(vprQuality - vprMunicipal);
    if (vprDifference <= settings.vprAboveMunicipality) continue;
    for (const exam of ["ОГЭ", "ЕГЭ"] as const) {
      const own = bySchool.get([exam, period, subject, school].join(SEP));
      const municipal = byMunicipality.get([exam, period, subject].join(SEP));
      if (!own || !municipal || own.total === 0) continue;
      if (own.total < settings.smallSample) {
        const sentence = ru.risk.objectivitySmall(where, exam, own.total, settings.smallSample);
        signs.push({ kind: "smallSample", ...place, procedure: exam, participants: own.total, sentence });
        continue;
      }
      const examValue = quality(own);
      const examMunicipal = quality(municipal);
      if (examValue > examMunicipal) continue;
      const measure = ru.risk.examMeasure(exam === "ЕГЭ", settings.egeHighFrom);
      signs.push({
        kind: "vprAboveExam",
        ...place,
        rule: ru.risk.vprAboveRule(settings.vprAboveMunicipality, isDefault),
        exam,
        vprQuality,
        vprMunicipal,
        vprDifference,
        examValue,
        examMunicipal,
        vprParticipants: vpr.total,
        examParticipants: own.total,
        sentence: ru.risk.vprAbove(where, vprQuality, vprMunicipal, exam, measure, examValue, examMunicipal),
      });
    }
  }
  return signs;
}

/**
 * Objectivity signs: (a) ВПР marks not confirmed by term marks above `settings.unconfirmedAbove` %,
 * per row; (b) ВПР quality more than `settings.vprAboveMunicipality` п.п. above the pooled
 * municipality while ОГЭ/ЕГЭ in the same subject and period is not above it. Medallists are not
 * checked: result rows do not carry them.
 */
export function objectivitySigns(
  rows: readonly ResultRow[],
  settings: ResultSettings = DEFAULT_RESULT_SETTINGS,
): ObjectivitySign[] {
  return [...unconfirmedSigns(rows, settings), ...vprAboveExamSigns(rows, settings)];
}
