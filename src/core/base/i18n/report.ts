import { DEFAULT_SIGNIFICANCE } from "../model/results";
import type { RiskYear } from "../model/results";
import type { Actor } from "../model/terms";
import type { SignificanceRule } from "../model/results";
import type { Trend } from "../math/trend";
import { countOf, formatNumber, formatPercent, formatPlain, formatPoints, NounForms, plural } from "../text/format";
import { capitalise, type CountedNoun, inSentence, listWithAnd, partOfWhole } from "../text/grammar";

/**
 * The справка's words: sections, summary, procedure results, schools needing attention,
 * recommendations, decisions; and the labels of the significance rule on «Пороги результатов».
 * Texts are final: numbers formatted, non-breaking spaces in place, a true minus in every change.
 */

const NBSP = "\u00a0";

const INDICATORS: NounForms = ["показатель", "показателя", "показателей"];
const INDICATORS_GENITIVE: NounForms = ["показателя", "показателей", "показателей"];
const SYSTEMS_GENITIVE: NounForms = ["системы", "систем", "систем"];
const PARTICIPANTS: NounForms = ["участник", "участника", "участников"];
const SCORES_GENITIVE: NounForms = ["балла", "баллов", "баллов"];
const fromScore = (score: number) => `от ${score}${NBSP}${plural(score, SCORES_GENITIVE)}`;

const INDICATOR_NOUN: CountedNoun = {
  genitive: ["показателя", "показателей", "показателей"],
  dative: ["показателю", "показателям", "показателям"],
};

export type Measure = "quality" | "highShare" | "lowShare";

/** The measure's name inside a sentence. */
function measureName(measure: Measure, ege = false, highFrom = 81): string {
  if (measure === "quality") return "качество знаний";
  if (measure === "highShare") return ege ? `доля результатов ${fromScore(highFrom)}` : "доля «5»";
  return ege ? "доля не преодолевших минимальный порог" : "доля «2»";
}

const periodIn = (period: string) => (period.includes("/") ? `в ${period} учебном году` : `в ${period} году`);
const list = listWithAnd;
const stripDot = (text: string) => text.trim().replace(/[.;]+$/, "");

export type SignificanceKey =
  | "significantSharePoints"
  | "significantCountPercent"
  | "significantCountMinimum"
  | "significantScorePoints"
  | "schoolFallPoints";

const ACTORS_TO: Readonly<Record<Actor, string>> = {
  "управление образования": "Управлению образования",
  ИМЦ: "Информационно-методическому центру",
  "руководители ОО": "Руководителям ОО",
  педагоги: "Педагогам",
  родители: "Родителям",
};

