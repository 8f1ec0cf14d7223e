import { formatPlain } from "../text/format";

/** The self-assessment, the director rating and the cycle matrix. */
export const selfAssessmentTexts = {
  selfAssessment: {
    sheetName: "Самооценка",
    title: (municipality: string) => `Самооценка механизмов управления качеством образования: ${municipality}`,
    subtitle: (methodology: string) =>
      `По методике «${methodology}». Выставьте балл по каждой позиции в столбце «Балл»; максимум можно уточнить. Итоги, уровни и диаграмма пересчитываются формулами при каждом изменении.`,
    maximaNote:
      "В методике столбец «Максимальный балл» пуст: максимумы восстановлены по правилам начисления (отмечены «восстановлен») — проверьте их. Строки «Наличие неэффективных показателей…» — штраф: 0 или отрицательный балл.",
    thresholdLabel: "Порог уровня «полный», % от максимума (по умолчанию 75):",
    headers: {
      code: "Код",
      block: "Блок",
      subsystem: "Подсистема",
      stage: "Этап",
      position: "Позиция",
      rule: "Правило",
      maximum: "Максимум",
      maximumSource: "Максимум: источник",
      score: "Балл",
      remark: "Замечание",
    },
    reconstructed: "восстановлен",
    block: (code: string, name: string) => `${code}. ${name}`,
    subsystem: (code: string, label: string) => `${code} ${label}`,
    stages: {
      goals: "Цели",
      indicators: "Показатели и методы сбора информации",
      monitoring: "Мониторинг",
      analysis: "Анализ и адресные рекомендации",
      measures: "Меры и управленческие решения",
      effectiveness: "Анализ эффективности принятых мер",
    },
    levels: { full: "полный", partial: "частичный", absent: "отсутствует" },
    rules: {
      presence: "0/1 (правило по умолчанию)",
      presenceVerbatim: (verbatim: string) => `0/1: ${verbatim}`,
      perItem: (rule: string, items: string, max: number) => `${rule}: ${items} (0–${formatPlain(max)})`,
      perItemDefault: (points: number) => `по ${formatPlain(points)} за каждый пункт (правило по умолчанию)`,
      goalMatch: (rule: string) => `${rule}; за каждый показатель, в сумме до максимума`,
      goalMatchDefault: (matching: number, notMatching: number) =>
        `${formatPlain(matching)} — показатель соответствует обоснованной цели, ${formatPlain(notMatching)} — не соответствует (правило по умолчанию)`,
      graded: (min: number, max: number, rule: string) => `0 или ${formatPlain(min)}–${formatPlain(max)}: ${rule}`,
      penalty: (rule: string) => `штраф: ${rule}`,
      penaltyDefault: (points: number) =>
        `штраф: ${formatPlain(points)} за каждый неэффективный показатель (правило по умолчанию: в методике значение не указано)`,
    },
    checks: {
      notNumber: (code: string) => `Позиция ${code}: балл должен быть числом.`,
      presence: (code: string, value: number) =>
        `Позиция ${code}: балл ${formatPlain(value)} не по правилу — допустимо 0 или 1.`,
      perItem: (code: string, value: number, points: number, max: number) =>
        `Позиция ${code}: балл ${formatPlain(value)} не по правилу — допустимо от 0 до ${formatPlain(max)}, кратно ${formatPlain(points)} (по ${formatPlain(points)} за каждый пункт).`,
      goalMatch: (code: string, value: number, matching: number, notMatching: number, max: number) =>
        `Позиция ${code}: балл ${formatPlain(value)} не по правилу — допустимо 0 или сумма баллов за показатели (${formatPlain(matching)} — соответствует цели, ${formatPlain(notMatching)} — не соответствует) не больше ${formatPlain(max)}.`,
      graded: (code: string, value: number, min: number, max: number) =>
        `Позиция ${code}: балл ${formatPlain(value)} не по правилу — допустимо 0 или целое от ${formatPlain(min)} до ${formatPlain(max)}.`,
      penalty: (code: string, value: number, step: number) =>
        `Позиция ${code}: штраф ${formatPlain(value)} не по правилу — допустимо 0 или отрицательное число, кратное ${formatPlain(step)}.`,
      aboveMaximum: (code: string, value: number, max: number) =>
        `Позиция ${code}: балл ${formatPlain(value)} больше максимума ${formatPlain(max)}.`,
    },
    validation: {
      presence: "Балл: 0 или 1.",
      range: (min: number, max: number) =>
        `Балл: целое число от ${formatPlain(min)} до ${formatPlain(max)} по правилу позиции.`,
      penalty: "Штраф: 0 или отрицательное целое число.",
      maximum: "Максимум: неотрицательное число.",
      threshold: "Порог: число от 0 до 100.",
    },
    contradictions: {
      noGoals: (subsystem: string, stage: string, codes: string, goalsStage: string, goalCodes: string) =>
        `«${subsystem}», этап «${stage}»: показатели (${codes}) оценены как соответствующие обоснованной цели, а этап «${goalsStage}» — 0 баллов (${goalCodes}).`,
      ineffective: (subsystem: string, stage: string, codes: string, penaltyCode: string) =>
        `«${subsystem}», этап «${stage}»: мониторинг оценён (${codes}), а строка ${penaltyCode} указывает неэффективные показатели — проверьте, по каким показателям ведётся мониторинг.`,
      noMonitoring: (
        subsystem: string,
        stage: string,
        codes: string,
        monitoringStage: string,
        monitoringCodes: string,
      ) =>
        `«${subsystem}», этап «${stage}»: оценены ${codes}, а этап «${monitoringStage}» — 0 баллов (${monitoringCodes}): анализировать и принимать меры не по чему.`,
      noMeasures: (subsystem: string, stage: string, codes: string, measuresStage: string, measuresCodes: string) =>
        `«${subsystem}», этап «${stage}»: оценено ${codes}, а этап «${measuresStage}» — 0 баллов (${measuresCodes}): эффективность каких мер оценена?`,
    },
    totalsTitle: "Итоги по подсистемам и этапам",
    totalsNote: "Баллы и максимумы суммируются формулами по столбцам «Балл» и «Максимум» выше.",
    totalsHeaders: {
      kind: "Итог",
      level: "Уровень",
      points: "Баллы",
      maximum: "Максимум",
      percent: "% от максимума",
    },
    totalKinds: { stage: "по этапу", subsystem: "по подсистеме", block: "по блоку", all: "всего" },
    allStages: "все этапы",
    allBlocks: "все блоки",
    matrixTitle: "Уровень подсистем по этапам управленческого цикла",
    matrixNote: (threshold: string) =>
      `«полный» — не меньше ${threshold} от максимума (порог по умолчанию, задаётся выше), «частичный» — баллы есть, но меньше порога, «отсутствует» — 0 баллов или балл не выставлен.`,
    chartTitle: "Самооценка: % от максимума по подсистемам",
    recommendationsTitle: "Рекомендации по самым слабым этапам",
    recommendationsNote: "Составлены по баллам на момент запуска; после изменения баллов запустите самооценку снова.",
    actor: "управлению образования",
    actions: {
      goals: "обосновать цели подсистемы с опорой на анализ результатов",
      indicators: "утвердить показатели, соответствующие обоснованным целям, и методы сбора информации",
      monitoring: "организовать мониторинг утверждённых показателей",
      analysis: "проводить анализ результатов мониторинга и готовить адресные рекомендации",
      measures: "принимать меры и управленческие решения по результатам анализа",
      effectiveness: "проводить анализ эффективности принятых мер",
    },
    recommendation: (subsystem: string, stage: string, points: number, max: number, percent: string, action: string) =>
      `по подсистеме «${subsystem}» этап «${stage}» набрал ${formatPlain(points)} из ${formatPlain(max)} баллов (${percent}) — ${action}.`,
    firstOf: (labels: readonly string[]) => ` В первую очередь: ${labels.map((label) => `«${label}»`).join("; ")}.`,
    noScores: "Баллы не выставлены: заполните столбец «Балл» и запустите самооценку снова.",
    allFull: (threshold: string) =>
      `Все этапы всех подсистем набрали не меньше ${threshold} от максимума: поводов для рекомендаций нет.`,
    checksTitle: "Проверка баллов",
    checksNote: "Нарушения правил начисления и противоречия между этапами на момент запуска.",
    noProblems: "Нарушений правил и противоречий между этапами не найдено.",
    cycle: {
      goals: (count: number) => `целей: ${formatPlain(count)}`,
      tasksOnly: "указаны только задачи",
      noGoals: "цели не указаны",
      indicators: (count: number) => `показателей: ${formatPlain(count)}`,
      noIndicators: "показатели не выбраны",
      monitoring: (filled: number, total: number) =>
        `данные введены по ${formatPlain(filled)} из ${formatPlain(total)} показателей`,
      noMonitoring: "данных мониторинга нет",
      analysis: (sheet: string) => `справка на листе «${sheet}»`,
      noAnalysis: "аналитической справки по системе нет",
      measures: (count: number) => `решений в реестре: ${formatPlain(count)}`,
      noMeasures: "решений по показателям системы нет",
      effectiveness: (count: number, period: string) => `решений до ${period}: ${formatPlain(count)}`,
      noEffectiveness: "решений прошлых периодов нет",
    },
  },
  rating: {
    sheetName: "Рейтинг руководителей",
    title: "Рейтинг руководителей образовательных организаций",
    subtitle: (period: string) =>
      `Программа управления качеством образования, раздел 4.2: эффективность руководителей ОО за ${period}. Баллы начисляются формулами по правилам программы: при вводе значений итог и уровень пересчитываются.`,
    dataNote: (sheets: string, values: number, points: number) =>
      `Из данных книги (${sheets}) взяты значения — ${values}, баллы пунктов, введённые в баллах, — ${points}: эти ячейки серые. Остальные значения вводятся вручную в жёлтые ячейки.`,
    noDataNote: "В данных книги нет значений для рейтинга: все значения вводятся вручную в жёлтые ячейки.",
    entryNote:
      "Доли — в процентах (74,2), количества — целыми числами, «да»/«нет» — из списка. Пустая ячейка — нет данных: строка не входит в сумму и считается в строке «Строк без данных». «Средняя по МО» — из данных книги (сумма числителей ÷ сумма знаменателей), а без них — среднее значений ОО в строке (по умолчанию).",
    bandsNote: (max: number) =>
      `Уровни эффективности в программе не заданы: границы ниже — по умолчанию (около 70 % и 40 % от ${max} баллов — суммы пунктов, у которых есть максимум), их можно изменить.`,
    openNote: (items: string) => `Баллы «за каждого» без предела начисляются в пунктах ${items}.`,
    bandFrom: { high: "Высокий уровень — от, баллов", medium: "Средний уровень — от, баллов" },
    bands: { high: "высокий", medium: "средний", low: "низкий" },
    headers: {
      code: "Код",
      item: "Пункт",
      rule: "Правило начисления баллов",
      max: "Макс. балл",
      average: "Средняя по МО",
    },
    valuesGroup: "Значения по ОО",
    pointsGroup: "Баллы по ОО",
    total: "Итого баллов",
    band: "Уровень",
    missing: "Строк без данных",
    givenPoints: "баллы с листа ввода",
    noMax: "без предела",
    rules: {
      none: "баллы в программе не указаны",
      yes: "да",
      no: "нет",
      otherwise: "иначе",
      average: "средней по МО",
      eachUnit: "за каждую единицу",
      eachStep: (per: string) => `за каждые полные ${per}`,
      reading: (text: string) => `Прочтение: ${text}.`,
    },
    validationYesNo: "Выберите «да» или «нет».",
    validationPercent: "Введите долю в процентах: число от 0 до 100.",
    validationCount: "Введите целое неотрицательное число.",
    validationScore: "Введите балл от 0 до 100.",
  },
  cycleSheet: {
    sheetName: "Цикл управления",
    title: (municipality: string) => `Управленческий цикл по системам книги: ${municipality}`,
    note: "Уровень каждого этапа определён по тому, что есть в книге: цели в положении, показатели в каталоге, введённые данные, лист анализа, решения и их оценка.",
    system: "Система",
    evidence: "На чём основано",
    evidenceLine: (system: string, stage: string, evidence: string) => `${system} — ${stage}: ${evidence}`,
    defaultMunicipality: "Муниципалитет",
  },
  cliSelfAssessment: {
    noOut: "Укажите файл: msoko self-assessment --out САМООЦЕНКА.xlsx [--in КНИГА.xlsx] [--municipality НАЗВАНИЕ]",
    wrote: (sheets: string, file: string) => `Записано в ${file}: ${sheets}.`,
  },
} as const;
