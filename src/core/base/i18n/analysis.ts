import { type NounForms } from "../text/format";

/** The справка on its sheet, the recommendations, «Сформировать справку» and `msoko analyze`. */
export const analysisTexts = {
  analysisSheet: {
    sheetName: (period: string) => `Анализ ${period.replace("/", "-")}`,
    title: (municipality: string, period: string) => `Аналитическая справка: ${municipality}, ${period} учебный год`,
    titleCalendar: (municipality: string, period: string) => `Аналитическая справка: ${municipality}, ${period} год`,
    subtitle: (periods: string) =>
      `Периоды сравнения: ${periods}. Доли — в процентах, их динамика — в п.п.; динамика количеств — в %. Текст составлен по данным книги: проверьте его перед подписью.`,
    system: (index: number, label: string) => `${index}. ${label}`,
    stages: {
      goals: "Цели",
      indicators: "Показатели и мониторинг",
      analysis: "Анализ: выводы",
      recommendations: "Адресные рекомендации",
      measures: "Меры и управленческие решения",
      effectiveness: "Анализ эффективности принятых мер",
    },
    headers: {
      indicator: "Показатель",
      unit: "Ед. изм.",
      dynamics: "Динамика",
      trend: "Тенденция",
      target: "Цель",
      status: "Статус",
      verdict: "Оценка",
    },
    verdicts: {
      improved: "улучшение",
      declined: "ухудшение",
      stable: "без изменений",
      unstable: "нестабильно",
      changed: "изменение",
      insufficient: "мало данных",
    },
    recommendation: (actor: string, text: string) => `${actor[0].toUpperCase()}${actor.slice(1)}: ${text}`,
    basis: (indicators: readonly string[]) =>
      indicators.length === 1
        ? `Основание: «${indicators[0]}».`
        : `Основания: ${indicators.map((label) => `«${label}»`).join("; ")}.`,
    noGoals: "Цели системы в положении не указаны.",
    noRecommendations: "Поводов для рекомендаций по данным нет.",
    measuresNote: "Решения с ответственными и сроками ведутся на листе «Управленческие решения».",
    decision: (text: string, responsible: string, deadline: string) => `${text} — ${responsible}, срок: ${deadline}.`,
    noDecisions: "Решений по показателям системы в реестре нет.",
    noAssessments: "Оценивать пока нечего: решений прошлых периодов по показателям системы нет.",
    chartShares: (system: string) => `${system}: основные доли по периодам`,
    chartSchools: (indicator: string, period: string) => `${indicator}, ${period}: по ОО`,
    chartData: "Данные для диаграмм",
    unknownPeriod: (period: string, periods: string) => `Периода ${period} в книге нет. Есть: ${periods}.`,
    bankSheet: "Банк формулировок",
    decisionsSheet: "Управленческие решения",
    suggestedDeadline: (year: number) => `31.05.${year}`,
  },
  analysis: {
    arrow: " → ",
    unstable: (subject: string, series: string) =>
      `${subject}: ${series} — нестабильно, направление изменений менялось.`,
    verdict: (word: string) => ` — ${word}`,
    absoluteChange: (subject: string, verb: string, from: string, to: string, delta: string, verdict: string) =>
      `${subject} ${verb} с ${from} до ${to} (${delta})${verdict}.`,
    yesNoChange: (subject: string, from: string, to: string, verdict: string) =>
      `${subject}: было «${from}», стало «${to}»${verdict}.`,
    valueNow: (subject: string, verb: string, value: string) => `${subject} ${verb} ${value}.`,
    valueNowStable: (subject: string, verb: string, value: string) =>
      `${subject} ${verb} ${value}, без существенных изменений.`,
    targetNotReached: (target: string) => `Целевое значение ${target} не достигнуто.`,
    schools: (parts: string) => `По ОО: ${parts}.`,
    schoolsFirst: (word: string, count: string, total: string) => `${word} в ${count} из ${total}`,
    schoolsMore: (word: string, count: string) => `${word} — в ${count}`,
    rise: "рост",
    fall: "снижение",
    stableSummary: (count: string) => `Без существенных изменений: ${count}.`,
    insufficientSummary: (count: string) =>
      `Недостаточно данных для оценки динамики (значения менее чем за два периода): ${count}.`,
    indicatorNoun: ["показатель", "показателя", "показателей"] as NounForms,
  },

  analysisPanel: {
    tab: "Справка",
    intro:
      "Аналитическая справка по каждой системе в порядке управленческого цикла: значения за три периода, динамика, выводы, адресные рекомендации и решения. Повторный запуск обновляет лист, не создавая копий.",
    period: "Отчётный период",
    periodHint: "По умолчанию — последний завершённый учебный год.",
    run: "Сформировать аналитическую справку",
    done: (sheet: string) => `Справка записана на лист «${sheet}».`,
    selfAssess: "Самооценка механизмов управления",
    selfAssessHint:
      "Лист «Самооценка» по федеральной методике: баллы по позициям, итоги по этапам и подсистемам, матрица цикла; введённые баллы сохраняются.",
    selfAssessed: "Лист «Самооценка» обновлён.",
  },
  recommendations: {
    triggers: {
      declined: "снижение",
      unstable: "нестабильно",
      notReached: "цель не достигнута",
      insufficient: "мало данных",
      lowSchools: "отстающие ОО",
      improved: "рост",
    },
    moreSchools: (count: number) => `и ещё ${count} ОО`,
    bankTitle: "Банк формулировок адресных рекомендаций",
    bankNote:
      "Формулировки взяты из мер и управленческих решений положений о МСОКО и программ повышения качества образования; их можно править, удалять и дополнять. {показатель} — название показателя, {ОО} — перечень ОО (пишите в скобках: если ОО не названы, скобки уберутся).",
    bankThemesNote:
      "Код начинается с темы: training — подготовка обучающихся, lowResults — ШНОР, talent — способности и таланты, career — профориентация, leaders — руководители, teachers — педагоги, upbringing — воспитание, preschool — дошкольное, objectivity — объективность, any — любая система. «Система (код)» ограничивает формулировку одной системой.",
    bankHeaders: {
      code: "Код",
      trigger: "Повод",
      actor: "Адресат",
      system: "Система (код)",
      text: "Формулировка",
      source: "Источник",
    },
    bankTriggerValidation: "Выберите повод из списка.",
    bankActorValidation: "Выберите адресата из списка.",
    bankProblem: (row: number, message: string) => `Банк формулировок, строка ${row}: ${message}`,
    unknownTrigger: (text: string, allowed: string) =>
      `${text ? `неизвестный повод «${text}»` : "не указан повод"} (допустимы: ${allowed}) — формулировка не используется.`,
    unknownActor: (text: string, allowed: string) =>
      `${text ? `неизвестный адресат «${text}»` : "не указан адресат"} (допустимы: ${allowed}) — формулировка не используется.`,
    emptyText: "формулировка пуста — строка не используется.",
    duplicateCode: (code: string, first: number) =>
      `код «${code}» уже есть в строке ${first} — эта строка не используется.`,
    decisionsTitle: "Управленческие решения",
    decisionsNote:
      "Реестр решений: что решено, кто отвечает, срок, код показателя, который решение должно изменить, период принятия и значение показателя тогда. В справке следующего периода эффект каждого решения оценивается по числам.",
    decisionsSuggestedNote:
      "Строки предложены по адресным рекомендациям справки: проверьте их, уточните ответственных и сроки, лишнее удалите.",
    decisionHeaders: {
      text: "Решение",
      responsible: "Ответственный",
      deadline: "Срок",
      indicatorCode: "Код показателя",
      period: "Период принятия",
      valueThen: "Значение тогда",
    },
    decisionValueValidation: "Введите число: значение показателя в периоде принятия решения.",
    decisionProblem: (row: number, message: string) => `Управленческие решения, строка ${row}: ${message}`,
    noDecisionText: "не указано решение — строка не учитывается.",
    noIndicatorCode: "не указан код показателя — эффект решения не оценить, строка не учитывается.",
    noPeriod: "не указан период принятия — строка не учитывается.",
    badPeriod: (text: string) =>
      `период принятия «${text}» не читается (нужно «2023/2024» или «2024») — строка не учитывается.`,
    noResponsible: "не указан ответственный — решение учтено, но укажите его.",
    noDeadline: "не указан срок — решение учтено, но укажите его.",
    badValue: (text: string) => `«${text}» в столбце «Значение тогда» — не число; значение возьмётся из данных книги.`,
    decisionSubject: (text: string, who: string) => `Решение «${text}»${who ? ` (${who})` : ""}`,
    deadlineBy: (date: string) => `до ${date}`,
    effectSentence: (subject: string, change: string, effect: string) => `${subject}: ${change} — ${effect}.`,
    effects: {
      positive: "эффект положительный",
      negative: "эффект отрицательный",
      none: (tolerance: string) => `эффекта нет: изменение в пределах допуска ${tolerance} (по умолчанию)`,
      neutral: "у показателя нет направления «лучше», эффект не оценивается",
    },
    shareTolerance: (points: number) => `${points}\u00a0п.п.`,
    yesNoChange: (label: string, from: string, to: string) => `«${label}»: было «${from}», стало «${to}»`,
    unknownIndicator: (subject: string, code: string) =>
      `${subject}: показателя с кодом ${code} нет в книге — эффект не оценить.`,
    noValue: (subject: string, label: string, period: string) =>
      `${subject}: нет значения показателя «${label}» за ${period} — эффект не оценить.`,
    notHeld: (subject: string, label: string, period: string) =>
      `${subject}: в ${period} процедура по показателю «${label}» не проводилась — эффект не оценить.`,
    current: (subject: string, period: string) =>
      `${subject}: принято в ${period}, эффект оценивается по данным следующего периода.`,
  },
  cliAnalyze: {
    noFile: "Укажите книгу: msoko analyze КНИГА.xlsx [--period 2024/2025] [--out ФАЙЛ.xlsx]",
    noPeriod: "Укажите период справки: --period 2024/2025",
    wrote: (sheet: string, file: string) => `Справка записана на лист «${sheet}» книги ${file}.`,
    summary: (systems: string, conclusions: string, recommendations: string) =>
      `Системы: ${systems}; выводы: ${conclusions}; рекомендации: ${recommendations}.`,
    noCharts: "Диаграммы в файл не записаны: их строит надстройка в Excel.",
    conclusionsNoun: ["вывод", "вывода", "выводов"] as NounForms,
    recommendationsNoun: ["рекомендация", "рекомендации", "рекомендаций"] as NounForms,
  },
} as const;