export const reportTexts = {
  academicYear: (period: string) => `${period} учебный год`,
  calendarYear: (period: string) => `${period} год`,
  title: {
    authority: "Управление образования",
    title: (period: string) =>
      `Аналитическая справка по результатам функционирования муниципальной системы оценки качества образования за ${period}`,
    preparedBy: (name: string) => `Исполнитель: ${name}`,
  },
  sections: {
    summary: "Основные выводы",
    procedures: "Результаты оценочных процедур",
    systems: "Результаты по системам МСОКО",
    recommendations: "Адресные рекомендации",
    decisions: "Управленческие решения",
    effect: "Оценка эффективности принятых мер",
    appendix: "Приложение. Значения показателей по системам",
  },
  summary: {
    noData:
      "Данных для анализа нет: значения показателей и результаты оценочных процедур в книгу не внесены, поэтому выводы и рекомендации не сформированы.",
    intro: (indicators: number, systems: number, withData: number, periods: readonly string[]) =>
      `Проанализированы значения ${withData === indicators ? "всех" : `${formatPlain(withData)} из`} ${formatPlain(indicators)}${NBSP}${plural(indicators, INDICATORS_GENITIVE)} ${formatPlain(systems)}${NBSP}${plural(systems, SYSTEMS_GENITIVE)} МСОКО за ${periods.length > 1 ? `${periods[0]}–${periods[periods.length - 1]}` : periods[0]}${periods[0]?.includes("/") ? (periods.length > 1 ? " учебные годы" : " учебный год") : periods.length > 1 ? " годы" : " год"}; значимыми считаются изменения сверх порогов, указанных в разделе «Результаты по системам МСОКО».`,
    changes: "Наиболее значимые изменения",
    before: "Было",
    after: "Стало",
    noChanges: "Значимых изменений показателей за период нет.",
    objectivity: "Объективность результатов",
    noObjectivity:
      "По собственному расчёту книги признаков, требующих проверки объективности результатов, не выявлено.",
    objectivityLine: (schools: readonly string[]) =>
      `По собственному расчёту книги признаки, требующие проверки объективности (повод для проверки, а не вывод): ${schools.join(", ")}; правила и числа — в разделе «Результаты оценочных процедур».`,
    proposals: "Предлагаемые решения",
    noProposals: "Поводов для управленческих решений по данным нет.",
    proposal: (text: string, responsible: string, deadline: string) =>
      `${stripDot(text)} — ${responsible}, ${deadline}${deadline.endsWith(".") ? "" : "."}`,
  },
  officialList: {
    title: "Объективность результатов",
    /** «По официальному списку ФИС ОКО в 2025/2026 учебном году в список ОО … вошли: А (4 РУ, 5 МА), Б (4 МА).» */
    period: (period: string, schools: readonly { readonly school: string; readonly works?: string }[]) =>
      schools.length === 0
        ? `По официальному списку ФИС ОКО (ФИОКО) ${periodIn(period)} ни одна ОО муниципалитета в список ОО с признаками необъективных результатов не вошла.`
        : `По официальному списку ФИС ОКО (ФИОКО) ${periodIn(period)} в список ОО с признаками необъективных результатов ${schools.length === 1 ? "вошла" : "вошли"}: ${schools.map((item) => (item.works ? `${item.school} (${item.works})` : item.school)).join(", ")}.`,
    ownSigns:
      "Признаки, которые книга вычисляет сама по результатам процедур (см. «Школы, требующие внимания»), — собственный расчёт книги: это повод для проверки, а не официальный список, и они могут с ним не совпадать.",
  },
  attention: {
    title: "Школы, требующие внимания",
    definition: (fallPoints: number) =>
      `Это ОО, где по результатам оценочных процедур сработало правило риска низких результатов (ШНОР), выявлены признаки, требующие проверки объективности, или результат процедуры снизился на ${formatPlain(fallPoints)}${NBSP}п.п. и более и стал ниже муниципального.`,
    noResults: "Результаты оценочных процедур в книгу не внесены, поэтому школы, требующие внимания, не определялись.",
    none: "Школ, требующих внимания, по результатам оценочных процедур нет.",
    line: (school: string, reasons: readonly string[], strengths: readonly string[]) =>
      `${school}: ${reasons.join("; ")}${strengths.length > 0 ? `; при этом по ${strengths.join(", ")} результаты три периода подряд выше муниципальных` : ""}.`,
    strengths: (procedures: readonly string[]) =>
      `При этом по ${procedures.join(", ")} результаты школы три периода подряд выше муниципальных; опыт по этим процедурам не рекомендуется к распространению, пока не сняты поводы для внимания.`,
    modelsTitle: "Школы с устойчиво высокими результатами",
    noModels: "Школ с устойчиво высокими результатами за три периода, не требующих внимания, нет.",
    /** «ЕГЭ, русский язык: 2 из 3 лет — 2022/2023, 2024/2025: нет результатов от 81 балла». */
    risk: (where: string, years: readonly RiskYear[], window: number, ege: boolean, highFrom: number) => {
      const groups: { periods: string[]; text: string }[] = [];
      for (const year of years) {
        const text = [
          ...(year.twosFired ? [`${measureName("lowShare", ege)} ${formatPercent(year.shareOfTwos)}`] : []),
          ...(year.noTopFired ? [ege ? `нет результатов ${fromScore(highFrom)}` : "нет «5»"] : []),
        ].join(", ");
        const same = groups.find((group) => group.text === text);
        if (same) same.periods.push(year.period);
        else groups.push({ periods: [year.period], text });
      }
      return `риск низких результатов, ${where}: ${formatPlain(years.length)} из ${formatPlain(window)} лет (${groups
        .map((group) => `${group.periods.join(", ")} — ${group.text}`)
        .join("; ")})`;
    },
    /** The summary's line: a school's risks by procedure, the works named. */
    riskGroup: (procedure: string, works: readonly string[]) =>
      `риск низких результатов по ${procedure}${works.length > 0 ? ` (${works.map(inSentence).join("; ")})` : ""}`,
    unconfirmed: (subject: string, grade: string, period: string, share: number) =>
      `признак необъективности ВПР (${inSentence(subject)}${grade ? `, ${grade}${NBSP}класс` : ""}, ${period}): отметки не подтверждены отметками в журнале у ${formatPercent(share)} участников`,
    vprAbove: (subject: string, period: string, difference: number, exam: string) =>
      `признак необъективности ВПР (${inSentence(subject)}, ${period}): качество знаний по ВПР на ${formatNumber(difference)}${NBSP}п.п. выше муниципального, а по ${exam} — не выше`,
    medallists: (below: number, total: number, period: string) =>
      below === 1 && total === 1
        ? `у единственного медалиста ${period} результат ГИА-11 ниже ожидаемого`
        : `у ${formatPlain(below)} из ${formatPlain(total)}${NBSP}${plural(total, ["медалиста", "медалистов", "медалистов"])} ${period} результат ГИА-11 ниже ожидаемого`,
    objectivityGroup: (subjects: readonly string[], count: number) =>
      `признаки необъективности ВПР (${subjects.map(inSentence).join(", ")}: ${countOf(count, ["признак", "признака", "признаков"])})`,
    model: (
      school: string,
      items: readonly { procedure: string; measure: string; value: number; municipal: number }[],
    ) =>
      `${school}: ${items
        .map(
          (item) =>
            `${item.procedure} — ${item.measure} ${formatPercent(item.value)} при ${formatPercent(item.municipal)} по муниципалитету`,
        )
        .join("; ")}.`,
    modelsNote: (periods: number) =>
      `Результаты этих ОО выше муниципальных ${periods} периода подряд при достаточном числе участников и без признаков риска; приведены значения последнего года.`,
    falling: (procedure: string, measure: Measure, from: number, to: number, municipal: number) =>
      `снижение результатов ${procedure}: ${measureName(measure, procedure === "ЕГЭ")} с ${formatPercent(from)} до ${formatPercent(to)} (${formatPoints(to - from)}), ниже муниципального значения ${formatPercent(municipal)}`,
  },
  findings: {
    ofOrganisations: (part: string, whole: string, percent: string) => `${part} из ${whole}${NBSP}ОО (${percent})`,
    value: (subject: string, verb: string, value: string) => `${subject} ${verb} ${value}.`,
    noData: (subject: string) => `${subject}: данных нет.`,
    yesNo: (subject: string, from: string, to: string) => `${subject}: было «${from}», стало «${to}».`,
    yesNoSame: (subject: string, value: string) => `${subject}: «${value}», без изменений.`,
    unchanged: (subject: string, verb: string, value: string) => `${subject} ${verb} и составляет ${value}.`,
    change: (subject: string, verb: string, from: string, to: string, delta: string, how: string) =>
      `${subject} ${verb} с ${from} до ${to} (${delta})${how ? ` — ${how}` : ""}.`,
    changeOfOrganisations: (subject: string, verb: string, from: string, to: string, delta: string, how: string) =>
      `${subject} ${verb} с ${from} до ${to.replace(/\)$/, `; ${delta})`)}${how ? ` — ${how}` : ""}.`,
    missedTarget: (subject: string, value: string, target: string) =>
      `${subject}: ${value} при целевом значении ${target}, цель не достигнута.`,
    better: "положительная динамика",
    worse: "отрицательная динамика",
    notSignificant: "ниже порога значимости",
    unstable: (subject: string, series: string) =>
      `${subject}: ${series} — нестабильно, направление изменений менялось.`,
    targetMissed: (target: string) => `Целевое значение ${target} не достигнуто.`,
    basisChange: (subject: string, rose: boolean, from: string, to: string, delta: string, target?: string) =>
      `${subject}: ${rose ? "рост" : "снижение"} с ${from} до ${to} (${delta})${target ? `; цель ${target} не достигнута` : ""}.`,
    schools: (parts: string) => `По ОО: ${parts}.`,
    schoolsFall: (count: string, total: string) => `значимое снижение в ${count} из ${total}`,
    schoolsRise: (count: string, total: string) => `значимый рост в ${count} из ${total}`,
  },
  results: {
    none: "Результаты оценочных процедур (ВПР, ОГЭ, ЕГЭ) в книгу не внесены.",
    intro: (smallSample: number) =>
      `Муниципальные значения рассчитаны по сумме участников всех ОО (не как среднее по школам). ОО, где участников меньше ${formatPlain(smallSample)}, отмечены знаком «*»: их доли неустойчивы, поэтому они не ранжируются.`,
    overview: (
      procedure: string,
      period: string,
      now: { participants: number; lowShare?: number; quality?: number; success?: number; highShare?: number },
      before: { participants: number; lowShare?: number; quality?: number; highShare?: number } | undefined,
      previousPeriod: string | undefined,
      ranked: "quality" | "highShare",
    ) => {
      const ege = procedure === "ЕГЭ";
      const with_ = (value: number | undefined, was: number | undefined) =>
        value === undefined
          ? "—"
          : `${formatPercent(value)}${was === undefined ? "" : ` (${formatPoints(value - was)} к ${previousPeriod})`}`;
      const parts = [
        `${measureName(ranked, ege)} — ${with_(now[ranked], before?.[ranked])}`,
        ...(ege ? [] : [`успеваемость — ${now.success === undefined ? "—" : formatPercent(now.success)}`]),
        `${measureName("lowShare", ege)} — ${with_(now.lowShare, before?.lowShare)}`,
      ];
      return `${procedure} ${periodIn(period)}: ${formatNumber(now.participants, 0)}${NBSP}${plural(now.participants, PARTICIPANTS)}, ${parts.join(", ")}.`;
    },
    bestWorst: (measure: "quality" | "highShare", best: readonly string[], worst: readonly string[]) =>
      measure === "quality"
        ? `Наиболее высокое качество знаний — в ${list(best)}; наиболее низкое — в ${list(worst)}.`
        : `Наибольшая доля высоких результатов — в ${list(best)}; наименьшая — в ${list(worst)}.`,
    marksSubjectHeader: [
      "Предмет",
      "Год",
      "Участники",
      "«2», %",
      "Качество знаний, %",
      "Успеваемость, %",
      "Средний балл",
      "«5», %",
    ],
    marksLineHeader: [
      "Предмет, класс",
      "Год",
      "Участники",
      "«2», %",
      "Качество знаний, %",
      "Успеваемость, %",
      "Средний балл",
      "«5», %",
    ],
    egeLineHeader: (highFrom: number) => [
      "Предмет",
      "Год",
      "Участники",
      "Ниже минимума, %",
      `${fromScore(highFrom)}, %`.replace(/^о/, "О"),
    ],
    marksSchoolHeader: [
      "ОО",
      "Участники",
      "«2», %",
      "Качество знаний, %",
      "Успеваемость, %",
      "Средний балл",
      "Качество к прошлому году, п.п.",
    ],
    egeSchoolHeader: (highFrom: number) => [
      "ОО",
      "Участники",
      "Ниже минимума, %",
      `${fromScore(highFrom)}, %`.replace(/^о/, "О"),
      "Изменение к прошлому году, п.п.",
    ],
    subjectGrade: (subject: string, grade: string) => `${subject}, ${grade}${NBSP}кл.`,
    linesCaption: (procedure: string, grades: boolean) =>
      `${procedure}: муниципальные результаты по предметам${grades ? " и классам" : ""} за три года`,
    schoolsCaption: (procedure: string, period: string, hasSmall: boolean, smallSample: number) =>
      `${procedure}, ${period}: результаты по ОО, все предметы${hasSmall ? `; * — участников меньше ${formatPlain(smallSample)}, не ранжируется` : ""}`,
    chartTitle: (procedure: string, measure: "quality" | "highShare") =>
      `${procedure}: ${measureName(measure, procedure === "ЕГЭ")} и ${measureName("lowShare", procedure === "ЕГЭ")} по годам, %`,
    measureNameInText: (measure: Measure, ege = false) => measureName(measure, ege),
    measureName: (measure: Measure, ege = false) => {
      const name = measureName(measure, ege);
      return name[0].toUpperCase() + name.slice(1);
    },
    rules: (rules: readonly string[]) =>
      `Применённые правила: ${rules.map((rule) => inSentence(stripDot(rule))).join("; ")}.`,
    /** Header of a table's first column. */
    work: (grades: boolean) => (grades ? "Предмет, класс" : "Предмет"),
    measureHeader: (measure: Measure, ege: boolean, highFrom: number) =>
      `${capitalise(measure === "highShare" && ege ? fromScore(highFrom) : measureName(measure, ege))}, %`,
    participants: "Участники",
    lowHeader: (ege: boolean) => (ege ? "Ниже минимума, %" : "«2», %"),
    topHeader: "«5», %",
    successHeader: "Успеваемость, %",
    averageHeader: "Средний балл",
    linesTitle: (procedure: string, grades: boolean, last: string) =>
      `${procedure}: результаты муниципалитета по предметам${grades ? " и классам" : ""} (участники и доли — ${last})`,
    compareTitle: (procedure: string, period: string) => `${procedure}, ${period}: муниципалитет, регион и Россия`,
    levels: { municipality: "МО", region: "регион", russia: "РФ" },
    /** «В целом качество знаний — 48,4 % при 50,3 % по региону и 49,0 % по России.» */
    totalsCompared: (name: string, municipal: number, region?: number, russia?: number) => {
      const refs = [
        ...(region !== undefined ? [`${formatPercent(region)} по региону`] : []),
        ...(russia !== undefined ? [`${formatPercent(russia)} по России`] : []),
      ];
      return `В целом ${name} — ${formatPercent(municipal)}${refs.length > 0 ? ` при ${list(refs)}` : ""}.`;
    },
    /** Works where the municipality stands notably off the region, or the sentence that it does not. */
    regionGap: (
      name: string,
      gap: number,
      below: readonly { work: string; value: number; region: number }[],
      above: readonly { work: string; value: number; region: number }[],
    ) => {
      const items = (rows: readonly { work: string; value: number; region: number }[]) =>
        rows
          .map((row) => `${inSentence(row.work)} — ${formatPercent(row.value)} при ${formatPercent(row.region)}`)
          .join("; ");
      const limit = `${formatPlain(gap)}${NBSP}п.п.`;
      if (below.length === 0 && above.length === 0) {
        // The abbreviation's point ends the sentence.
        return `По всем предметам ${name} отличается от регионального не более чем на ${limit}`;
      }
      return [
        ...(below.length > 0 ? [`${capitalise(name)} ниже регионального более чем на ${limit}: ${items(below)}.`] : []),
        ...(above.length > 0 ? [`Выше регионального более чем на ${limit}: ${items(above)}.`] : []),
      ].join(" ");
    },
    best: "Наиболее высокие результаты",
    worst: "Наиболее низкие результаты",
    small: (smallSample: number) => `Участников меньше ${formatPlain(smallSample)} — не ранжируются`,
    allSchools: "Муниципалитет, все ОО",
    schoolsTitle: (procedure: string, period: string) =>
      `${procedure}, ${period}: ОО с наиболее высокими и наиболее низкими результатами, все предметы`,
    changeHeader: (measure: Measure, ege: boolean, previous: string, highFrom: number) =>
      `${measure === "quality" ? "Качество" : ege ? `Доля от${NBSP}${highFrom}` : "Доля"} к${NBSP}${previous}, п.п.`,
    bestNames: (measure: "quality" | "highShare", best: readonly string[], worst: readonly string[]) =>
      measure === "quality"
        ? `Наиболее высокое качество знаний — в ${list(best)}; наиболее низкое — в ${list(worst)}.`
        : `Наибольшая доля высоких результатов — в ${list(best)}; наименьшая — в ${list(worst)}.`,
    attentionHeader: ["ОО", "Что выявлено"],
    modelsHeader: (procedures: readonly string[]) => ["ОО", ...procedures],
  },
  systems: {
    chartTitle: (system: string) => `${system}: доли со значимыми изменениями по годам, %`,
    rule: (rule: SignificanceRule) =>
      `Изменение считается значимым, если доля изменилась более чем на ${formatPlain(rule.sharePoints)}${NBSP}п.п., количество — более чем на ${formatPlain(rule.countPercent)}${NBSP}% и не менее чем на ${formatPlain(rule.countMinimum)}${NBSP}ед., балл или среднее значение — более чем на ${formatPlain(rule.scorePoints).replace(".", ",")}. Меньшие изменения не считаются ни ростом, ни снижением; по этому правилу определены и динамика, и тенденция, и оценка каждого показателя. Доли приведены в процентах, их изменения — в процентных пунктах (п.п.), изменения количеств — в процентах.`,
    goal: (goal: string, count: number) => `${count > 1 ? "Основная цель" : "Цель"}: ${inSentence(stripDot(goal))}.`,
    groups: {
      declined: "Значимое ухудшение",
      improved: "Значимое улучшение",
      changed: "Значимое изменение",
      unstable: "Нестабильно: направление изменений менялось",
      notReached: "Без значимых изменений, цель не достигнута",
    },
    /** «Доля …, показавших … (−2,3 п.п.), по ОО: значимое снижение в 6 ОО из 11.» — what the table does not show. */
    schoolsLine: (subject: string, delta: string, schools: string) =>
      `${subject} (${delta}): ${schools.replace(/^По ОО: /, "по ОО — ")}`,
    missed: (missed: number, withTarget: number) =>
      `Целевые значения не достигнуты ${partOfWhole(missed, withTarget, INDICATOR_NOUN, formatPlain)} с заданной целью.`,
    rest: (quiet: number, empty: number, table: string) =>
      `${[
        ...(quiet > 0
          ? [`без значимых изменений при достигнутой или не заданной цели — ${countOf(quiet, INDICATORS)}`]
          : []),
        ...(empty > 0
          ? [
              `данных нет — по ${formatPlain(empty)}${NBSP}${plural(empty, ["показателю", "показателям", "показателям"])}`,
            ]
          : []),
      ]
        .join("; ")
        .replace(/^./, (first) => first.toUpperCase())} (все значения — в приложении, ${table}).`,
  },
  verdicts: {
    improved: "улучшение",
    declined: "ухудшение",
    stable: "без значимых изменений",
    unstable: "нестабильно",
    changed: "изменение",
    insufficient: "мало данных",
    notReached: "цель не достигнута",
  },
  trends: { rise: "рост", fall: "снижение", stable: "стабильно", unstable: "нестабильно" } as Readonly<
    Record<Trend, string>
  >,
  tables: {
    indicator: "Показатель",
    unit: "Ед.",
    change: "Изменение",
    trend: "Тенденция",
    target: "Цель",
    status: "Статус",
    verdict: "Оценка",
  },
  recommendations: {
    none: "Поводов для адресных рекомендаций по данным нет.",
    to: ACTORS_TO,
    header: ["№", "Рекомендация", "Основание", "Срок, ответственный"],
    sameBasis: (index: number) => `Как в п.${NBSP}${index}.`,
    basisIn: (basis: string, section: string) => `${stripDot(basis)} (раздел${NBSP}${section}).`,
    responsible: (actor: Actor, named: boolean): string => {
      switch (actor) {
        case "управление образования":
          return "управление образования";
        case "ИМЦ":
          return "руководитель ИМЦ";
        case "руководители ОО":
          return named ? "руководители названных ОО" : "руководители ОО";
        case "педагоги":
          return named
            ? "руководители названных ОО, руководители методических объединений"
            : "руководители методических объединений";
        case "родители":
          return "руководители ОО";
      }
    },
    codes: {
      risk: "ШНОР",
      objectivity: "ВПР",
      medallists: "Медалисты",
      falling: "Результаты процедур",
      models: "Опыт ОО",
    },
    riskSupport: (schools: string) =>
      `Включить ${schools} в перечень ОО, получающих адресную поддержку, и утвердить для каждой план повышения качества образования с ежеквартальным мониторингом выполнения.`,
    riskMethod: (schools: string, models: string) =>
      `Организовать методическое сопровождение педагогов ${schools} по предметам с высокой долей неудовлетворительных результатов${models ? `, закрепив за ними наставников из ${models}` : ""}.`,
    objectivity: (schools: string) =>
      `Обеспечить присутствие независимых наблюдателей при проведении ВПР в ${schools}, организовать перекрёстную проверку работ и сверку отметок ВПР с отметками в журнале.`,
    medallists: (schools: string) =>
      `Сверить итоговые отметки медалистов с результатами ГИА-11 и рассмотреть расхождения на педагогическом совете (${schools}).`,
    falling: (schools: string) =>
      `Рассмотреть причины снижения результатов на педагогическом совете и включить меры по их устранению в план внутренней системы оценки качества образования (${schools}).`,
    models: (schools: string, procedures: string, forAttention: boolean) =>
      `Организовать на базе ${schools} обмен опытом подготовки к ${procedures}${forAttention ? " для педагогов школ, требующих внимания" : ""}.`,
    modelsBasis: (procedures: string) =>
      `Результаты ${procedures} этих ОО три периода подряд выше муниципальных (раздел «Результаты оценочных процедур»).`,
    riskBasis: (items: readonly { procedure: string; count: number }[]) =>
      `Правило риска низких результатов (ШНОР) сработало ${items
        .map((item, i) => `по ${item.procedure}${i > 0 ? " —" : ""} в ${formatPlain(item.count)}${NBSP}ОО`)
        .join(", ")} (раздел «Результаты оценочных процедур»).`,
    objectivityBasis: (items: readonly { school: string; subjects: readonly string[]; count: number }[]) =>
      `Признаки необъективности ВПР: ${items
        .map(
          (item) =>
            `${item.school} (${item.subjects.filter(Boolean).map(inSentence).join(", ")}; ${countOf(item.count, ["признак", "признака", "признаков"])})`,
        )
        .join(", ")}.`,
    lowSchoolsBasis: (label: string, schools: string) =>
      `«${stripDot(label)}»: значимое снижение до значения ниже муниципального в ${schools}.`,
  },
  decisions: {
    none: (period: string, proposals: number) =>
      proposals > 0
        ? `Решений, принятых по итогам анализа за ${period}, пока нет; предложения справки (${formatPlain(proposals)}) внесены в реестр управленческих решений со статусом «предложено».`
        : `Решений, принятых по итогам анализа за ${period}, нет.`,
    header: ["№", "Решение", "Ответственный", "Срок"],
    noEffect: "Решений прошлых периодов, эффект которых можно оценить по данным, нет.",
  },
  appendix: {
    system: (index: number, label: string) => `Таблица П.${index}. ${label}`,
    tableNumber: (index: number) => `таблица П.${index}`,
  },
  sheet: {
    chartData: (unit: string) => `Данные диаграммы, ${unit}`,
    runningHead: (municipality: string, period: string) => `Аналитическая справка: ${municipality}, ${period}`,
  },
  register: {
    status: "Статус",
    statuses: { proposed: "предложено", accepted: "принято", rejected: "отклонено" },
    statusValidation:
      "Выберите статус: «предложено», «принято» или «отклонено». В справку как решения входят только строки «принято».",
  },
  effectNone: "эффекта нет: изменение не превышает порога значимости",
  settings: {
    labels: {
      significantSharePoints: "Значимое изменение доли: больше, п.п.",
      significantCountPercent: "Значимое изменение количества: больше, %",
      significantCountMinimum: "Значимое изменение количества: не менее, единиц",
      significantScorePoints: "Значимое изменение балла или среднего значения: больше",
      schoolFallPoints: "Школа требует внимания при снижении результата процедуры не менее чем на, п.п.",
    } as Readonly<Record<SignificanceKey, string>>,
    sources: {
      significantSharePoints: `Значение по умолчанию: изменение доли в пределах ${formatPlain(DEFAULT_SIGNIFICANCE.sharePoints)} п.п. — колебание, а не тенденция`,
      significantCountPercent: `Значение по умолчанию: изменение количества в пределах ${formatPlain(DEFAULT_SIGNIFICANCE.countPercent)}\u00a0% — колебание`,
      significantCountMinimum: `Значение по умолчанию: изменение меньше чем на ${formatPlain(DEFAULT_SIGNIFICANCE.countMinimum)} единицы (например, 2 → 3 ребёнка) — не тенденция`,
      significantScorePoints: "Значение по умолчанию: для средних отметок и баллов",
      schoolFallPoints: "Значение по умолчанию: заметное снижение результата школы за год",
    } as Readonly<Record<SignificanceKey, string>>,
  },
};
