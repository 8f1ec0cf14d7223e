import { DEFAULT_RESULT_SETTINGS } from "../model/results";
import { formatNumber, formatPercent, formatPlain, formatPoints, type NounForms, plural } from "../text/format";
import { inSentence } from "../text/grammar";
import { valueTexts } from "./values";

/** Scores in the genitive, after «от» or «менее»: «от 81 балла», «менее 70 баллов». */
const SCORES_GENITIVE: NounForms = ["балла", "баллов", "баллов"];
const scoreAfterFrom = (score: number) => `${score}\u00a0${plural(score, SCORES_GENITIVE)}`;

/** «Результаты процедур», the risk rule, «Пороги результатов» and «Медалисты». */
export const resultsTexts = {
  results: {
    sheetName: "Результаты процедур",
    about: "Результаты ВПР, ОГЭ, ЕГЭ и других процедур по ОО: из них считаются показатели, риски и признаки",
    filled: (count: number) =>
      `Из листа «Результаты процедур» подставлено значений в пустые ячейки ввода: ${formatPlain(count)}.`,
    title: "Результаты оценочных процедур по ОО",
    note: "Одна строка — одна процедура, предмет и класс в одной ОО за один период. Введите число участников и распределение: для ВПР, ОГЭ, ГВЭ, РКР и диагностических работ — отметки «5»–«2», для ЕГЭ — число участников по диапазонам баллов (ниже минимума, от минимума до 60, 61–80, 81–99, 100). Для ВПР можно указать, сколько участников понизили, подтвердили или повысили отметку за четверть. Если процедура не проводилась, впишите в «Участники» «не проводилось». Серые столбцы считаются сами; «Сходится» проверяет, что распределение в сумме равно числу участников.",
    period: "Период",
    school: "ОО",
    procedure: "Процедура",
    subject: "Предмет",
    grade: "Класс",
    participants: "Участники",
    mark5: "«5»",
    mark4: "«4»",
    mark3: "«3»",
    mark2: "«2»",
    belowMinimum: "ЕГЭ: ниже минимума",
    upTo60: "ЕГЭ: до 60",
    from61to80: "ЕГЭ: 61–80",
    from81to99: "ЕГЭ: 81–99",
    hundred: "ЕГЭ: 100",
    lowered: "ВПР: понизили",
    confirmed: "ВПР: подтвердили",
    raised: "ВПР: повысили",
    quality: "Качество знаний, %",
    success: "Успеваемость, %",
    averageMark: "Средний балл",
    sou: "СОУ, %",
    highShare: "Доля высоких, %",
    addsUp: "Сходится",
    yes: "да",
    no: "нет",
    validationProcedure: "Выберите процедуру из списка.",
    validationSchool: "Выберите ОО из списка на листе «ОО».",
    noHeader: "На листе не найдена строка заголовков «Период», «ОО», «Процедура».",
    noPeriod: "не указан период",
    noSchool: "не указана ОО",
    noSubject: "не указан предмет",
    unknownProcedure: (text: string) =>
      `процедура «${text}» не из списка (ВПР, ОГЭ, ЕГЭ, ГВЭ, РКР, диагностическая работа)`,
    bothKinds: "заполнены и отметки, и диапазоны баллов ЕГЭ: оставьте что-то одно",
    numbersAfterNotHeld: "указано «не проводилось», но в строке есть числа",
    rowProblem: (row: number, what: string) => `Строка ${row}: ${what}.`,
    keptUnread: (count: number) =>
      `На листах «Результаты процедур» и «Медалисты» не прочитано строк: ${formatPlain(count)}. Они сохранены как введены и не учтены в расчётах; что исправить, покажет «Проверить данные».`,
    marksMismatch: (sum: number, participants: number) =>
      `сумма отметок «5»–«2» (${sum}) не равна числу участников (${participants})`,
    bandsMismatch: (sum: number, participants: number) =>
      `сумма участников по диапазонам баллов ЕГЭ (${sum}) не равна числу участников (${participants})`,
    confirmationMismatch: (sum: number, participants: number) =>
      `понизили + подтвердили + повысили (${sum}) не равно числу участников (${participants})`,
  },
  risk: {
    ...valueTexts.risk,
    twos: (threshold: number, ege: boolean) =>
      `${ege ? "доля не преодолевших минимальный порог" : "доля «2»"} не ниже ${formatPlain(threshold)}\u00a0%`,
    noTop: (ege: boolean, highFrom: number) =>
      ege ? `нет ни одного результата от ${scoreAfterFrom(highFrom)}` : "нет ни одной «5»",
    either: " и/или ",
    both: " и одновременно ",
    rule: (lines: string, isDefault: boolean) =>
      `Риск низких результатов (ШНОР): ${lines}${
        isDefault ? " (критерии ШНОР, Тула; правило по умолчанию)" : " (правило из настроек листа «Пороги результатов»)"
      }`,
    year: (
      period: string,
      ege: boolean,
      shareOfTwos: number,
      twos: number,
      total: number,
      top: number,
      highFrom: number,
    ) =>
      `${period}: ${ege ? "доля не преодолевших минимальный порог" : "доля «2»"} ${formatPercent(shareOfTwos)} (${formatPlain(twos)} из ${formatPlain(total)}), ${
        ege ? `результатов от ${scoreAfterFrom(highFrom)}` : "«5»"
      } — ${formatPlain(top)}`,
    flag: (school: string, procedure: string, risky: number, window: number, years: string) =>
      `${school}, ${procedure}: признаки риска низких результатов в ${formatPlain(risky)} из ${formatPlain(window)} последних периодов — ${years}.`,
    smallSample: (school: string, procedure: string, periods: string, smallSample: number) =>
      `${school}, ${procedure}: мало участников (${periods}; меньше ${formatPlain(smallSample)}) — риск по этим периодам не оценивался.`,
    smallPeriod: (period: string, participants: number) => `${period} — ${formatPlain(participants)}`,
    // Objectivity: prompts to check, never verdicts.
    place: (school: string, subject: string, grade: string, period: string) =>
      `${school}, ${inSentence(subject)}${grade ? `, ${grade} класс` : ""}, ${period}`,
    unconfirmedRule: (threshold: number, isDefault: boolean) =>
      `Доля участников ВПР, чья отметка не совпала с отметкой в журнале (понизили + повысили), больше ${formatPlain(threshold)}\u00a0% (${
        isDefault
          ? "порог по умолчанию"
          : `порог из настроек; по умолчанию ${formatPlain(DEFAULT_RESULT_SETTINGS.unconfirmedAbove)}\u00a0%`
      })`,
    unconfirmed: (
      place: string,
      unconfirmed: number,
      lowered: number,
      raised: number,
      total: number,
      threshold: number,
    ) =>
      `${place}: отметки ВПР не подтверждены отметками в журнале у ${formatPercent(unconfirmed)} участников (понизили ${formatPlain(lowered)}, повысили ${formatPlain(raised)} из ${formatPlain(total)}), порог ${formatPlain(threshold)}\u00a0% — повод проверить, как проводились и проверялись работы.`,
    vprAboveRule: (points: number, isDefault: boolean) =>
      `Качество знаний по ВПР выше муниципального более чем на ${formatPlain(points)} п.п. (${
        isDefault
          ? "порог по умолчанию"
          : `порог из настроек; по умолчанию ${formatPlain(DEFAULT_RESULT_SETTINGS.vprAboveMunicipality)} п.п.`
      }), а по ОГЭ или ЕГЭ того же предмета в том же периоде — не выше муниципального`,
    examMeasure: (ege: boolean, highFrom: number) =>
      ege ? `доля результатов от ${scoreAfterFrom(highFrom)}` : "качество знаний",
    vprAbove: (
      place: string,
      vpr: number,
      municipal: number,
      exam: string,
      measure: string,
      school: number,
      examMunicipal: number,
    ) =>
      `${place}: качество знаний по ВПР ${formatPercent(vpr)} — на ${formatNumber(vpr - municipal)} п.п. выше муниципального (${formatPercent(municipal)}), а по ${exam} ${measure} ${formatPercent(school)} при муниципальном ${formatPercent(examMunicipal)} — повод проверить оценивание ВПР.`,
    objectivitySmall: (place: string, procedure: string, participants: number, smallSample: number) =>
      `${place}: мало участников ${procedure} (${formatPlain(participants)}, меньше ${formatPlain(smallSample)}) — признак не оценивался.`,
    // Stable good results.
    stableYear: (period: string, value: number, municipal: number) =>
      `${period}: ${formatPercent(value)} при ${formatPercent(municipal)} в муниципалитете (${formatPoints(value - municipal)})`,
    stable: (school: string, procedure: string, measure: string, count: number, years: string) =>
      `${school}, ${procedure}: ${measure} выше муниципального во всех ${formatPlain(count)} последних периодах (${years}), признаков риска нет — можно предложить поделиться опытом.`,
  },
  resultsAnalysis: {
    heading: "Результаты оценочных процедур: риски, признаки необъективности, устойчиво высокие результаты",
    rules: (rules: string) => `Применённые правила (меняются на листе «Пороги результатов»): ${rules}.`,
    risks: "ОО с признаками риска низких результатов (критерии ШНОР)",
    noRisks: "Признаков риска низких результатов по введённым результатам нет.",
    signs: "Признаки необъективности — повод проверить, а не вывод",
    noSigns: "Признаков необъективности по введённым результатам нет.",
    stable: "ОО с устойчиво высокими результатами — кандидаты для распространения опыта",
    noStable: "ОО с устойчиво высокими результатами за три периода нет.",
    recommendRisk: (schools: string) =>
      `Управлению образования и ИМЦ: включить в план адресной поддержки ОО с признаками риска низких результатов (${schools}).`,
    recommendStable: (schools: string) =>
      `ИМЦ: организовать трансляцию опыта ОО с устойчиво высокими результатами (${schools}).`,
  },
  resultSettings: {
    sheetName: "Пороги результатов",
    about:
      "Пороги «высоких» результатов, правила риска ШНОР, признаков необъективности и проверки медалистов: их можно менять",
    title: "Пороги и правила для результатов процедур",
    note: "Значения в столбце «Значение» можно менять. Пустая ячейка — значение по умолчанию. Формулы листов «Результаты процедур» и «Медалисты» берут пороги отсюда сразу; показатели, риски и признаки пересчитываются при «Создать листы» и «Сформировать справку».",
    parameter: "Параметр",
    value: "Значение",
    byDefault: "По умолчанию",
    source: "Откуда значение по умолчанию",
    either: "любое из условий",
    both: "оба условия сразу",
    yes: "да",
    no: "нет",
    labels: {
      egeHighFrom: "ЕГЭ: высокий результат — от, баллов",
      riskShareOfTwos: "ШНОР: доля «2» (не преодолевших минимум ЕГЭ) не ниже, %",
      riskNoTopMarks: "ШНОР: учитывать отсутствие «5» (высоких баллов ЕГЭ)",
      riskCombination: "ШНОР: как сочетать два условия",
      riskYears: "ШНОР: периодов с признаками риска не меньше",
      riskWindow: "ШНОР: из скольких последних периодов",
      unconfirmedAbove: "Объективность: не подтвердили отметку ВПР больше, %",
      vprAboveMunicipality: "Объективность: качество ВПР выше муниципального больше чем на, п.п.",
      smallSample: "Малая выборка: не оценивать, если участников меньше",
      medallistMinScore: "Медалисты: ожидаемый балл ЕГЭ не ниже",
      medallistMinBaseMark: "Медалисты: отметка по базовой математике не ниже",
    },
    sources: {
      egeHighFrom:
        "Абинский район и Тула: 81 балл и выше; 61 — если «высокими» считаются результаты от 61 балла. «От 80» по диапазонам не отличить от «от 81»: 80 баллов входит в диапазон 61–80",
      riskShareOfTwos:
        "Значение по умолчанию для процедур, которых нет в таблице правила ШНОР ниже (РКР, ГВЭ, диагностические работы): порог ВПР 4 класса из критериев ШНОР (Тула)",
      riskNoTopMarks: "Критерии ШНОР (Тула): нет ни одной «5», на ЕГЭ — ни одного результата 81+",
      riskCombination: "Значение по умолчанию: достаточно любого из условий",
      riskYears:
        "Для результатов, которых нет в таблице ниже; критерии ШНОР (Тула): не менее чем в двух из трёх последних периодов",
      riskWindow: "Для результатов, которых нет в таблице ниже; критерии ШНОР (Тула): три последних периода",
      unconfirmedAbove: "Значение по умолчанию: в документах порога нет",
      vprAboveMunicipality: "Значение по умолчанию: в документах порога нет",
      smallSample: "Значение по умолчанию: при меньшем числе участников доли неустойчивы",
      medallistMinScore: "Абинский район, 1.1, п. 3: «менее 70 баллов» — ниже ожидаемого",
      medallistMinBaseMark: "Абинский район, 1.1, п. 3: «4» и ниже по базовой математике — ниже ожидаемого",
    },
    validationChoice: "Выберите значение из списка.",
    validationNumber: "Введите число из допустимого диапазона.",
    notFound: (label: string) => `На листе «Пороги результатов» нет строки «${label}»: взято значение по умолчанию.`,
    problem: (row: number, label: string, what: string, fallback: string) =>
      `Лист «Пороги результатов», строка ${row} («${label}»): ${what}. Взято значение по умолчанию — ${fallback}.`,
    notNumber: (text: string) => `«${text}» — не число`,
    outOfRange: (value: number, min: number, max: number) =>
      `${formatPlain(value)} вне допустимого диапазона от ${formatPlain(min)} до ${formatPlain(max)}`,
    notWhole: (value: number) => `${formatPlain(value)} — не целое число`,
    notAllowed: (text: string, allowed: string) => `«${text}» — допустимо: ${allowed}`,
    yearsOverWindow: (years: number, window: number) =>
      `Лист «Пороги результатов»: периодов с риском (${formatPlain(years)}) больше, чем периодов в окне (${formatPlain(window)}); взято ${formatPlain(window)} из ${formatPlain(window)}.`,
    changed: (count: number) =>
      `Пороги результатов: изменено параметров по сравнению со значениями по умолчанию — ${formatPlain(count)}.`,
  },
  medallists: {
    sheetName: "Медалисты",
    duplicate: (graduate: string, first: number) =>
      `Выпускник «${graduate}» этой ОО за этот период уже указан в строке ${first}: повторная строка учитывается в расчётах второй раз.`,
    about: "Медалисты «За особые успехи в учении» и их результаты ГИА-11: проверка, подтверждены ли медали",
    title: "Медалисты «За особые успехи в учении»: результаты ГИА-11",
    note: "Одна строка — один выпускник 11 класса, получивший медаль «За особые успехи в учении». Вместо фамилии укажите код или номер выпускника: персональные данные на листе не нужны. Введите баллы ЕГЭ по русскому языку и профильной математике, отметку по базовой математике и наименьший балл ЕГЭ среди остальных сданных предметов; если экзамен не сдавался, оставьте ячейку пустой. «Ниже ожидаемого» считается сам: «да», если хотя бы один балл ЕГЭ ниже порога (по умолчанию — менее 70 баллов) или отметка по базовой математике ниже порога (по умолчанию — «4» и ниже).",
    period: "Период",
    school: "ОО",
    graduate: "Выпускник (код)",
    russian: "Русский язык, ЕГЭ",
    mathProfile: "Математика (профиль), ЕГЭ",
    mathBase: "Математика (база), отметка",
    otherLowest: "Наименьший балл ЕГЭ по другим предметам",
    below: "Ниже ожидаемого",
    yes: "да",
    no: "нет",
    validationSchool: "Выберите ОО из списка на листе «ОО».",
    validationScore: "Введите балл ЕГЭ — целое число от 0 до 100. Если экзамен не сдавался, оставьте ячейку пустой.",
    validationMark: "Введите отметку — целое число от 2 до 5. Если экзамен не сдавался, оставьте ячейку пустой.",
    noHeader: "На листе не найдена строка заголовков «Период», «ОО», «Выпускник (код)».",
    rowProblem: (row: number, what: string) => `Строка ${row}: ${what}.`,
    noPeriod: "не указан период",
    noSchool: "не указана ОО",
    noGraduate: "не указан код выпускника",
    notTaken: (what: string) => `${what}: если экзамен не сдавался, оставьте ячейку пустой`,
    scoreRange: (what: string, value: number) => `${what}: балл ЕГЭ должен быть от 0 до 100 (${formatPlain(value)})`,
    markRange: (what: string, value: number) => `${what}: отметка должна быть от 2 до 5 (${formatPlain(value)})`,
    noResult: "не введено ни одного результата ГИА-11 — заполните хотя бы один балл или отметку",
    // Sentences: prompts to check, never verdicts.
    subjectRussian: "русский язык",
    subjectMathProfile: "математика (профильный уровень)",
    subjectMathBase: "математика (базовый уровень)",
    subjectOther: "предмет по выбору",
    /** «64 балла». */
    scores: ["балл", "балла", "баллов"] as NounForms,
    /** After «менее»: «менее 70 баллов», «менее 61 балла». */
    scoresAfterLess: SCORES_GENITIVE,
    /** After «из»: «2 из 5 медалистов», «1 из 21 медалиста». */
    ofMedallists: ["медалиста", "медалистов", "медалистов"] as NounForms,
    numbered: (code: string) => `№\u00a0${code}`,
    mark: (mark: number) => `«${formatPlain(mark)}»`,
    result: (subject: string, value: string) => `${subject} ${value}`,
    graduateShortfalls: (graduate: string, results: string) => `${graduate} — ${results}`,
    rule: (lessThan: string, markAtMost: number, isDefault: boolean) =>
      `Медалист «За особые успехи в учении» ниже ожидаемого результата ГИА-11, если набрал на ЕГЭ менее ${lessThan} по русскому языку, профильной математике или другому предмету либо получил по базовой математике «${formatPlain(markAtMost)}» и ниже (${
        isDefault
          ? "пороги по умолчанию — из положения Абинского района"
          : "пороги из настроек; по умолчанию, как в положении Абинского района, — менее 70 баллов и «4» и ниже"
      })`,
    sign: (school: string, period: string, below: number, medallists: number, ofMedallists: string, details: string) =>
      `${school}, ${period}: ${
        medallists === 1 ? "у единственного медалиста" : `у ${formatPlain(below)} из ${ofMedallists}`
      } результат ГИА-11 ниже ожидаемого (${details}). Стоит сверить итоговые отметки с результатами ГИА.`,
  },
} as const;
