import { countOf, formatNumber, formatPlain, NounForms, plural } from "../text/format";
import type { LayoutId } from "../model/terms";
import type { ReferenceLevel } from "../model/results";

/** Texts of «Загрузить результаты»: layouts, refusals, the per-file summary, the pane and `msoko import`. */

const SCHOOLS: NounForms = ["школа", "школы", "школ"];
const ROWS: NounForms = ["строка", "строки", "строк"];
const FILES: NounForms = ["файл", "файла", "файлов"];
/** After «из»: «из 1 файла», «из 2 файлов». */
const FILES_GENITIVE: NounForms = ["файла", "файлов", "файлов"];

/** How to turn a file the add-in does not read into .xlsx, in each office suite a methodologist may have. */
const SAVE_AS_XLSX =
  "Откройте его и сохраните как .xlsx, затем загрузите .xlsx: в Excel — «Файл» → «Сохранить как» → тип файла «Книга Excel (*.xlsx)»; в LibreOffice Calc — «Файл» → «Сохранить как…» → тип файла «Excel 2007–365 (.xlsx)», затем «Использовать формат Excel 2007–365!»; в Р7-Офис — «Файл» → «Сохранить как» (в веб-версии — «Скачать как») → XLSX.";

/** The columns «Результаты процедур» gains for what received files hold. */
export const resultsColumns = {
  level: "Уровень",
  schoolLevel: "оо",
  levels: { municipality: "муниципалитет", region: "регион", russia: "Россия" } satisfies Record<
    ReferenceLevel,
    string
  >,
  validationLevel: "Оставьте пустым для ОО или выберите: «муниципалитет», «регион», «Россия».",
  unknownLevel: (text: string) => `уровень «${text}» не из списка (пусто для ОО, «муниципалитет», «регион», «Россия»)`,
  averageScore: "ЕГЭ: средний тестовый балл",
  averagePrimary: "Средний первичный балл",
  sourceBelowMinimum: "ЕГЭ по источнику: ниже минимума",
  sourceHighLabel: "ЕГЭ по источнику: высокие баллы — диапазон",
  sourceHigh: "ЕГЭ по источнику: высокие баллы",
  sourceHundred: "ЕГЭ по источнику: 100 баллов",
  source: "Источник",
  notNumber: (what: string, text: string) => `«${what}»: ожидается число, а введено «${text}»`,
};

/** «Список ФИОКО»: the official list of schools with signs of non-objectivity, one row per school and period. */
export const fiokoListTexts = {
  sheetName: "Список ФИОКО",
  about: "Официальный список ФИОКО ОО с признаками необъективности результатов: по ОО и периодам",
  title: "Список ФИОКО: ОО с признаками необъективности результатов",
  note: "Официальный список ФИОКО (Рособнадзора) общеобразовательных организаций с признаками необъективности результатов ВПР; заполняется кнопкой «Загрузить результаты» или вручную. Одна строка — одна ОО за один период: «да», если ОО вошла в список этого года, «нет», если не вошла. Это не признаки необъективности, которые книга сама находит по результатам ВПР (понизили / подтвердили / повысили отметку): те — повод проверить, а этот список — официальный. Из листа заполняется показатель о доле ОО, вошедших в список ОО с признаками необъективности.",
  period: "Период",
  school: "ОО",
  listed: "В списке ФИОКО",
  works: "Работы с признаками",
  markers: "Количество маркеров",
  source: "Источник",
  yes: "да",
  no: "нет",
  validationSchool: "Выберите ОО из списка на листе «ОО».",
  validationListed: "Выберите «да» (ОО в списке этого года) или «нет».",
  validationMarkers: "Введите целое число маркеров — 0 или больше.",
  noHeader: "На листе «Список ФИОКО» не найдена строка заголовков «Период», «ОО», «В списке ФИОКО».",
  rowProblem: (row: number, what: string) => `Лист «Список ФИОКО», строка ${row}: ${what}.`,
  noPeriod: "не указан период",
  noSchool: "не указана ОО",
  notYesNo: (text: string) => `в «В списке ФИОКО» ожидается «да» или «нет», а введено «${text}»`,
  notMarkers: (text: string) => `в «Количество маркеров» ожидается целое число, а введено «${text}»`,
};

export const importTexts = {
  loginHeader: "Логин ФИС ОКО",
  codeHeader: "Код ОО",
  idsNote:
    "«Логин ФИС ОКО» (edu…) и «Код ОО» (региональный код) нужны, чтобы «Загрузить результаты» узнавала школу в файлах ФИС ОКО, РЦОИ и региона; после подтверждённого сопоставления по названию они заполняются сами.",
  layouts: {
    fisStatistics: "ФИС ОКО «Статистика по отметкам»",
    fisComparison: "ФИС ОКО «Сравнение отметок с отметками по журналу»",
    fisIndividual: "ФИС ОКО «Индивидуальные результаты»",
    rcoiProtocol: "РЦОИ «Протокол проверки результатов» ОГЭ и ЕГЭ",
    regionalEge: "региональная статистика ЕГЭ по школам",
    nonObjectivity: "список ФИОКО ОО с признаками необъективности",
  } satisfies Record<LayoutId, string>,
  /** The header each layout is found by, as the refusal names it. */
  lookedFor: {
    fisStatistics: "«Группы участников | Кол-во участников | 2 | 3 | 4 | 5»",
    fisComparison: "«Группы участников | … | Понизили | Подтвердили | Повысили»",
    fisIndividual: "«Код участника | Класс | … | Отметка | Отметка по журналу»",
    rcoiProtocol: "«Код ОО | Класс | … | Первичный балл | Оценка» (или «Тестовый балл»)",
    regionalEge: "«Муниципальное образование | Образовательная организация (школа) | …»",
    nonObjectivity: "«Год | Логин | Муниципалитет | ОО | … | Количество маркеров»",
  } satisfies Record<LayoutId, string>,
  unknownLayout: (file: string, known: string) =>
    `Файл «${file}»: таблица не распознана. Известные виды и строки заголовков, которые искались: ${known}.`,
  empty: (file: string) => `Файл «${file}» пуст: в нём нет ни одной заполненной ячейки.`,
  encrypted: (file: string) =>
    `Файл «${file}» защищён паролем, и надстройка не может его прочитать. Снимите пароль и сохраните файл: в Excel — «Файл» → «Сведения» → «Защитить книгу» → «Зашифровать с использованием пароля», очистите поле; в LibreOffice Calc — «Файл» → «Сохранить как…», снимите флажок «Сохранить с паролем». Затем загрузите файл снова.`,
  notSpreadsheet: (file: string) =>
    `Файл «${file}» не является книгой Excel или таблицей CSV (возможно, у него чужое расширение). Откройте его в программе, в которой он создан, и сохраните как «Книга Excel (.xlsx)».`,
  xls: (file: string) =>
    `Файл «${file}» сохранён в старом формате Excel 97–2003 (.xls), который надстройка не читает. ${SAVE_AS_XLSX}`,
  /** A web page or an XML Spreadsheet 2003 saved under .xls, as some systems export tables. */
  markup: (file: string, html: boolean) =>
    `Файл «${file}» — не книга Excel, а ${html ? "веб-страница (HTML) с таблицей" : "таблица в формате XML 2003"}: так выгружают таблицы некоторые системы. ${SAVE_AS_XLSX}`,
  brokeAt: (file: string, sheet: string, row: number, what: string) =>
    `Файл «${file}», лист «${sheet}», строка ${formatPlain(row)}: ${what}. Из файла ничего не загружено.`,
  noTitle: "не найдено название процедуры с годом (например, «ВПР 2026 Русский язык 4 класс»)",
  noSubject: "не найден предмет",
  noYear: "не найден год проведения",
  notNumber: (what: string, text: string) => `в столбце «${what}» ожидается число, а стоит «${text}»`,
  skippedSheet: (sheet: string) => `Лист «${sheet}»: другая таблица, не результаты — пропущен.`,
  skippedRows: (count: number) =>
    `Пропущено ${countOf(count, ROWS)} без чисел или вне таблицы (заголовки, пояснения, другие таблицы).`,
  fromPercentages: (count: number) =>
    `Отметки «5»–«2» даны в файле в процентах: число участников с каждой отметкой вычислено (метод наибольшего остатка, в сумме — число участников) — ${countOf(count, ROWS)}.`,
  fromPercentagesConfirmation: (count: number) =>
    `Понизили / подтвердили / повысили даны в файле только в процентах: число участников вычислено по числу участников (метод наибольшего остатка) — ${countOf(count, ROWS)}.`,
  unknownMinimum: (subject: string) =>
    `ЕГЭ «${subject}»: минимальный балл предмета неизвестен, распределение по диапазонам не составлено — загружены участники и средний балл.`,
  sourceNames: {
    fisStatistics: "ФИС ОКО, «Статистика по отметкам»",
    fisComparison: "ФИС ОКО, «Сравнение отметок с отметками по журналу»",
    fisIndividual: "ФИС ОКО, «Индивидуальные результаты»",
    rcoiProtocol: "РЦОИ, протокол проверки",
    regionalEge: "региональная статистика ЕГЭ",
    nonObjectivity: "ФИОКО, список ОО с признаками необъективности",
  } satisfies Record<LayoutId, string>,
  percentSource: "отметки из процентов",
  indicatorsRecomputed: (count: number) =>
    `Показатели, которые считаются из результатов процедур и списка ФИОКО, пересчитаны вместе с загрузкой: значений — ${formatPlain(count)}.`,
  indicatorsKept: (count: number) =>
    `Значения показателей, введённые вручную, оставлены, хотя из загруженных результатов получается другое: ${formatPlain(count)}. Заменить их — ключ --replace или «Заменить значения, введённые вручную» на панели.`,
  procedureLine: (procedure: string, subject: string, grade: string, period: string) =>
    [procedure, subject, grade ? `${grade} класс` : "", period].filter(Boolean).join(" · "),
  onlyMissingPeriods: (file: string, periods: readonly string[]) =>
    `Файл «${file}»: в книге нет ${periods.length > 1 ? "периодов" : "периода"} ${periods.map((p) => `«${p}»`).join(", ")}. Добавьте ${periods.length > 1 ? "их" : "его"} (в командной строке — ключ --add-periods, на панели — «Добавить период») и загрузите файл снова.`,
  nothingMatched: (file: string) =>
    `Файл «${file}»: ни одна школа файла не найдена на листе «ОО». Заполните на нём «Код ОО» или «Логин ФИС ОКО» и загрузите файл снова.`,
  regionTotal: "Регион",
  russia: "Россия",
  schoolsNoun: SCHOOLS,
  rowsNoun: ROWS,
  filesNoun: FILES,
  summary: {
    head: (file: string, layout: string) => `«${file}» — ${layout}`,
    refused: (file: string, reason: string) => `«${file}» — не загружен. ${reason}`,
    schools: (matched: number, byName: number, other: number) =>
      `ОО: найдено ${formatPlain(matched)}${byName > 0 ? `, из них по названию ${formatPlain(byName)}` : ""}${other > 0 ? `; других муниципалитетов пропущено: ${formatPlain(other)}` : ""}.`,
    byName: (file: string, school: string, accepted: boolean) =>
      `сопоставлено по названию: «${file}» → «${school}»${accepted ? "" : " (ждёт подтверждения)"}`,
    ambiguous: (file: string, candidates: readonly string[]) =>
      `неоднозначно: «${file}» подходит к ${candidates.map((c) => `«${c}»`).join(", ")} — укажите код или логин на листе «ОО»`,
    unmatched: (names: readonly string[]) =>
      `не найдены на листе «ОО» (${formatPlain(names.length)}): ${names.slice(0, 10).join("; ")}${names.length > 10 ? " …" : ""}`,
    rows: (added: number, completed: number, unchanged: number, replaced: number, conflicts: number) =>
      `Строки листа «Результаты процедур»: новых ${formatPlain(added)}, дополнено ${formatPlain(completed)}, без изменений ${formatPlain(unchanged)}${replaced > 0 ? `, заменено ${formatPlain(replaced)}` : ""}${conflicts > 0 ? `, расхождений ${formatPlain(conflicts)}` : ""}.`,
    conflictsHead:
      "Расхождения: в книге уже введено другое значение, оно оставлено (заменить — ключ --replace или подтверждение на панели):",
    conflict: (where: string, field: string, book: string, file: string) =>
      `${where}: «${field}» в книге ${book}, в файле ${file}`,
    missingPeriods: (periods: readonly string[]) =>
      `В книге нет ${periods.length > 1 ? "периодов" : "периода"} ${periods.map((p) => `«${p}»`).join(", ")}: эти строки не загружены. Добавить — ключ --add-periods.`,
    addedPeriods: (periods: readonly string[]) => `Добавлены периоды: ${periods.join(", ")}.`,
    idsWritten: (count: number) => `На листе «ОО» записаны логины и коды: ${countOf(count, SCHOOLS)}.`,
    listed: (school: string, year: number, markers: readonly string[]) =>
      `в списке ФИОКО ${year} года: «${school}» (${markers.join(", ")})`,
    listKept: (periods: readonly string[], listed: number, schools: number) =>
      `Список ФИОКО за ${periods.map((p) => `«${p}»`).join(", ")} записан на лист «Список ФИОКО»: в списке ${countOf(listed, SCHOOLS)} из ${formatPlain(schools)}.`,
    total: (imported: number, all: number) =>
      `Загружено ${formatPlain(imported)} из ${formatPlain(all)}\u00a0${plural(all, FILES_GENITIVE)}.`,
    wrote: (file: string) => `Книга записана: ${file}.`,
    nothingWritten: "Ни один файл не загружен — книга не записана.",
  },
  fields: {
    participants: "Участники",
    distribution: "Распределение",
    confirmation: "Понизили / подтвердили / повысили",
    averageScore: "Средний тестовый балл",
    averagePrimary: "Средний первичный балл",
    sourceBands: "ЕГЭ по источнику",
  },
  /** A value of the results model as a conflict shows it. */
  /** «4 класс» in a conflict's place. */
  grade: (grade: string | number) => `${grade} класс`,
  value: (value: unknown): string => {
    if (typeof value === "number") return Number.isInteger(value) ? formatPlain(value) : formatNumber(value, 2);
    if (typeof value === "string") return `«${value}»`;
    if (value && typeof value === "object") {
      const v = value as Record<string, number | string | undefined>;
      if (v.kind === "marks") return `«5»–«2»: ${v.n5}/${v.n4}/${v.n3}/${v.n2}`;
      if (v.kind === "bands")
        return `ниже минимума/до 60/61–80/81–99/100: ${v.belowMinimum}/${v.upTo60}/${v.from61to80}/${v.from81to99}/${v.hundred}`;
      if ("lowered" in v) return `${v.lowered}/${v.confirmed}/${v.raised}`;
      return [
        v.belowMinimum !== undefined ? `ниже минимума ${v.belowMinimum}` : "",
        v.high !== undefined ? `${v.highLabel ?? "высокие"}: ${v.high}` : "",
        v.hundred !== undefined ? `100: ${v.hundred}` : "",
      ]
        .filter(Boolean)
        .join(", ");
    }
    return "—";
  },
  cli: {
    noBook: "Укажите книгу: msoko import КНИГА.xlsx ФАЙЛ… --out ВЫХОД.xlsx",
    noFiles: "Укажите хотя бы один файл с результатами после книги.",
    noOut: "Укажите, куда записать книгу: --out ВЫХОД.xlsx (можно тот же файл, что и книга).",
    missing: (file: string) => `Файл «${file}» не найден.`,
  },
  pane: {
    tab: "Загрузить результаты",
    intro:
      "Отчёты ФИС ОКО («Статистика по отметкам», «Сравнение отметок с отметками по журналу», «Индивидуальные результаты»), протоколы РЦОИ, статистика ЕГЭ региона и список ФИОКО — в файлах .xlsx или .csv. Файлы читаются здесь, на компьютере, и никуда не отправляются.",
    pick: "Выбрать файлы",
    drop: "или перетащите файлы сюда",
    reading: "Читаем файлы…",
    previewTitle: (file: string) => `Файл «${file}»`,
    layout: (layout: string) => `Вид: ${layout}`,
    schools: (matched: number, toConfirm: number, other: number) =>
      `ОО: найдено ${formatPlain(matched)}, по названию — ${formatPlain(toConfirm)}, других муниципалитетов — ${formatPlain(other)}`,
    rows: (added: number, completed: number, conflicts: number) =>
      `Строки: новых ${formatPlain(added)}, дополнено ${formatPlain(completed)}, расхождений ${formatPlain(conflicts)}`,
    list: (periods: readonly string[], listed: number, schools: number) =>
      `Список ФИОКО за ${periods.map((p) => `«${p}»`).join(", ")}: в списке ${countOf(listed, SCHOOLS)} из ${formatPlain(schools)} — запишется на лист «Список ФИОКО».`,
    confirmName: (file: string, school: string) => `«${file}» — это «${school}»`,
    indicators: (recomputed: number, kept: number) =>
      `Показатели, которые считаются из результатов: пересчитается значений — ${formatPlain(recomputed)}${kept > 0 ? `; введённых вручную и отличных от посчитанных — ${formatPlain(kept)} (останутся, если не отметить замену)` : ""}.`,
    replace: "Заменить значения, введённые вручную, значениями из файлов",
    addPeriods: (periods: string) => `Добавить в книгу периоды: ${periods}`,
    load: "Загрузить",
    working: (done: number, total: number) => `Записываем в книгу: ${formatPlain(done)} из ${formatPlain(total)}`,
    done: (imported: number, all: number) =>
      `Загружено ${formatPlain(imported)} из ${formatPlain(all)}\u00a0${plural(all, FILES_GENITIVE)}. Книга обновлена.`,
    nothing: "Ни один файл не загружен — книга не изменилась.",
    failed: (reason: string) => `Не удалось загрузить: ${reason}`,
  },
};
